using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Setting;

/// <summary>/setting/pupils/{childId}: SEN support cycles (assess, plan, do, review) and a request for an assessment.</summary>
[Authorize(Policy = Policies.SettingStaff)]
public sealed class PupilModel(SettingPortal portal) : PortalPageModel
{
    [FromRoute] public Guid ChildId { get; set; }

    [BindProperty] public string? Needs { get; set; }

    [BindProperty] public string? Provision { get; set; }

    [BindProperty] public string? Outcomes { get; set; }

    [BindProperty] public DateParts ReviewOn { get; set; } = new();

    public PupilRecord Pupil { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCycleAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var review = ReviewOn.Read("reviewOn", "the review date", errors);
        return await AfterAsync(await portal.AddCycleAsync(ChildId, Needs, Provision, Outcomes, review, errors, ct), $"/setting/pupils/{ChildId}",
            "SEN support recorded", () => LoadAsync(ct), f => f == "reviewOn" ? "reviewOn-day" : f);
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid cycleId, string? notes, bool? needsMet, CancellationToken ct) =>
        await AfterAsync(await portal.ReviewCycleAsync(ChildId, cycleId, notes, needsMet, ct), $"/setting/pupils/{ChildId}",
            "Review recorded", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostRequestAsync(string? reason, CancellationToken ct) =>
        await AfterAsync(await portal.RequestAssessmentAsync(ChildId, reason, ct), $"/setting/pupils/{ChildId}",
            "Your request for an EHC needs assessment has been sent to the SEND team", () => LoadAsync(ct));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var pupil = await portal.PupilAsync(ChildId, ct);
        if (pupil is null)
        {
            return false;
        }

        Pupil = pupil;
        return true;
    }
}
