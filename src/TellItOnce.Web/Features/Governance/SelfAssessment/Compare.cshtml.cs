using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Governance;

namespace TellItOnce.Web.Features.Governance.SelfAssessment;

/// <summary>/self-assessment/compare?from=&amp;to=: theme by theme, how the judgement and wording moved between two cycles.</summary>
public sealed class CompareModel(GovernanceAccess access, SelfAssessmentService service) : GovernancePageModel(access)
{
    public SelfAssessmentCycle From { get; private set; } = null!;

    public SelfAssessmentCycle To { get; private set; } = null!;

    public IReadOnlyList<ThemeComparison> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid from, Guid to, CancellationToken ct)
    {
        var cycles = await service.CyclesAsync(Scope, ct);
        if (cycles.FirstOrDefault(c => c.Id == from) is not { } before || cycles.FirstOrDefault(c => c.Id == to) is not { } after)
        {
            return NotFound();
        }

        (From, To) = (before, after);
        Changes = SelfAssessments.Compare(before, after);
        return Page();
    }
}
