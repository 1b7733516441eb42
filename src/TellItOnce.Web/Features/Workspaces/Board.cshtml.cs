using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>/board: headline figures for a strategic lead, computed from the case records when the page is opened.</summary>
[Authorize(Policy = Policies.Strategic)]
public sealed class BoardModel(WorkspaceQueries queries) : PageModel
{
    public IReadOnlyList<AreaHeadlines> Areas { get; private set; } = [];

    public NodaTime.LocalDate Today => queries.Today;

    public async Task OnGetAsync(CancellationToken ct) => Areas = await queries.HeadlinesAsync(ct);
}
