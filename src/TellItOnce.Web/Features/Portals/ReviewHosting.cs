using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Plans;
using TellItOnce.Domain.Portals;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Features.Notifications;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals;

/// <summary>One invitation to a review, with who was invited and, once they answered, who wrote the contribution.</summary>
public sealed record InvitationRow(ReviewInvitation Invitation, string Invited, string? Author);

/// <summary>
/// An annual review as the setting hosting it sees it: the plan's outcomes, who was invited and what they sent, the
/// family's views, and the report due to the council within 2 weeks of the meeting (from the engine).
/// </summary>
public sealed record HostedReview(
    PupilRecord Pupil,
    EhcCase Case,
    IReadOnlyList<PlanOutcome> Outcomes,
    IReadOnlyList<InvitationRow> Invitations,
    IReadOnlyList<CaseMessage> FamilyViews,
    IReadOnlyList<Organisation> Organisations,
    LocalDate Today)
{
    public bool CanArrange => Case.Stage == CaseStage.PlanIssued;

    public bool InReview => Case.Stage == CaseStage.InAnnualReview && Case.ReviewMeetingOn is not null;

    /// <summary>The next annual review is due by this date (12 months from the plan's issue or last review).</summary>
    public Milestone? ReviewDue => CaseDeadlines.ReviewDue(Case);

    /// <summary>The report of the meeting, due 2 weeks after it (regs 20(10) and 21(8)).</summary>
    public NextDeadline? ReportDue => Case.ReviewMeetingOn is { } meeting ? CaseDeadlines.For(StatutoryTimeline.ReviewReportDue(meeting), Today) : null;

    /// <summary>Contributions are circulated 2 weeks before the meeting.</summary>
    public Milestone? ContributionsDue => Case.ReviewMeetingOn is { } meeting && Case.ReviewInvitationsSentOn is { } sent ? StatutoryTimeline.ReviewContributionsDue(sent, meeting) : null;

    public bool MeetingHeld => Case.ReviewMeetingOn is { } meeting && meeting <= Today;

    /// <summary>The per-outcome findings recorded for the meeting under way.</summary>
    public IReadOnlyList<ReviewOutcomeResult> Findings => [.. Case.OutcomeResults.Where(r => r.ReviewMeetingOn == Case.ReviewMeetingOn)];

    /// <summary>Days the report was (or is) late: after its due date if not yet sent, or when it was sent.</summary>
    public int ReportDaysLate => ReportDue is { } due ? Math.Max(0, Period.DaysBetween(due.Milestone.Due, Case.ReviewReportReceivedOn ?? Today)) : 0;
}

/// <summary>An invitation as the invited professional sees it.</summary>
public sealed record InvitationWork(ReviewInvitation Invitation, EhcCase Case, string ChildName, string AreaName, Milestone Due, LocalDate Today);

/// <summary>
/// Annual reviews hosted by the setting (ADR 56): the SENCO arranges the meeting and invites professionals (each
/// invitation lets that professional's organisation see the case), collects their contributions and the family's views,
/// records the meeting (each outcome met, partly met or not met, through the same domain step the SEND team uses) and
/// sends the report to the council, whose 2-week due date comes from the engine.
/// </summary>
public sealed class ReviewHosting(AppDbContext db, CurrentUser user, IClock clock, RecordAccess access, SettingPortal setting, CaseService cases, Notifier notifier)
{
    private static readonly OrganisationKind[] Invitable = [OrganisationKind.EducationalPsychologyService, OrganisationKind.Health, OrganisationKind.SocialCare, OrganisationKind.Education];

    public LocalDate Today { get; } = EnglishCalendar.DateOf(clock.GetCurrentInstant());

