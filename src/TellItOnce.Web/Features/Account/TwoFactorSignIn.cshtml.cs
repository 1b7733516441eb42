using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Data.Identity;

namespace TellItOnce.Web.Features.Account;

/// <summary>/sign-in/two-factor: the code from the authenticator app, or a recovery code, after the password.</summary>
[AllowAnonymous]
public sealed class TwoFactorSignInModel(SignInManager<AppUser> signIn, IUserClaimsPrincipalFactory<AppUser> claims, ILogger<TwoFactorSignInModel> logger) : AccountPage
{
    public const string WrongCode = "The code is not right. Enter the 6-digit code from your authenticator app, or one of your recovery codes";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var code = new string((Code ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (code.Length == 0)
        {
            return Problem("code", "Enter the code from your authenticator app");
        }

        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (!result.Succeeded)
        {
            logger.LogInformation("Wrong second factor for user {UserId}; locked out: {LockedOut}", user.Id, result.IsLockedOut);
            Code = null;
            return Problem("code", result.IsLockedOut ? SignInModel.WrongDetails : WrongCode);
        }

        logger.LogInformation("User {UserId} signed in with a second factor", user.Id);
        return LocalRedirect(SignInModel.AfterSignIn(await claims.CreateAsync(user), ReturnUrl, Url));
    }
}
