using NodaTime;
using TellItOnce.Domain.Cases;

namespace TellItOnce.Domain.Tests.Cases;

/// <summary>The annual review (regs 18-22): meeting, report, decision, and amendments within 8 weeks.</summary>
public sealed class AnnualReviewTests
{
    private static readonly LocalDate Today = new(2026, 6, 1);

    private static EhcCase PlanInForce() => new()
    {
        Id = Guid.NewGuid(),
        Reference = "R-1",
        Stage = CaseStage.PlanIssued,
        RequestReceived = new LocalDate(2025, 1, 6),
        DecisionToAssessOn = new LocalDate(2025, 2, 10),
        DraftIssuedOn = new LocalDate(2025, 4, 28),
        FinalIssuedOn = new LocalDate(2025, 5, 19),
    };

    private static EhcCase InReview(LocalDate meeting)
    {
        var c = PlanInForce();
        c.ScheduleReview(meeting, meeting.PlusWeeks(-3), Today).ShouldBeEmpty();
        return c;
    }

    [Fact]
    public void Scheduling_a_review_needs_invitations_at_least_2_weeks_before_the_meeting()
    {
        var c = PlanInForce();

        c.ScheduleReview(new LocalDate(2026, 5, 12), new LocalDate(2026, 5, 1), Today).ShouldContain(e => e.Field == "meetingOn" && e.Message.Contains("15 May 2026", StringComparison.Ordinal));
        c.ScheduleReview(new LocalDate(2026, 5, 15), new LocalDate(2026, 5, 1), Today).ShouldBeEmpty();

        c.Stage.ShouldBe(CaseStage.InAnnualReview);
        c.ReviewMeetingOn.ShouldBe(new LocalDate(2026, 5, 15));
    }

    [Fact]
    public void During_the_review_the_next_deadline_is_the_report_then_the_decision()
    {
        var c = InReview(new LocalDate(2026, 5, 15));

        // Report: 2 weeks after the meeting (29 May); decision: 4 weeks after (12 June).
        CaseDeadlines.Next(c, new LocalDate(2026, 5, 20))!.Milestone.Due.ShouldBe(new LocalDate(2026, 5, 29));
        c.RecordReviewReport(new LocalDate(2026, 5, 27), Today).ShouldBeEmpty();
        CaseDeadlines.Next(c, new LocalDate(2026, 5, 28))!.Milestone.Due.ShouldBe(new LocalDate(2026, 6, 12));
    }

    [Fact]
    public void Maintaining_the_plan_completes_the_review_and_the_next_one_is_due_12_months_after_the_meeting()
    {
        var c = InReview(new LocalDate(2026, 5, 15));

        c.DecideAfterReview(ReviewDecision.Maintain, new LocalDate(2026, 5, 29), Today).ShouldBeEmpty();

        c.Stage.ShouldBe(CaseStage.PlanIssued);
        c.LastReviewOn.ShouldBe(new LocalDate(2026, 5, 15));
        CaseDeadlines.Next(c, Today)!.Milestone.Due.ShouldBe(new LocalDate(2027, 5, 15));
    }

    [Fact]
    public void Amending_proposes_amendments_with_the_decision_and_the_amended_plan_is_due_8_weeks_later()
    {
        var c = InReview(new LocalDate(2026, 5, 15));

        c.DecideAfterReview(ReviewDecision.Amend, new LocalDate(2026, 5, 22), Today).ShouldBeEmpty();

        c.AmendmentsProposedOn.ShouldBe(new LocalDate(2026, 5, 22));
        // 15 days to comment, beginning with 22 May: until 5 June; amended plan due 22 May + 56 days = 17 July.
        CaseDeadlines.Next(c, new LocalDate(2026, 5, 25))!.Milestone.Due.ShouldBe(new LocalDate(2026, 6, 5));
        CaseDeadlines.Next(c, new LocalDate(2026, 6, 6))!.Milestone.Due.ShouldBe(new LocalDate(2026, 7, 17));
        c.IssueAmendedPlan(new LocalDate(2026, 6, 5), new LocalDate(2026, 7, 1)).ShouldContain(e => e.Field == "issuedOn");
        c.IssueAmendedPlan(new LocalDate(2026, 6, 8), new LocalDate(2026, 7, 1)).ShouldBeEmpty();
        c.Stage.ShouldBe(CaseStage.PlanIssued);
        c.LastReviewOn.ShouldBe(new LocalDate(2026, 5, 15));
    }

    [Fact]
    public void Ceasing_needs_a_reason_and_closes_the_case()
    {
        var c = InReview(new LocalDate(2026, 5, 15));

        c.DecideAfterReview(ReviewDecision.Cease, new LocalDate(2026, 5, 29), Today).ShouldContain(e => e.Field == "ceaseReason");
        c.DecideAfterReview(ReviewDecision.Cease, new LocalDate(2026, 5, 29), Today, ceaseReason: 2).ShouldBeEmpty();

        c.Stage.ShouldBe(CaseStage.Ceased);
        c.CeasedOn.ShouldBe(new LocalDate(2026, 5, 29));
        c.CeaseReason.ShouldBe(2);
        CaseDeadlines.Next(c, Today).ShouldBeNull();
    }

    [Fact]
    public void A_decision_before_the_meeting_or_twice_is_refused()
    {
        var c = InReview(new LocalDate(2026, 5, 15));

        c.DecideAfterReview(ReviewDecision.Maintain, new LocalDate(2026, 5, 14), Today).ShouldContain(e => e.Field == "decidedOn");
        c.DecideAfterReview(ReviewDecision.Amend, new LocalDate(2026, 5, 22), Today).ShouldBeEmpty();
        c.DecideAfterReview(ReviewDecision.Maintain, new LocalDate(2026, 5, 23), Today).ShouldContain(e => e.Field == "stage");
    }

    [Fact]
    public void Nothing_about_a_review_can_happen_without_one()
    {
        var c = PlanInForce();

        c.RecordReviewReport(new LocalDate(2026, 5, 1), Today).ShouldContain(e => e.Field == "stage");
        c.DecideAfterReview(ReviewDecision.Maintain, new LocalDate(2026, 5, 1), Today).ShouldContain(e => e.Field == "stage");
        c.IssueAmendedPlan(new LocalDate(2026, 5, 1), Today).ShouldContain(e => e.Field == "stage");
    }
}