    /// <summary>The pupil's plan and its review, or null (logged) when the pupil is not this setting's or has no plan in force.</summary>
    public async Task<HostedReview?> ReviewAsync(Guid childId, CancellationToken ct)
    {
        var pupil = await setting.PupilAsync(childId, ct);
        if (pupil is null)
        {
            return null;
        }

        var c = await (await access.CasesAsync(ct)).AsNoTracking().Include(k => k.OutcomeResults).Include(k => k.Exceptions).AsSplitQuery()
            .Where(k => k.ChildId == childId && (k.Stage == CaseStage.PlanIssued || k.Stage == CaseStage.InAnnualReview))
            .OrderByDescending(k => k.RequestReceived).FirstOrDefaultAsync(ct);
        if (c is null)
        {
            return access.Refused<HostedReview>("review", childId);
        }

        var plan = await db.PlanVersions.AsNoTracking().Where(p => p.CaseId == c.Id && p.Kind == PlanVersionKind.Final).OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);
        var invitations = c.ReviewMeetingOn is { } meeting
            ? await db.ReviewInvitations.AsNoTracking().Where(i => i.CaseId == c.Id && i.ReviewMeetingOn == meeting).OrderBy(i => i.InvitedOn).ToListAsync(ct)
            : [];
        var orgIds = invitations.Select(i => i.OrganisationId).OfType<Guid>().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => Invitable.Contains(o.Kind) || orgIds.Contains(o.Id)).OrderBy(o => o.Name).ToListAsync(ct);
        var people = invitations.SelectMany(i => new[] { i.ProfessionalUserId, i.AuthorUserId }).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var rows = invitations.Select(i => new InvitationRow(i,
            i.ProfessionalUserId is { } p ? names.GetValueOrDefault(p, "A professional") : organisations.FirstOrDefault(o => o.Id == i.OrganisationId)?.Name ?? "An organisation",
            i.AuthorUserId is { } a ? names.GetValueOrDefault(a) : null)).ToList();
        var views = await db.CaseMessages.AsNoTracking().Where(m => m.CaseId == c.Id && m.FromFamily && m.Topic == MessageTopic.ReviewViews).OrderBy(m => m.At).ToListAsync(ct);
        var since = c.ReviewInvitationsSentOn ?? c.LastReviewOn ?? c.FinalIssuedOn;
        return new HostedReview(pupil, c, plan?.Outcomes ?? [], rows, [.. views.Where(m => since is null || EnglishCalendar.DateOf(m.At) >= since)], organisations, Today);
    }

    /// <summary>Arranges the meeting, records the invitations as sent today and invites the chosen organisations.</summary>
    public async Task<Outcome<EhcCase>?> ArrangeAsync(Guid childId, Guid version, LocalDate? meetingOn, IReadOnlyList<Guid> organisationIds, FieldErrors errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(organisationIds);
        var review = await ReviewAsync(childId, ct);
        if (review is null)
        {
            return null;
        }

        var invited = review.Organisations.Where(o => organisationIds.Contains(o.Id)).ToList();
        if (invited.Count != organisationIds.Distinct().Count())
        {
            errors.Add("organisations", "Choose organisations from the list");
        }

        if (errors.Any || meetingOn is not { } meeting)
        {
            return Outcome<EhcCase>.Failure(errors.ToDictionary());
        }

        return await cases.ApplyFromPortalAsync(await access.CasesAsync(ct), review.Case.Id, version, (c, today) => c.ScheduleReview(meeting, today, today), async (c, token) =>
        {
            foreach (var organisation in invited)
            {
                var invitation = new ReviewInvitation
                {
                    Id = Guid.CreateVersion7(),
                    CaseId = c.Id,
                    AreaId = c.AreaId,
                    ReviewMeetingOn = meeting,
                    OrganisationId = organisation.Id,
                    InvitedOn = Today,
                    InvitedByUserId = user.Id,
                };
                db.ReviewInvitations.Add(invitation);
                await notifier.NotifyAsync(await notifier.OrganisationMembersAsync(organisation.Id, c.AreaId, token), new Notice("review-invitation",
                    $"You are invited to {review.Pupil.Child.GivenName}'s annual review ({c.Reference})",
                    $"{review.Pupil.SettingName} is holding the annual review on {Notifier.Format(meeting)}. Please send your contribution by {Notifier.Format(StatutoryTimeline.ReviewContributionsDue(Today, meeting).Due)}.",
                    $"/reviews/{invitation.Id}"), token);
            }
        }, ct);
    }

    /// <summary>Records the meeting: for each outcome of the plan in force, met, partly met or not met, and new outcomes suggested.</summary>
    public async Task<Outcome<EhcCase>?> RecordMeetingAsync(Guid childId, Guid version, IReadOnlyList<OutcomeFinding> findings, IReadOnlyList<string> suggested, CancellationToken ct)
    {
        var review = await ReviewAsync(childId, ct);
        return review is null ? null
            : await cases.ApplyFromPortalAsync(await access.CasesAsync(ct), review.Case.Id, version, (c, today) => c.RecordOutcomeResults(review.Outcomes, findings, suggested, today), null, ct);
    }

    /// <summary>Sends the report of the meeting to the council today: it must record the meeting first.</summary>
    public async Task<Outcome<EhcCase>?> SendReportAsync(Guid childId, Guid version, CancellationToken ct)
    {
        var review = await ReviewAsync(childId, ct);
        if (review is null)
        {
            return null;
        }

        if (review.InReview && review.Findings.Count == 0)
        {
            return Outcome<EhcCase>.Failure(new Dictionary<string, string[]> { ["report"] = ["Record what the meeting found for each outcome before sending the report"] });
        }

        return await cases.ApplyFromPortalAsync(await access.CasesAsync(ct), review.Case.Id, version, (c, today) => c.RecordReviewReport(today, today), async (c, token) =>
        {
            if (c.CaseworkerId is { } caseworker)
            {
                await notifier.NotifyAsync([caseworker], new Notice("review-report", $"Annual review report received for {c.Reference}",
                    $"{review.Pupil.SettingName} has sent the report of the review meeting on {Notifier.Format(c.ReviewMeetingOn!.Value)}. The council's decision is due by {Notifier.Format(StatutoryTimeline.ReviewDecisionDue(c.ReviewMeetingOn!.Value).Due)}.",
                    $"/cases/{c.Id}"), token);
            }
        }, ct);
    }

    /// <summary>An invitation addressed to this professional or their organisation, or null (logged).</summary>
    public async Task<InvitationWork?> InvitationAsync(Guid invitationId, CancellationToken ct)
    {
        var invitation = await (await access.ReviewInvitationsForMeAsync(ct)).SingleOrDefaultAsync(i => i.Id == invitationId, ct);
        if (invitation is null)
        {
            return access.Refused<InvitationWork>("review invitation", invitationId);
        }

        var c = await db.Cases.AsNoTracking().SingleAsync(k => k.Id == invitation.CaseId, ct);
        var child = await db.Children.AsNoTracking().Where(k => k.Id == c.ChildId).Select(k => k.GivenName + " " + k.FamilyName).SingleAsync(ct);
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == c.AreaId).Select(a => a.Name).SingleAsync(ct);
        return new InvitationWork(invitation, c, child, area, StatutoryTimeline.ReviewContributionsDue(invitation.InvitedOn, invitation.ReviewMeetingOn), Today);
    }

    /// <summary>Saves the professional's contribution; with <paramref name="submit"/>, sends it to the setting hosting the review.</summary>
    public async Task<Outcome<Guid>?> ContributeAsync(Guid invitationId, string? text, bool submit, CancellationToken ct)
    {
        var work = await InvitationAsync(invitationId, ct);
        if (work is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        if (work.Invitation.SubmittedAt is not null)
        {
            errors.Add("contribution", "This contribution has already been sent");
        }
        else if (submit && string.IsNullOrWhiteSpace(text))
        {
            errors.Add("contribution", "Write your contribution to the review");
        }

        if (errors.Any)
        {
            return Outcome<Guid>.Failure(errors.ToDictionary());
        }

        var invitation = work.Invitation;
        invitation.Contribution = text?.Trim();
        invitation.AuthorUserId = user.Id;
        invitation.SubmittedAt = submit ? clock.GetCurrentInstant() : null;
        if (submit)
        {
            var hosts = await db.Users.AsNoTracking().Where(u => u.Id == invitation.InvitedByUserId && u.DisabledAt == null).Select(u => u.Id).ToListAsync(ct);
            await notifier.NotifyAsync(hosts, new Notice("review-contribution", $"A contribution to {work.ChildName.Split(' ')[0]}'s annual review has arrived",
                $"A contribution for the review meeting on {Notifier.Format(invitation.ReviewMeetingOn)} ({work.Case.Reference}) has arrived.", $"/setting/pupils/{work.Case.ChildId}/review"), ct);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Success(invitation.Id);
    }

    /// <summary>The reviews this professional or their organisation is invited to and has not answered yet, across every area.</summary>
    public async Task<IReadOnlyList<InvitationWork>> OpenInvitationsAsync(CancellationToken ct)
    {
        var mine = await (await access.ReviewInvitationsForMeAsync(ct)).AsNoTracking().Where(i => i.SubmittedAt == null).ToListAsync(ct);
        var caseIds = mine.Select(i => i.CaseId).ToList();
        var rows = await (from c in db.Cases.AsNoTracking()
                          join k in db.Children.AsNoTracking() on c.ChildId equals k.Id
                          join a in db.Areas.AsNoTracking() on c.AreaId equals a.Id
                          where caseIds.Contains(c.Id)
                          select new { Case = c, Name = k.GivenName + " " + k.FamilyName, Area = a.Name }).ToListAsync(ct);
        return [.. mine.Join(rows, i => i.CaseId, r => r.Case.Id, (i, r) => new InvitationWork(i, r.Case, r.Name, r.Area, StatutoryTimeline.ReviewContributionsDue(i.InvitedOn, i.ReviewMeetingOn), Today))
            .OrderBy(w => w.Invitation.ReviewMeetingOn)];
    }
}
