using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace TellItOnce.Web.Features.Governance.Surveys;

/// <summary>/s/{token}: a survey sent by link. Anyone with the link may answer an anonymous survey; a named one asks them to sign in.</summary>
[AllowAnonymous]
public sealed class LinkModel(SurveyService surveys) : AnswerPageModel(surveys)
{
    public Task<IActionResult> OnGetAsync(string token, CancellationToken ct) => ShowAsync(null, token, ct);

    public Task<IActionResult> OnPostAsync(string token, CancellationToken ct) => SendAsync(null, token, ct);
}
