using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using TellItOnce.Data.Identity;

namespace TellItOnce.Web.Features.Account;

/// <summary>/account/confirm-email?user=..&amp;code=..: the link from the registration email.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<AppUser> users) : AccountPage
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid user, string? code)
    {
        var account = await users.FindByIdAsync(user.ToString());
        var token = DecodeToken(code);
        Confirmed = account is not null && token is not null && (await users.ConfirmEmailAsync(account, token)).Succeeded;
    }
}
