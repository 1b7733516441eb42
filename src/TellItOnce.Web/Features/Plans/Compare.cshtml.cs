using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Plans;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Plans;

/// <summary>/cases/{id}/plan/compare?from=1&amp;to=2: which sections changed between two versions, before and after.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class CompareModel(CaseService cases, PlanService plans) : PageModel
{
    public CaseView View { get; private set; } = null!;

    public PlanVersion From { get; private set; } = null!;

    public PlanVersion To { get; private set; } = null!;

    public IReadOnlyList<PlanComparison.SectionChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int from, int to, CancellationToken ct)
    {
        var view = await cases.GetAsync(id, ct);
        var versions = view is null ? [] : await plans.VersionsAsync(id, ct);
        var a = versions.SingleOrDefault(v => v.Number == from);
        var b = versions.SingleOrDefault(v => v.Number == to);
        if (view is null || a is null || b is null)
        {
            return NotFound();
        }

        (View, From, To, Changes) = (view, a, b, PlanComparison.Changes(a, b));
        return Page();
    }
}
