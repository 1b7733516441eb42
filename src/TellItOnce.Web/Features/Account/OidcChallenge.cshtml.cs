using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace TellItOnce.Web.Features.Account;

/// <summary>/sign-in/oidc: hands the browser to the council's identity provider; it comes back to /signin-oidc.</summary>
[AllowAnonymous]
public sealed class OidcChallengeModel(IOptions<AccountOptions> options) : PageModel
{
    public IActionResult OnGet(string? returnUrl) =>
        options.Value.Oidc.Enabled
            ? Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(returnUrl) && returnUrl != "/" ? returnUrl : "/sign-in" }, IdentitySetup.OidcScheme)
            : NotFound();
}
