using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Data.Identity;

namespace TellItOnce.Web.Features.Account;

/// <summary>/account: two-factor set-up, and signing out of every device at once.</summary>
public sealed class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<IndexModel> logger) : AccountPage
{
    public bool TwoFactorEnabled { get; private set; }

    public async Task OnGetAsync() => TwoFactorEnabled = (await users.GetUserAsync(User))?.TwoFactorEnabled == true;

    /// <summary>A new security stamp ends every session of this account, on every device, at its next request.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            logger.LogInformation("User {UserId} signed out everywhere", user.Id);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignOut");
    }
}
