using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.LocalOffer.Manage;

/// <summary>/provider/services/new and /provider/services/{id}/edit: a provider proposes a service or a change, for the council to approve.</summary>
[Authorize(Policy = Policies.Provider)]
public sealed class EditModel(LocalOfferPublishing publishing, CurrentUser user, AppDbContext db) : PageModel
{
    [BindProperty]
    public ServiceForm Form { get; set; } = new();

    public ServiceHistory? History { get; private set; }

    public IReadOnlyList<string> Districts { get; private set; } = [];

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (History is { } history)
        {
            Form = ServiceForm.From(history.Pending?.Details ?? history.Service.Details);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var outcome = await publishing.SubmitAsync(id, Form, user.Id, ct);
        return await this.RespondAsync(outcome, saved => $"/provider/services/{saved}/edit?sent=1", async errors =>
        {
            Errors = new ErrorSummaryModel(errors);
            await LoadAsync(id, ct);
        });
    }

    private async Task<bool> LoadAsync(Guid? id, CancellationToken ct)
    {
        Districts = [.. (await db.AreaMemberships.Where(m => m.UserId == user.Id).Join(db.Areas, m => m.AreaId, a => a.Id, (m, a) => a.Districts).ToListAsync(ct)).SelectMany(d => d).Distinct()];
        if (id is null)
        {
            return true;
        }

        var organisation = await publishing.OrganisationOfAsync(user.Id, ct);
        History = organisation is null ? null : await publishing.HistoryAsync(id.Value, organisation, null, ct);
        return History is not null;
    }
}
