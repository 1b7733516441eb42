using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Governance;

namespace TellItOnce.Web.Features.Governance.SelfAssessment;

/// <summary>/self-assessment/{id}: one cycle, theme by theme.</summary>
public sealed class CycleModel(GovernanceAccess access, SelfAssessmentService service) : GovernancePageModel(access)
{
    public SelfAssessmentCycle Cycle { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var cycle = (await service.CyclesAsync(Scope, ct)).FirstOrDefault(c => c.Id == id);
        if (cycle is null)
        {
            return NotFound();
        }

        Cycle = cycle;
        return Page();
    }
}
