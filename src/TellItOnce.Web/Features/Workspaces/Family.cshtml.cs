using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>/family: a parent's children, or a young person's own record, each with where things are and what happens next.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class FamilyModel(WorkspaceQueries queries) : PageModel
{
    public IReadOnlyList<FamilyChild> Children { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Children = await queries.FamilyAsync(ct);
}
