using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Plans;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Plans;

/// <summary>/cases/{id}/plan/{number}: one version of the plan as sent, printable.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class VersionModel(CaseService cases, PlanService plans) : PageModel
{
    public CaseView View { get; private set; } = null!;

    public PlanVersion Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CancellationToken ct)
    {
        var view = await cases.GetAsync(id, ct);
        var plan = view is null ? null : (await plans.VersionsAsync(id, ct)).SingleOrDefault(v => v.Number == number);
        if (view is null || plan is null)
        {
            return NotFound();
        }

        (View, Plan) = (view, plan);
        return Page();
    }
}
