using TellItOnce.Domain.Pathway;
using static TellItOnce.Domain.Tests.Pathway.Dates;

namespace TellItOnce.Domain.Tests.Pathway;

// Expected dates worked out by hand.
public class ReviewAndAppealTimelineTests
{
    [Theory]
    [InlineData("2026-03-10", "2027-03-10")]
    [InlineData("2026-01-31", "2027-01-31")]
    // No 29 February in 2029: the review falls due on 28 February.
    [InlineData("2028-02-29", "2029-02-28")]
    public void Plan_must_be_reviewed_within_12_months_of_issue_or_last_review(string from, string due) =>
        StatutoryTimeline.AnnualReviewDue(D(from)).ShouldSatisfyAllConditions(
            m => m.Key.ShouldBe(MilestoneKeys.AnnualReview),
            m => m.Start.ShouldBe(D(from)),
            m => m.Due.ShouldBe(D(due)),
            m => m.AdjustedDue.ShouldBe(D(due)));

    [Fact]
    public void Setting_sends_the_review_report_within_2_weeks_of_the_meeting() =>
        StatutoryTimeline.ReviewReportDue(D("2026-06-10")).Due.ShouldBe(D("2026-06-24"));

    [Fact]
    public void Contributions_to_a_review_are_circulated_2_weeks_before_the_meeting() =>
        StatutoryTimeline.ReviewContributionsDue(D("2026-05-20"), D("2026-06-10")).Due.ShouldBe(D("2026-05-27"));

    [Fact]
    public void Council_decides_to_keep_amend_or_cease_within_4_weeks_of_the_meeting() =>
        StatutoryTimeline.ReviewDecisionDue(D("2026-06-10")).Due.ShouldBe(D("2026-07-08"));

    [Fact]
    public void Family_has_15_days_beginning_with_the_day_proposed_amendments_are_served() =>
        StatutoryTimeline.AmendmentCommentsClose(D("2026-07-08")).Due.ShouldBe(D("2026-07-22"));

    [Fact]
    public void Amended_plan_is_due_8_weeks_after_the_proposed_amendments() =>
        StatutoryTimeline.AmendedPlanDue(D("2026-07-08")).Due.ShouldBe(D("2026-09-02"));

    [Fact]
    public void Amended_plan_is_at_most_12_weeks_after_the_review_meeting_when_amendments_go_with_the_decision()
    {
        var meeting = D("2026-06-10");
        var decision = StatutoryTimeline.ReviewDecisionDue(meeting);

        StatutoryTimeline.AmendedPlanDue(decision.Due).Due.ShouldBe(D("2026-09-02"));
        meeting.PlusWeeks(12).ShouldBe(D("2026-09-02"));
    }

    [Theory]
    // Thu 24 Dec 2026: Fri 25 Christmas, Sat 26, Sun 27, Mon 28 Boxing Day substitute; then Tue 29, Wed 30, Thu 31.
    [InlineData("2026-12-24", "2026-12-31")]
    // Wed 23 Dec 2026: Thu 24 is the 1st working day, then Tue 29 and Wed 30.
    [InlineData("2026-12-23", "2026-12-30")]
    // Thu 2 Apr 2026: Good Friday 3 Apr, weekend, Easter Monday 6 Apr; then Tue 7, Wed 8, Thu 9.
    [InlineData("2026-04-02", "2026-04-09")]
    // Wed 1 Jun 2022: Thu 2 and Fri 3 June were the Platinum Jubilee holidays; then Mon 6, Tue 7, Wed 8.
    [InlineData("2022-06-01", "2022-06-08")]
    // An ordinary week: Mon 2 Mar 2026 -> Thu 5 Mar; Fri 6 Mar -> Wed 11 Mar over a weekend.
    [InlineData("2026-03-02", "2026-03-05")]
    [InlineData("2026-03-06", "2026-03-11")]
    // Asked on a Saturday: Mon, Tue, Wed.
    [InlineData("2026-03-07", "2026-03-11")]
    public void Mediation_certificate_is_due_within_3_working_days(string requested, string due) =>
        StatutoryTimeline.MediationCertificateDue(D(requested), BankHolidays.EnglandAndWales).ShouldSatisfyAllConditions(
            m => m.Key.ShouldBe(MilestoneKeys.MediationCertificate),
            m => m.Due.ShouldBe(D(due)));

    [Fact]
    public void Mediation_must_take_place_within_30_days() =>
        StatutoryTimeline.MediationHeldBy(D("2026-03-02")).Due.ShouldBe(D("2026-04-01"));

    [Theory]
    // No mediation certificate: 2 months from the decision.
    [InlineData("2026-03-10", null, "2026-05-10")]
    // Certificate 20 Apr: 1 month later (20 May) is later than 10 May, so it wins.
    [InlineData("2026-03-10", "2026-04-20", "2026-05-20")]
    // Certificate 25 Mar: 1 month later (25 Apr) is earlier than 10 May, so the 2 months win.
    [InlineData("2026-03-10", "2026-03-25", "2026-05-10")]
    // Months end early: 31 Dec + 2 months is 28 Feb; in a leap year, 29 Feb.
    [InlineData("2025-12-31", null, "2026-02-28")]
    [InlineData("2027-12-31", null, "2028-02-29")]
    [InlineData("2025-12-20", "2026-01-31", "2026-02-28")]
    public void Appeal_to_the_tribunal_is_due_2_months_after_the_decision_or_1_month_after_a_mediation_certificate_whichever_is_later(
        string decisionNotified, string? certificateIssued, string deadline) =>
        StatutoryTimeline.TribunalAppealDeadline(D(decisionNotified), certificateIssued is null ? null : D(certificateIssued))
            .ShouldSatisfyAllConditions(
                m => m.Key.ShouldBe(MilestoneKeys.TribunalAppeal),
                m => m.Start.ShouldBe(D(decisionNotified)),
                m => m.Due.ShouldBe(D(deadline)),
                m => m.Excepted.ShouldBeFalse());

    [Fact]
    public void A_mediation_certificate_cannot_come_before_the_decision() =>
        Should.Throw<ArgumentException>(() => StatutoryTimeline.TribunalAppealDeadline(D("2026-03-10"), D("2026-03-09")));

    [Fact]
    public void Plan_must_name_the_secondary_school_by_15_February_of_the_year_of_transfer()
    {
        var year7 = SchoolYear.PhaseTransfers(D("2015-03-10")).Single(t => t.Phase == Phase.Year7);

        StatutoryTimeline.PhaseTransferDue(year7).ShouldSatisfyAllConditions(
            m => m.Key.ShouldBe(MilestoneKeys.PhaseTransfer),
            m => m.Start.ShouldBe(D("2025-09-01")),
            m => m.Due.ShouldBe(D("2026-02-15")));
    }
}
