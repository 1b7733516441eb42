using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Professional;

/// <summary>/reviews/{invitationId}: a professional invited to an annual review writes their contribution, saves a draft, sends it.</summary>
[Authorize(Policy = Policies.Professional)]
public sealed class ReviewContributionModel(ReviewHosting hosting) : PortalPageModel
{
    [FromRoute] public Guid InvitationId { get; set; }

    [BindProperty] public string? Contribution { get; set; }

    public InvitationWork Work { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Contribution = Work.Invitation.Contribution;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct) =>
        await AfterAsync(await hosting.ContributeAsync(InvitationId, Contribution, submit: false, ct), $"/reviews/{InvitationId}",
            "Your draft contribution has been saved", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) =>
        await AfterAsync(await hosting.ContributeAsync(InvitationId, Contribution, submit: true, ct), $"/reviews/{InvitationId}",
            "Your contribution has been sent to the setting hosting the review", () => LoadAsync(ct));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var work = await hosting.InvitationAsync(InvitationId, ct);
        if (work is null)
        {
            return false;
        }

        Work = work;
        return true;
    }
}
