using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TellItOnce.Data.Identity;
using TellItOnce.Web.Shared;
using TellItOnce.Web.Shared.Email;

namespace TellItOnce.Web.Features.Account;

/// <summary>
/// /account/register: a parent, carer or young person makes an account; the SEND team links it to their child. The page
/// answers the same for a new and a known address (the known one gets an email saying so), so it reveals no accounts.
/// </summary>
[AllowAnonymous]
public sealed class RegisterModel(UserManager<AppUser> users, IEmailSender email, IOptions<AccountOptions> options, ILogger<RegisterModel> logger) : AccountPage
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add("name", "Enter your full name");
        }

        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("email", "Enter an email address in the correct format, like name@example.com");
        }

        if (string.IsNullOrEmpty(Password))
        {
            errors.Add("password", "Enter a password");
        }

        if (errors.Any)
        {
            Password = null;
            return Show(errors);
        }

        var address = Email!.Trim();
        if (await users.FindByEmailAsync(address) is { } existing)
        {
            await email.SendAsync(new EmailMessage(address, "You already have a TellItOnce account",
                $"Someone tried to make a TellItOnce account with this email address, which already has one. If you have forgotten your password, reset it here:\n\n{BaseUrl()}/account/forgot-password"), ct);
            logger.LogInformation("Registration attempted for existing user {UserId}", existing.Id);
        }
        else
        {
            var user = new AppUser { Id = Guid.CreateVersion7(), UserName = address, Email = address, DisplayName = Name!.Trim() };
            var created = await users.CreateAsync(user, Password!);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    errors.Add("password", error.Description);
                }

                Password = null;
                return Show(errors);
            }

            var link = LinkTo(options.Value, "/account/confirm-email", user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
            await email.SendAsync(new EmailMessage(address, "Confirm your email address for TellItOnce",
                $"Follow this link to confirm your email address and finish making your account:\n\n{link}\n\nIf you did not ask for an account, ignore this email."), ct);
            logger.LogInformation("User {UserId} registered", user.Id);
        }

        Sent = true;
        return Page();
    }

    private string BaseUrl() => options.Value.PublicBaseUrl?.TrimEnd('/') ?? $"{Request.Scheme}://{Request.Host}";
}
