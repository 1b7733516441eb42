using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>/cases/{id}: what has happened, what is due next (from the timeline engine), and the steps that can be taken now.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class IndexModel(CaseService cases, CurrentUser user, Documents.DocumentService documents, Privacy.ViewLog views, Children.ChildRecordService records) : PageModel
{
    /// <summary>The family and people involved, from the child's record (tell it once).</summary>
    public IReadOnlyList<Domain.Children.ChildContact> Contacts { get; private set; } = [];

    public IReadOnlyList<Documents.DocumentRow> Documents { get; private set; } = [];

    public CaseView View { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Caseworkers { get; private set; } = [];

    public bool CanReassign => user.Has(Domain.People.Role.Manager);

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
        await views.RecordAsync(view.Case.AreaId, view.Child.Id, view.Case.Id, "/cases/{id}", ct);
        await LoadListsAsync(ct);
        return Page();
    }

    /// <summary>A manager moves the case to another caseworker of the same area.</summary>
    public async Task<IActionResult> OnPostReassignAsync(Guid id, Guid version, Guid caseworkerId, CancellationToken ct)
    {
        if (!CanReassign)
        {
            return Forbid();
        }

        var view = await cases.GetAsync(id, ct);
        if (view is null)
        {
            return NotFound();
        }

        var caseworkers = await cases.CaseworkersAsync(view.Case.AreaId, ct);
        var chosen = caseworkers.SingleOrDefault(c => c.Id == caseworkerId);
        return await ApplyAsync(id, version, (c, _) =>
            chosen.Id == Guid.Empty ? [new("caseworkerId", "Choose a caseworker of this area")] : Reassign(c, chosen.Id),
            $"Case reassigned to {chosen.Name}", ct);
    }

    private static IReadOnlyList<Domain.Cases.PathwayError> Reassign(Domain.Cases.EhcCase c, Guid caseworkerId)
    {
        c.CaseworkerId = caseworkerId;
        return [];
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        Documents = await documents.ForCaseAsync(View.Case.Id, ct);
        Contacts = await records.ContactsAsync(View.Child.Id, ct);
        if (CanReassign)
        {
            Caseworkers = await cases.CaseworkersAsync(View.Case.AreaId, ct);
        }
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

        var reloaded = await cases.GetAsync(id, ct);
        View = reloaded!;
        await LoadListsAsync(ct);
        Errors = new ErrorSummaryModel(outcome.Errors, _ => "main-content");
        ViewData["HasErrors"] = true;
        return Page();
    }
}
