using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TellItOnce.Data.Identity;
using TellItOnce.Web.Shared.Email;

namespace TellItOnce.Web.Features.Account;

/// <summary>/account/forgot-password: emails a reset link. The answer is the same whether or not the address has an account.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, IEmailSender email, IOptions<AccountOptions> options) : AccountPage
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            return Problem("email", "Enter your email address");
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is { DisabledAt: null, EmailConfirmed: true, PasswordHash: not null })
        {
            var link = LinkTo(options.Value, "/account/reset-password", user.Id, await users.GeneratePasswordResetTokenAsync(user));
            await email.SendAsync(new EmailMessage(user.Email!, "Reset your TellItOnce password",
                $"Someone asked to reset the password of your TellItOnce account. If it was you, follow this link within a day:\n\n{link}\n\nIf it was not you, ignore this email: your password has not changed."), ct);
        }

        Sent = true;
        return Page();
    }
}
