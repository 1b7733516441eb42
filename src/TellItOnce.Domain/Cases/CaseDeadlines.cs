using NodaTime;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Domain.Cases;

/// <summary>How close a deadline is, for red-amber-green displays.</summary>
public enum DeadlineStatus
{
    OnTrack,
    DueSoon,
    Overdue,
}

public sealed record NextDeadline(Milestone Milestone, int DaysLeft, DeadlineStatus Status);

/// <summary>Derives a case's next statutory deadline from its recorded events. Pure: today is a parameter.</summary>
public static partial class CaseDeadlines
{
    /// <summary>A deadline this many days away or fewer is "due soon" (amber).</summary>
    public const int DueSoonDays = 14;

    public static NextDeadline? Next(EhcCase c, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(c);
        var milestone = NextMilestone(c, today);
        if (milestone is null)
        {
            return null;
        }

        return For(milestone, today);
    }

    /// <summary>A milestone seen from today: days left and its red-amber-green status.</summary>
    public static NextDeadline For(Milestone milestone, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var daysLeft = Period.DaysBetween(today, milestone.Due);
        return new NextDeadline(milestone, daysLeft, StatusOf(daysLeft));
    }

    /// <summary>Overdue once the day has passed; due soon within <see cref="DueSoonDays"/> days (or the given window).</summary>
    public static DeadlineStatus StatusOf(int daysLeft, int dueSoonDays = DueSoonDays) =>
        daysLeft < 0 ? DeadlineStatus.Overdue : daysLeft <= dueSoonDays ? DeadlineStatus.DueSoon : DeadlineStatus.OnTrack;

    /// <summary>Every statutory milestone of the assessment that applies to the case so far.</summary>
    public static IReadOnlyList<Milestone> AssessmentMilestones(EhcCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(
            c.RequestReceived, null, c.DraftIssuedOn, c.PathwayExceptions()));
    }

    private static Milestone? NextMilestone(EhcCase c, LocalDate today)
    {
        var exceptions = c.PathwayExceptions();
        var assessment = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(
            c.RequestReceived, null, c.DraftIssuedOn, exceptions));
        Milestone Key(string key) => assessment.First(m => m.Key == key);

        switch (c.Stage)
        {
            case CaseStage.NewRequest:
            case CaseStage.Deciding:
                return Key(MilestoneKeys.DecisionToAssess);
            case CaseStage.Assessing:
                var outstandingAdvice = c.AdviceRequests
                    .Where(a => a.ReceivedOn is null)
                    .Select(a => StatutoryTimeline.AdviceDue(a.RequestedOn, exceptions))
                    .OrderBy(m => m.Due)
                    .FirstOrDefault();
                return outstandingAdvice ?? Key(MilestoneKeys.FinalPlan);
            case CaseStage.DraftIssued:
                var comments = Key(MilestoneKeys.DraftCommentsClose);
                return today <= comments.Due ? comments : Key(MilestoneKeys.FinalPlan);
            case CaseStage.PlanIssued:
                return ReviewDue(c);
            case CaseStage.InAnnualReview when c.AmendmentsProposedOn is { } proposed:
                var amendmentComments = StatutoryTimeline.AmendmentCommentsClose(proposed);
                return today <= amendmentComments.Due ? amendmentComments : StatutoryTimeline.AmendedPlanDue(proposed);
            case CaseStage.InAnnualReview:
                if (c.ReviewMeetingOn is not { } meeting)
                {
                    return null;
                }

                var report = StatutoryTimeline.ReviewReportDue(meeting);
                return c.ReviewReportReceivedOn is null && today <= report.Due ? report : StatutoryTimeline.ReviewDecisionDue(meeting);
            default:
                return null;
        }
    }
}
