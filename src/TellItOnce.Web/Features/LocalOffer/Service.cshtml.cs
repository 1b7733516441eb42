using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.LocalOffer;

/// <summary>/local-offer/services/{id}: one service, for families; its feedback form posts to the same address.</summary>
[AllowAnonymous]
public sealed class ServiceModel(LocalOfferDirectory directory, IClock clock) : PageModel
{
    public PublishedService Entry { get; private set; } = null!;

    public NodaTime.LocalDate Today { get; private set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? Rating { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await directory.LeaveFeedbackAsync(id, Comment, Rating, ct);
        return await this.RespondAsync(outcome, _ => $"/local-offer/services/{id}?feedback=sent#feedback", async errors =>
        {
            Errors = new ErrorSummaryModel(errors);
            await LoadAsync(id, ct);
        });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Today = Domain.Pathway.EnglishCalendar.DateOf(clock.GetCurrentInstant());
        if (await directory.FindPublishedAsync(id, ct) is not { } entry)
        {
            return false;
        }

        Entry = entry;
        return true;
    }
}
