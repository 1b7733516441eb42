using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Schedules the annual review meeting and records when the invitations went out.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class ScheduleReviewModel(CaseService cases) : CaseStepPageModel(cases)
{
    [BindProperty]
    public DateParts MeetingOn { get; set; } = new();

    [BindProperty]
    public DateParts InvitationsSentOn { get; set; } = new();

    protected override IReadOnlySet<string> DateFields { get; } = new HashSet<string> { "meetingOn", "invitationsSentOn" };

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var meeting = MeetingOn.Read("meetingOn", "the date of the review meeting", errors);
        var invited = InvitationsSentOn.Read("invitationsSentOn", "the date the invitations were sent", errors);
        return ApplyAsync(errors, (c, today) => c.ScheduleReview(meeting!.Value, invited!.Value, today), "Annual review meeting scheduled", ct);
    }
}
