using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Setting;

/// <summary>/setting/pupils/{childId}/review: the setting hosts the annual review: invitations, contributions, the meeting record, the report.</summary>
[Authorize(Policy = Policies.SettingStaff)]
public sealed class ReviewModel(ReviewHosting hosting) : PortalPageModel
{
    [FromRoute] public Guid ChildId { get; set; }

    [BindProperty] public Guid Version { get; set; }

    [BindProperty] public DateParts MeetingOn { get; set; } = new();

    [BindProperty] public List<Guid> Organisations { get; set; } = [];

    public HostedReview Review { get; private set; } = null!;

    private string Here => $"/setting/pupils/{ChildId}/review";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostArrangeAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var meeting = MeetingOn.Read("meetingOn", "the date of the review meeting", errors);
        return await AfterAsync(await hosting.ArrangeAsync(ChildId, Version, meeting, Organisations, errors, ct), Here,
            "The review meeting is arranged and the invitations have been sent", () => LoadAsync(ct), Anchor);
    }

    public async Task<IActionResult> OnPostMeetingAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var form = Request.Form;
        var findings = Review.Outcomes.Select((o, i) => new OutcomeFinding(o.Id,
            Enum.TryParse<OutcomeProgress>(form[$"outcome-{i}"], out var p) && Enum.IsDefined(p) ? p : null, form[$"comment-{i}"])).ToList();
        var suggested = form["suggested"].ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return await AfterAsync(await hosting.RecordMeetingAsync(ChildId, Version, findings, suggested, ct), Here,
            "The meeting has been recorded", () => LoadAsync(ct), Anchor);
    }

    public async Task<IActionResult> OnPostReportAsync(CancellationToken ct) =>
        await AfterAsync(await hosting.SendReportAsync(ChildId, Version, ct), Here,
            "The report has been sent to the council", () => LoadAsync(ct), Anchor);

    private static string Anchor(string field) => field switch
    {
        "meetingOn" => "meetingOn-day",
        "invitationsSentOn" => "meetingOn-day",
        "organisations" => "organisations-0",
        "stage" or "version" => "review-heading",
        _ => field,
    };

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var review = await hosting.ReviewAsync(ChildId, ct);
        if (review is null)
        {
            return false;
        }

        Review = review;
        Version = review.Case.Version;
        return true;
    }
}
