using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>/admin: the accounts of the areas this administrator looks after.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AdminModel(WorkspaceQueries queries) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await queries.UsersAsync(ct);
}
