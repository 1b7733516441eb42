using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Governance;
using TellItOnce.Web.Features.Governance.Voice;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Surveys;

/// <summary>/surveys/manage/{id}: a survey's link, questions and results; officers add questions, open and close it, and log comments as feedback.</summary>
public sealed class SurveyModel(GovernanceAccess access, SurveyService surveys, VoiceService voice) : GovernancePageModel(access)
{
    public SurveyResultsView Results { get; private set; } = null!;

    [BindProperty]
    public QuestionInput Question { get; set; } = new();

    protected override bool Allows(GovernanceScope scope) => scope.ReadsAll;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostQuestionAsync(Guid id, CancellationToken ct) =>
        Scope.IsOfficer ? await RespondAsync(id, await surveys.AddQuestionAsync(Scope, id, Question, ct), "#question", ct) : Forbid();

    public async Task<IActionResult> OnPostStateAsync(Guid id, SurveyState state, CancellationToken ct) =>
        Scope.IsOfficer ? await RespondAsync(id, await surveys.SetStateAsync(Scope, id, state, ct), string.Empty, ct) : Forbid();

    public async Task<IActionResult> OnPostLogAsync(Guid id, string? comment, CancellationToken ct)
    {
        if (!Scope.IsOfficer)
        {
            return Forbid();
        }

        return await voice.LogFromSurveyAsync(Scope, id, comment, ct) is null ? NotFound() : Redirect("/voice#logged");
    }

    private Task<IActionResult> RespondAsync<T>(Guid id, Outcome<T>? outcome, string fragment, CancellationToken ct) =>
        this.RespondAsync(outcome, _ => $"/surveys/manage/{id}{fragment}", async errors =>
        {
            ShowErrors(errors);
            await LoadAsync(id, ct);
        });

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var results = await surveys.ResultsAsync(Scope, id, ct);
        Results = results!;
        return results is not null;
    }
}
