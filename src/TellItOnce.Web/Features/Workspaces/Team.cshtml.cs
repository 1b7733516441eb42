using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>/team: the manager's view of caseload and overdue work per caseworker.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class TeamModel(WorkspaceQueries queries) : PageModel
{
    public IReadOnlyList<CaseworkerLoad> Loads { get; private set; } = [];

    public IReadOnlyList<ReviewBacklogRow> Backlog { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Loads = await queries.TeamAsync(ct);
        Backlog = await queries.ReviewBacklogAsync(ct);
    }
}
