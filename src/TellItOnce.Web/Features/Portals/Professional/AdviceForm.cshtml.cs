using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Professional;

/// <summary>/advice/{adviceId}: a professional writes structured advice, saves a draft, and submits it.</summary>
[Authorize(Policy = Policies.Professional)]
public sealed class AdviceFormModel(AdvicePortal portal) : PortalPageModel
{
    [FromRoute] public Guid AdviceId { get; set; }

    [BindProperty] public string? Needs { get; set; }

    [BindProperty] public string? Outcomes { get; set; }

    [BindProperty] public string? Provision { get; set; }

    public AdviceWork Work { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        (Needs, Outcomes, Provision) = (Work.Contribution.Needs, Work.Contribution.Outcomes, Work.Contribution.Provision);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct) =>
        await AfterAsync(await portal.SaveAsync(AdviceId, Needs, Outcomes, Provision, submit: false, ct), $"/advice/{AdviceId}",
            "Your draft advice has been saved. Only you and your team can see it until you submit it", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) =>
        await AfterAsync(await portal.SaveAsync(AdviceId, Needs, Outcomes, Provision, submit: true, ct), $"/advice/{AdviceId}",
            "Your advice has been submitted: the SEND team and the family can see that it has arrived", () => LoadAsync(ct));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var work = await portal.FindAsync(AdviceId, ct);
        if (work is null)
        {
            return false;
        }

        Work = work;
        return true;
    }
}
