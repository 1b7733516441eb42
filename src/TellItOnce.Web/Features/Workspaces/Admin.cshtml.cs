using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Features.Account;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>/admin: the accounts of the areas this administrator looks after; disable one at once, or enable it again.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AdminModel(WorkspaceQueries queries, AccountAdministration accounts) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await queries.UsersAsync(ct);

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken ct) =>
        await accounts.SetDisabledAsync(id, disabled: true, ct) ? RedirectToPage() : NotFound();

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct) =>
        await accounts.SetDisabledAsync(id, disabled: false, ct) ? RedirectToPage() : NotFound();
}
