using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Data.Identity;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<AppUser> signIn, IUserClaimsPrincipalFactory<AppUser> claims, ILogger<SignInModel> logger) : PageModel
{
    /// <summary>One message for a wrong password, an unknown email and a locked account, so the page never reveals who has an account.</summary>
    public const string WrongDetails = "The email address or password is not right. After 5 wrong attempts an account is locked for 15 minutes.";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(new CurrentUser(User).HomePath()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(Email))
        {
            errors.Add("email", "Enter your email address");
        }

        if (string.IsNullOrEmpty(Password))
        {
            errors.Add("password", "Enter your password");
        }

        if (!errors.Any)
        {
            var user = await signIn.UserManager.FindByEmailAsync(Email!.Trim());
            var result = user is null
                ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                : await signIn.CheckPasswordSignInAsync(user, Password!, lockoutOnFailure: true);
            if (result.Succeeded && user is not null)
            {
                await signIn.SignInAsync(user, isPersistent: false);
                logger.LogInformation("User {UserId} signed in", user.Id);
                var principal = await claims.CreateAsync(user);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl! : new CurrentUser(principal).HomePath());
            }

            if (user is not null)
            {
                logger.LogInformation("Failed sign-in for user {UserId}; locked out: {LockedOut}", user.Id, result.IsLockedOut);
            }

            errors.Add("email", WrongDetails);
        }

        Errors = new ErrorSummaryModel(errors.ToDictionary());
        ViewData["HasErrors"] = true;
        Password = null;
        return Page();
    }
}
