using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>/cases/{id}: what has happened, what is due next (from the timeline engine), and the steps that can be taken now.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class IndexModel(CaseService cases) : PageModel
{
    public CaseView View { get; private set; } = null!;

    [TempData]
    public string? Confirmation { get; set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var view = await cases.GetAsync(id, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    /// <summary>Records that the caseworker chased an outstanding piece of advice today.</summary>
    public Task<IActionResult> OnPostChaseAsync(Guid id, Guid version, Guid adviceId, CancellationToken ct) =>
        ApplyAsync(id, version, (c, today) => c.ChaseAdvice(adviceId, today), "Advice chased today", ct);

    /// <summary>Records that the family have no more comments on the draft, so the final plan can be issued.</summary>
    public Task<IActionResult> OnPostNoFurtherCommentsAsync(Guid id, Guid version, CancellationToken ct) =>
        ApplyAsync(id, version, (c, _) => c.RecordNoFurtherComments(), "Recorded that the family have no more comments on the draft", ct);

    private async Task<IActionResult> ApplyAsync(Guid id, Guid version, Func<Domain.Cases.EhcCase, NodaTime.LocalDate, IReadOnlyList<Domain.Cases.PathwayError>> step, string confirmation, CancellationToken ct)
    {
        var outcome = await cases.ApplyAsync(id, version, step, ct);
        if (outcome is null)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Confirmation = confirmation;
            return Redirect($"/cases/{id}");
        }

        var view = await cases.GetAsync(id, ct);
        View = view!;
        Errors = new ErrorSummaryModel(outcome.Errors, _ => "main-content");
        ViewData["HasErrors"] = true;
        return Page();
    }
}
