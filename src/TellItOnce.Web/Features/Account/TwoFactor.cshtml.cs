using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using TellItOnce.Data.Identity;

namespace TellItOnce.Web.Features.Account;

/// <summary>/account/two-factor: set up an authenticator app (key as text and as a QR code), then recovery codes.</summary>
public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<TwoFactorModel> logger) : AccountPage
{
    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    /// <summary>The shared key in groups of four, to type into an app that cannot scan.</summary>
    public string? Key { get; private set; }

    public string? QrCodeDataUri { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(await CurrentAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CurrentAsync();
        var code = new string((Code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await LoadAsync(user);
            Code = null;
            return Problem("code", code.Length == 0 ? "Enter the 6-digit code from your authenticator app" : "The code is not right: enter the 6-digit code your app shows now");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} set up two-factor authentication", user.Id);
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostNewCodesAsync()
    {
        var user = await CurrentAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        Enabled = true;
        return Page();
    }

    private async Task<AppUser> CurrentAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");

    private async Task<PageResult> LoadAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = User.HasClaim(c => c.Type == IdentitySetup.MfaSetupClaim);
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);

                // A new key changes the security stamp, which would end this very session: renew it.
                await signIn.RefreshSignInAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
            }

            Key = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLower(CultureInfo.InvariantCulture);
            var uri = $"otpauth://totp/{Uri.EscapeDataString("TellItOnce:" + user.Email)}?secret={key}&issuer=TellItOnce&digits=6";
            using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
            QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(4));
        }

        return Page();
    }
}
