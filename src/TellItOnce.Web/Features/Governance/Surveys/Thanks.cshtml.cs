using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TellItOnce.Web.Features.Governance.Surveys;

/// <summary>/surveys/thanks: shown after answering, by link or in the portal.</summary>
[AllowAnonymous]
public sealed class ThanksModel : PageModel
{
    public void OnGet()
    {
    }
}
