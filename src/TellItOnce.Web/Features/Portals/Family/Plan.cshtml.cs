using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Plans;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Family;

/// <summary>/family/cases/{id}/plan: the plan as last issued.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class PlanModel(FamilyPortal portal) : PageModel
{
    public CaseProgress Progress { get; private set; } = null!;

    public PlanVersion Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await portal.IssuedPlanAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        (Progress, Plan) = found;
        return Page();
    }
}
