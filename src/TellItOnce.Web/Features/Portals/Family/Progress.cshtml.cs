using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Family;

/// <summary>/family/cases/{id}: where a child's case is, what happens next and by when, whose advice has arrived, the plans and documents shared, and review outcomes.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class ProgressModel(FamilyPortal portal) : PortalPageModel
{
    public CaseProgress Progress { get; private set; } = null!;

    public FamilyPapers Papers { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var progress = await portal.ProgressAsync(id, ct);
        if (progress is null)
        {
            return NotFound();
        }

        Progress = progress;
        Papers = await portal.PapersAsync(progress, ct);
        return Page();
    }
}
