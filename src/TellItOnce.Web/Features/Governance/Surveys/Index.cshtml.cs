using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Governance;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Surveys;

/// <summary>/surveys: the open surveys for a parent or young person signed in to the portal.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class IndexModel(SurveyService surveys) : PageModel
{
    public IReadOnlyList<(Survey Survey, bool Answered)> Surveys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Surveys = await surveys.ForFamilyAsync(ct);
}
