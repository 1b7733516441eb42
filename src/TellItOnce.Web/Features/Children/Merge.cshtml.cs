using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Children;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Children;

/// <summary>/children/{id}/merge: a manager merges a duplicate record of the same child into this one (ADR 40).</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class MergeModel(ChildRecordService records) : PageModel
{
    [FromRoute] public Guid Id { get; set; }

    public Child Child { get; private set; } = null!;

    public IReadOnlyList<PossibleDuplicate> Duplicates { get; private set; } = [];

    [BindProperty] public Guid? DuplicateId { get; set; }

    [BindProperty] public bool Confirmed { get; set; }

    [TempData] public string? Confirmation { get; set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await records.MergeAsync(Id, DuplicateId, Confirmed, ct);
        if (outcome is null)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Confirmation = "The duplicate record was merged into this one";
            return Redirect($"/children/{Id}");
        }

        await LoadAsync(ct);
        Errors = new ErrorSummaryModel(outcome.Errors, f => f switch
        {
            "duplicateId" => Duplicates.Count > 0 ? $"duplicateId-{Duplicates[0].ChildId}" : "duplicateId",
            _ => f,
        });
        ViewData["HasErrors"] = true;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var found = await records.FindAsync(Id, ct);
        if (found.Child is not { } child)
        {
            return false;
        }

        Child = child;
        Duplicates = await records.DuplicatesOfAsync(child, ct);
        return true;
    }
}
