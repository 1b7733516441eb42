using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Portals;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Family;

/// <summary>/family/request: start a request for an EHC needs assessment, or carry on with one saved earlier.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class RequestsModel(RequestJourney journey) : PageModel
{
    public IReadOnlyList<AssessmentRequestDraft> Drafts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Drafts = await journey.DraftsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        Redirect($"/family/request/{await journey.StartAsync(ct)}/{RequestSteps.Child}");
}
