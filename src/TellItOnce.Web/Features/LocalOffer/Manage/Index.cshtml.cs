using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.LocalOffer.Manage;

/// <summary>/local-offer/manage: the council's Local Offer: changes to approve, stale entries, feedback to moderate.</summary>
[Authorize(Policy = Policies.LocalOfferOfficer)]
public sealed class IndexModel(LocalOfferPublishing publishing, LocalOfferDirectory directory, CurrentUser user) : PageModel
{
    public IReadOnlyList<ProviderServiceRow> Services { get; private set; } = [];

    public IReadOnlyList<YouSaidWeDid> Feedback { get; private set; } = [];

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    [BindProperty]
    public string? WeDid { get; set; }

    private IReadOnlyList<Guid> Areas => user.AreasWhere(LocalOfferPublishing.CouncilRoles);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostPublishAsync(Guid feedbackId, CancellationToken ct) => ModerateAsync(feedbackId, true, ct);

    public Task<IActionResult> OnPostRejectAsync(Guid feedbackId, CancellationToken ct) => ModerateAsync(feedbackId, false, ct);

    private async Task<IActionResult> ModerateAsync(Guid feedbackId, bool publish, CancellationToken ct)
    {
        var outcome = await directory.ModerateAsync(feedbackId, publish, WeDid, Areas, user.Id, ct);
        return await this.RespondAsync(outcome, _ => "/local-offer/manage#feedback", async errors =>
        {
            Errors = new ErrorSummaryModel(errors, _ => $"response-{feedbackId}");
            await LoadAsync(ct);
        });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Services = await publishing.ServicesInAsync(Areas, ct);
        Feedback = await directory.AwaitingModerationAsync(Areas, ct);
    }

    public IReadOnlyList<ProviderServiceRow> Pending => [.. Services.Where(s => s.Latest == RevisionState.Pending)];

    public IReadOnlyList<ProviderServiceRow> Stale => [.. Services.Where(s => s.Stale)];
}
