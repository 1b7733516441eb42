using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Pathway;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>
/// The letter telling a family the council will not assess, or will not issue a plan, with their rights to mediation
/// and appeal and the dates that apply. Printable HTML.
/// </summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class DecisionLetterModel(CaseService cases) : PageModel
{
    public CaseView View { get; private set; } = null!;

    public LocalDate DecidedOn { get; private set; }

    public Milestone AppealDeadline { get; private set; } = null!;

    public bool NotToAssess { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var view = await cases.GetAsync(id, ct);
        var decided = view?.Case.Stage switch
        {
            CaseStage.NotAssessed => view.Case.DecisionToAssessOn,
            CaseStage.NotIssued => view.Case.DecisionNotToIssueOn,
            _ => null,
        };
        if (view is null || decided is null)
        {
            return NotFound();
        }

        View = view;
        DecidedOn = decided.Value;
        NotToAssess = view.Case.Stage == CaseStage.NotAssessed;
        AppealDeadline = StatutoryTimeline.TribunalAppealDeadline(DecidedOn, null);
        return Page();
    }
}
