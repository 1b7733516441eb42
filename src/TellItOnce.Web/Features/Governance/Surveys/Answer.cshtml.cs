using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Surveys;

/// <summary>/surveys/{id}: a parent or young person answers an open survey of their area in the portal.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class AnswerModel(SurveyService surveys) : AnswerPageModel(surveys)
{
    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => ShowAsync(id, null, ct);

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) => SendAsync(id, null, ct);
}
