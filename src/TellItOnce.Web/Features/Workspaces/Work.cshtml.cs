using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>/work: a caseworker's open cases, soonest statutory deadline first. A manager sees the whole team's.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class WorkModel(WorkspaceQueries queries, CurrentUser user) : PageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public bool WholeTeam { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        WholeTeam = user.Has(Role.Manager);
        var all = await queries.CasesAsync(onlyMine: !WholeTeam, ct);
        Total = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }
}
