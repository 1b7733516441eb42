using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Children;

/// <summary>/children/{id}: the child's one record. A record merged into another redirects there (ADR 40).</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class IndexModel(ChildRecordService records, CurrentUser user) : PageModel
{
    public ChildRecordView View { get; private set; } = null!;

    public bool IsManager => user.Has(Role.Manager);

    [TempData] public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((await records.FindAsync(id, ct)).MergedInto is { } kept)
        {
            return Redirect($"/children/{kept}");
        }

        if (await records.GetAsync(id, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
