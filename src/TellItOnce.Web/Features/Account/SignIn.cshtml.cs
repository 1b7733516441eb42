using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using TellItOnce.Data.Identity;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<AppUser> signIn, IUserClaimsPrincipalFactory<AppUser> claims, IOptions<AccountOptions> options, ILogger<SignInModel> logger) : PageModel
{
    /// <summary>One message for a wrong password, an unknown email and a locked account, so the page never reveals who has an account.</summary>
    public const string WrongDetails = "The email address or password is not right. After 5 wrong attempts an account is locked for 15 minutes.";

    /// <summary>Only someone who knows the password sees this: it does not reveal whether an address has an account.</summary>
    public const string NotConfirmed = "Confirm your email address first: follow the link in the email we sent you";

    public OidcOptions Oidc => options.Value.Oidc;

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
            var result = user is null || user.DisabledAt is not null
                ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                : await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.RequiresTwoFactor)
            {
                return RedirectToPage("/Account/TwoFactorSignIn", new { ReturnUrl });
            }

            if (result.Succeeded && user is not null)
            {
                logger.LogInformation("User {UserId} signed in", user.Id);
                var principal = await claims.CreateAsync(user);
                return LocalRedirect(AfterSignIn(principal, ReturnUrl, Url));
            }

            if (user is not null)
            {
                logger.LogInformation("Failed sign-in for user {UserId}; locked out: {LockedOut}", user.Id, result.IsLockedOut);
            }

            if (result.IsNotAllowed)
            {
                errors.Add("email", NotConfirmed);
                return Show(errors);
            }

            errors.Add("email", WrongDetails);
        }

        return Show(errors);
    }

    /// <summary>Where a new session goes: the two-factor set-up when it is still owed, else the page asked for, else the role's home.</summary>
    internal static string AfterSignIn(System.Security.Claims.ClaimsPrincipal principal, string? returnUrl, IUrlHelper url) =>
        principal.HasClaim(c => c.Type == IdentitySetup.MfaSetupClaim) ? "/account/two-factor"
        : url.IsLocalUrl(returnUrl) && returnUrl != "/" ? returnUrl! : new CurrentUser(principal).HomePath();

    private PageResult Show(FieldErrors errors)
    {
        Errors = new ErrorSummaryModel(errors.ToDictionary());
        ViewData["HasErrors"] = true;
        Password = null;
        return Page();
    }
}
