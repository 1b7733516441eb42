using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Data.Identity;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Account;

/// <summary>/account/reset-password?user=..&amp;code=..: a new password from the emailed link. Every other session of the account ends.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<AppUser> users, ILogger<ResetPasswordModel> logger) : AccountPage
{
    public const string LinkNotValid = "The link has expired or has already been used. Ask for a new one";

    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(Password))
        {
            errors.Add("password", "Enter a new password");
            return Show(errors);
        }

        var user = await users.FindByIdAsync(UserId.ToString());
        var token = DecodeToken(Code);
        var result = user is null || token is null || user.DisabledAt is not null
            ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" })
            : await users.ResetPasswordAsync(user, token, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                errors.Add("password", error.Code == "InvalidToken" ? LinkNotValid : error.Description);
            }

            Password = null;
            return Show(errors);
        }

        logger.LogInformation("User {UserId} reset their password", user!.Id);
        Done = true;
        return Page();
    }
}
