using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Governance;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Surveys;

/// <summary>Answering a survey, shared by the portal page (/surveys/{id}) and the link page (/s/{token}).</summary>
public abstract class AnswerPageModel(SurveyService surveys) : PageModel
{
    public Survey Survey { get; private set; } = null!;

    [BindProperty]
    public Dictionary<Guid, string?> Answers { get; set; } = [];

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    protected async Task<IActionResult> ShowAsync(Guid? id, string? token, CancellationToken ct)
    {
        var survey = await surveys.AnswerableAsync(id, token, ct);
        if (survey is null)
        {
            return NotFound();
        }

        if (!survey.Anonymous && !User.Identity!.IsAuthenticated)
        {
            return Challenge();
        }

        Survey = survey;
        return Page();
    }

    protected async Task<IActionResult> SendAsync(Guid? id, string? token, CancellationToken ct)
    {
        var shown = await ShowAsync(id, token, ct);
        if (shown is not PageResult)
        {
            return shown;
        }

        var outcome = await surveys.AnswerAsync(Survey, Answers, ct);
        return await this.RespondAsync(outcome, _ => "/surveys/thanks", errors =>
        {
            Errors = new ErrorSummaryModel(errors);
            return Task.CompletedTask;
        });
    }
}
