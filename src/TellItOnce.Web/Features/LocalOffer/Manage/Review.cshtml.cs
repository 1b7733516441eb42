using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.LocalOffer.Manage;

/// <summary>/local-offer/manage/services/{id}: the council approves or rejects (with a reason) a provider's change, and sees the history.</summary>
[Authorize(Policy = Policies.LocalOfferOfficer)]
public sealed class ReviewModel(LocalOfferPublishing publishing, CurrentUser user, Plans.PlanService plans) : PageModel
{
    /// <summary>Children's plans in force that name this service in their provision (sufficiency evidence).</summary>
    public int PlansRelyingOnIt { get; private set; }

    public ServiceHistory History { get; private set; } = null!;

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    [BindProperty]
    public string? Reason { get; set; }

    private IReadOnlyList<Guid> Areas => user.AreasWhere(LocalOfferPublishing.CouncilRoles);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) => DecideAsync(id, true, ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) => DecideAsync(id, false, ct);

    private async Task<IActionResult> DecideAsync(Guid id, bool approve, CancellationToken ct)
    {
        var outcome = await publishing.DecideAsync(id, approve, Reason, Areas, user.Id, ct);
        return await this.RespondAsync(outcome, _ => $"/local-offer/manage/services/{id}?decided={(approve ? "approved" : "rejected")}", async errors =>
        {
            Errors = new ErrorSummaryModel(errors);
            await LoadAsync(id, ct);
        });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await publishing.HistoryAsync(id, null, Areas, ct) is not { } history)
        {
            return false;
        }

        History = history;
        PlansRelyingOnIt = await plans.PlansRelyingOnAsync(id, history.Service.AreaId, ct);
        return true;
    }
}
