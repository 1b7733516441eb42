using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Surveys;

/// <summary>/surveys/manage: the area's surveys; council officers build new ones, the board reads them.</summary>
public sealed class ManageModel(GovernanceAccess access, SurveyService surveys) : GovernancePageModel(access)
{
    public IReadOnlyList<SurveySummary> Surveys { get; private set; } = [];

    [BindProperty]
    public SurveyInput Input { get; set; } = new();

    protected override bool Allows(GovernanceScope scope) => scope.ReadsAll;

    public async Task OnGetAsync(CancellationToken ct) => Surveys = await surveys.SurveysAsync(Scope, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Scope.IsOfficer)
        {
            return Forbid();
        }

        var outcome = await surveys.CreateAsync(Scope, Input, ct);
        return await this.RespondAsync(outcome, s => $"/surveys/manage/{s.Id}", async errors =>
        {
            ShowErrors(errors);
            Surveys = await surveys.SurveysAsync(Scope, ct);
        });
    }
}
