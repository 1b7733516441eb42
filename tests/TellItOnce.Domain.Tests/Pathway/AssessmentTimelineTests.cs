using TellItOnce.Domain.Pathway;
using static TellItOnce.Domain.Tests.Pathway.Dates;

namespace TellItOnce.Domain.Tests.Pathway;

// Every expected date here was worked out by hand with a calendar, not by the code under test.
public class AssessmentTimelineTests
{
    [Theory]
    // Mon 5 Jan 2026; the brief's reference case. All due dates are Mondays.
    [InlineData("2026-01-05", "2026-02-02", "2026-02-16", "2026-03-16", "2026-04-27", "2026-05-25")]
    // Mon 15 Dec 2025, across Christmas and New Year. 16 weeks lands on Easter Monday 2026 and
    // 20 weeks on the early May bank holiday: neither moves.
    [InlineData("2025-12-15", "2026-01-12", "2026-01-26", "2026-02-23", "2026-04-06", "2026-05-04")]
    // Tue 18 Jan 2028, across 29 Feb 2028: 6 weeks lands on the leap day itself.
    [InlineData("2028-01-18", "2028-02-15", "2028-02-29", "2028-03-28", "2028-05-09", "2028-06-06")]
    public void Statutory_dates_run_6_16_and_20_weeks_from_the_request_and_6_weeks_from_asking_for_advice(
        string requestReceived,
        string adviceRequested,
        string decisionToAssess,
        string advice,
        string decisionNotToIssue,
        string finalPlan)
    {
        var timeline = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(D(requestReceived), D(adviceRequested)));

        timeline.Select(m => (m.Key, m.Due)).ShouldBe(
        [
            (MilestoneKeys.DecisionToAssess, D(decisionToAssess)),
            (MilestoneKeys.Advice, D(advice)),
            (MilestoneKeys.DecisionNotToIssue, D(decisionNotToIssue)),
            (MilestoneKeys.FinalPlan, D(finalPlan)),
        ]);
        timeline.ShouldAllBe(m => !m.Excepted && m.AdjustedDue == m.Due);
    }

    [Fact]
    public void Decision_whether_to_assess_is_due_6_weeks_after_the_request() =>
        StatutoryTimeline.DecisionToAssessDue(D("2026-01-05")).Due.ShouldBe(D("2026-02-16"));

    [Fact]
    public void Advice_is_due_6_weeks_after_it_is_requested() =>
        StatutoryTimeline.AdviceDue(D("2026-02-02")).Due.ShouldBe(D("2026-03-16"));

    [Fact]
    public void Decision_not_to_issue_a_plan_is_due_16_weeks_after_the_request() =>
        StatutoryTimeline.DecisionNotToIssueDue(D("2026-01-05")).Due.ShouldBe(D("2026-04-27"));

    [Fact]
    public void Final_plan_is_due_20_weeks_after_the_request() =>
        StatutoryTimeline.FinalPlanDue(D("2026-01-05")).Due.ShouldBe(D("2026-05-25"));

    [Theory]
    [InlineData("2026-04-20", "2026-05-04")]
    // Served Fri 18 Dec 2026: the 15th day is New Year's Day, and it is not moved.
    [InlineData("2026-12-18", "2027-01-01")]
    public void Family_has_15_days_beginning_with_the_day_the_draft_is_served(string served, string lastDay) =>
        StatutoryTimeline.DraftCommentsClose(D(served)).Due.ShouldBe(D(lastDay));

    [Fact]
    public void Timeline_lists_only_the_decisions_until_advice_is_requested_and_a_draft_issued()
    {
        var timeline = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(D("2026-01-05")));

        timeline.Select(m => m.Key).ShouldBe([MilestoneKeys.DecisionToAssess, MilestoneKeys.DecisionNotToIssue, MilestoneKeys.FinalPlan]);
    }

    [Fact]
    public void Timeline_lists_every_milestone_in_statutory_order()
    {
        var timeline = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(D("2026-01-05"), D("2026-02-02"), D("2026-04-20")));

        timeline.Select(m => m.Key).ShouldBe(
        [
            MilestoneKeys.DecisionToAssess,
            MilestoneKeys.Advice,
            MilestoneKeys.DecisionNotToIssue,
            MilestoneKeys.DraftCommentsClose,
            MilestoneKeys.FinalPlan,
        ]);
        timeline.Single(m => m.Key == MilestoneKeys.DraftCommentsClose).Due.ShouldBe(D("2026-05-04"));
    }

    [Fact]
    public void Each_milestone_says_in_plain_English_what_it_is_and_which_law_sets_it()
    {
        var timeline = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(D("2026-01-05"), D("2026-02-02"), D("2026-04-20")));

        timeline.ShouldAllBe(m => m.Title.Length > 0 && m.Explanation.Length > 0 && m.Regulation.Length > 0);
        timeline[0].Title.ShouldBe("Decide whether to assess");
        timeline[0].Regulation.ShouldBe("SEND Regulations 2014, regulation 5(1)");
        timeline.Single(m => m.Key == MilestoneKeys.FinalPlan).Regulation.ShouldBe("SEND Regulations 2014, regulation 13(2)");
    }

    [Fact]
    public void Each_period_starts_on_the_day_it_runs_from()
    {
        var timeline = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(D("2026-01-05"), D("2026-02-02"), D("2026-04-20")));

        timeline.Select(m => (m.Key, m.Start)).ShouldBe(
        [
            (MilestoneKeys.DecisionToAssess, D("2026-01-05")),
            (MilestoneKeys.Advice, D("2026-02-02")),
            (MilestoneKeys.DecisionNotToIssue, D("2026-01-05")),
            (MilestoneKeys.DraftCommentsClose, D("2026-04-20")),
            (MilestoneKeys.FinalPlan, D("2026-01-05")),
        ]);
    }

    [Fact]
    public void Advice_cannot_be_requested_before_the_request_was_received() =>
        Should.Throw<ArgumentException>(() =>
            StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(D("2026-01-05"), AdviceRequested: D("2026-01-04"))));

    [Fact]
    public void A_draft_cannot_be_issued_before_the_request_was_received() =>
        Should.Throw<ArgumentException>(() =>
            StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(D("2026-01-05"), DraftIssued: D("2025-12-31"))));
}
