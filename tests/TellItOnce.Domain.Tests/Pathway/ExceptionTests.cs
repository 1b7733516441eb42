using TellItOnce.Domain.Pathway;
using static TellItOnce.Domain.Tests.Pathway.Dates;

namespace TellItOnce.Domain.Tests.Pathway;

// Expected dates worked out by hand. The adjustment rule: AdjustedDue = Due + the number of distinct
// days, from the start of the period to the statutory due date inclusive, covered by an exception
// whose reason applies to that milestone.
public class ExceptionTests
{
    private static Milestone Find(IReadOnlyList<Milestone> timeline, string key) => timeline.Single(m => m.Key == key);

    [Fact]
    public void Summer_school_closure_lifts_the_councils_time_limits_but_not_the_6_weeks_for_advice()
    {
        // Request Mon 11 May 2026, advice requested Mon 6 Jul 2026, school closure exception 20 Jul to 2 Sep.
        var timeline = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(
            D("2026-05-11"),
            D("2026-07-06"),
            Exceptions: [new PathwayException(D("2026-07-20"), D("2026-09-02"), ExceptionReason.SchoolClosure)]));

        // Decided by 22 Jun, before the closure: untouched.
        Find(timeline, MilestoneKeys.DecisionToAssess).ShouldSatisfyAllConditions(
            m => m.Due.ShouldBe(D("2026-06-22")),
            m => m.Excepted.ShouldBeFalse(),
            m => m.AdjustedDue.ShouldBe(D("2026-06-22")));

        // Reg 8(2) has no closure exception: advice is still due 17 Aug.
        Find(timeline, MilestoneKeys.Advice).ShouldSatisfyAllConditions(
            m => m.Due.ShouldBe(D("2026-08-17")),
            m => m.Excepted.ShouldBeFalse(),
            m => m.AdjustedDue.ShouldBe(D("2026-08-17")));

        // 16 weeks: due 31 Aug; 20 Jul to 31 Aug is 43 days of closure -> 13 Oct.
        Find(timeline, MilestoneKeys.DecisionNotToIssue).ShouldSatisfyAllConditions(
            m => m.Due.ShouldBe(D("2026-08-31")),
            m => m.Excepted.ShouldBeTrue(),
            m => m.AdjustedDue.ShouldBe(D("2026-10-13")));

        // 20 weeks: due 28 Sep; all 45 closure days fall before it -> 12 Nov.
        Find(timeline, MilestoneKeys.FinalPlan).ShouldSatisfyAllConditions(
            m => m.Due.ShouldBe(D("2026-09-28")),
            m => m.Excepted.ShouldBeTrue(),
            m => m.AdjustedDue.ShouldBe(D("2026-11-12")));
    }

    [Fact]
    public void Family_away_from_the_area_lifts_the_6_weeks_for_advice_and_the_final_plan()
    {
        // Away 27 Jul to 23 Aug 2026 (28 days). Advice window 6 Jul to 17 Aug holds 22 of them.
        var timeline = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(
            D("2026-05-11"),
            D("2026-07-06"),
            Exceptions: [new PathwayException(D("2026-07-27"), D("2026-08-23"), ExceptionReason.AbsentFromArea)]));

        Find(timeline, MilestoneKeys.Advice).AdjustedDue.ShouldBe(D("2026-09-08"));
        Find(timeline, MilestoneKeys.FinalPlan).AdjustedDue.ShouldBe(D("2026-10-26"));
        Find(timeline, MilestoneKeys.DecisionToAssess).Excepted.ShouldBeFalse();
    }

    [Fact]
    public void Overlapping_exceptions_count_each_day_once()
    {
        // 12-18 Jan (7 days) and 15 Jan-11 Feb (28 days) overlap on 15-18 Jan: 31 distinct days, not 35.
        var timeline = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(
            D("2026-01-05"),
            D("2026-02-02"),
            Exceptions:
            [
                new PathwayException(D("2026-01-12"), D("2026-01-18"), ExceptionReason.ExceptionalPersonalCircumstances),
                new PathwayException(D("2026-01-15"), D("2026-02-11"), ExceptionReason.AbsentFromArea),
            ]));

        Find(timeline, MilestoneKeys.DecisionToAssess).AdjustedDue.ShouldBe(D("2026-03-19"));
        // Only 2-11 Feb (10 days) fall in the advice period that starts on 2 Feb.
        Find(timeline, MilestoneKeys.Advice).AdjustedDue.ShouldBe(D("2026-03-26"));
        Find(timeline, MilestoneKeys.DecisionNotToIssue).AdjustedDue.ShouldBe(D("2026-05-28"));
        Find(timeline, MilestoneKeys.FinalPlan).AdjustedDue.ShouldBe(D("2026-06-25"));
    }

    [Fact]
    public void The_same_exception_recorded_twice_counts_once()
    {
        var twice = new PathwayException(D("2026-03-02"), D("2026-03-08"), ExceptionReason.ExceptionalPersonalCircumstances);

        var finalPlan = StatutoryTimeline.FinalPlanDue(D("2026-01-05"), [twice, twice]);

        finalPlan.AdjustedDue.ShouldBe(D("2026-06-01"));
    }

    [Fact]
    public void An_exception_outside_the_period_changes_nothing()
    {
        // One ends the day before the request; the other starts the day after the final plan is due.
        var timeline = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(
            D("2026-01-05"),
            D("2026-02-02"),
            Exceptions:
            [
                new PathwayException(D("2025-12-01"), D("2026-01-04"), ExceptionReason.ExceptionalPersonalCircumstances),
                new PathwayException(D("2026-05-26"), D("2026-06-30"), ExceptionReason.AbsentFromArea),
            ]));

        timeline.ShouldAllBe(m => !m.Excepted && m.AdjustedDue == m.Due);
        Find(timeline, MilestoneKeys.FinalPlan).AdjustedDue.ShouldBe(D("2026-05-25"));
    }

    [Fact]
    public void A_day_at_either_end_of_the_period_counts()
    {
        var onRequestDay = new PathwayException(D("2026-01-05"), D("2026-01-05"), ExceptionReason.ExceptionalPersonalCircumstances);
        var onDueDay = new PathwayException(D("2026-02-16"), D("2026-02-16"), ExceptionReason.ExceptionalPersonalCircumstances);

        StatutoryTimeline.DecisionToAssessDue(D("2026-01-05"), [onRequestDay]).AdjustedDue.ShouldBe(D("2026-02-17"));
        StatutoryTimeline.DecisionToAssessDue(D("2026-01-05"), [onDueDay]).AdjustedDue.ShouldBe(D("2026-02-17"));
        StatutoryTimeline.DecisionToAssessDue(D("2026-01-05"), [onRequestDay, onDueDay]).AdjustedDue.ShouldBe(D("2026-02-18"));
    }

    [Fact]
    public void Exceptions_never_apply_to_the_15_days_for_comments_on_the_draft()
    {
        // Exceptional circumstances 20 Apr to 10 May 2026 (21 days) cover the whole comment window.
        var timeline = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(
            D("2026-01-05"),
            DraftIssued: D("2026-04-20"),
            Exceptions: [new PathwayException(D("2026-04-20"), D("2026-05-10"), ExceptionReason.ExceptionalPersonalCircumstances)]));

        Find(timeline, MilestoneKeys.DraftCommentsClose).ShouldSatisfyAllConditions(
            m => m.Due.ShouldBe(D("2026-05-04")),
            m => m.Excepted.ShouldBeFalse(),
            m => m.AdjustedDue.ShouldBe(D("2026-05-04")));
        Find(timeline, MilestoneKeys.FinalPlan).AdjustedDue.ShouldBe(D("2026-06-15"));
    }

    [Fact]
    public void A_missed_appointment_lifts_the_6_weeks_for_advice_only()
    {
        // Missed appointment 20 Feb to 5 Mar 2026 (14 days), inside the advice period 2 Feb to 16 Mar.
        var timeline = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(
            D("2026-01-05"),
            D("2026-02-02"),
            Exceptions: [new PathwayException(D("2026-02-20"), D("2026-03-05"), ExceptionReason.MissedAppointment)]));

        Find(timeline, MilestoneKeys.Advice).ShouldSatisfyAllConditions(
            m => m.Excepted.ShouldBeTrue(),
            m => m.AdjustedDue.ShouldBe(D("2026-03-30")));
        Find(timeline, MilestoneKeys.DecisionNotToIssue).ShouldSatisfyAllConditions(
            m => m.Excepted.ShouldBeFalse(),
            m => m.AdjustedDue.ShouldBe(D("2026-04-27")));
        Find(timeline, MilestoneKeys.FinalPlan).ShouldSatisfyAllConditions(
            m => m.Excepted.ShouldBeFalse(),
            m => m.AdjustedDue.ShouldBe(D("2026-05-25")));
    }

    [Theory]
    // SEND Regulations 2014 regs 5(4), 10(4) and 13(3): (a) school closure, (b) early-years closure,
    // (c) exceptional personal circumstances, (d) absence from the area.
    [InlineData(MilestoneKeys.DecisionToAssess, ExceptionReason.SchoolClosure, true)]
    [InlineData(MilestoneKeys.DecisionToAssess, ExceptionReason.EarlyYearsClosure, true)]
    [InlineData(MilestoneKeys.DecisionToAssess, ExceptionReason.ExceptionalPersonalCircumstances, true)]
    [InlineData(MilestoneKeys.DecisionToAssess, ExceptionReason.AbsentFromArea, true)]
    [InlineData(MilestoneKeys.DecisionToAssess, ExceptionReason.MissedAppointment, false)]
    [InlineData(MilestoneKeys.DecisionNotToIssue, ExceptionReason.SchoolClosure, true)]
    [InlineData(MilestoneKeys.DecisionNotToIssue, ExceptionReason.EarlyYearsClosure, true)]
    [InlineData(MilestoneKeys.DecisionNotToIssue, ExceptionReason.ExceptionalPersonalCircumstances, true)]
    [InlineData(MilestoneKeys.DecisionNotToIssue, ExceptionReason.AbsentFromArea, true)]
    [InlineData(MilestoneKeys.DecisionNotToIssue, ExceptionReason.MissedAppointment, false)]
    [InlineData(MilestoneKeys.FinalPlan, ExceptionReason.SchoolClosure, true)]
    [InlineData(MilestoneKeys.FinalPlan, ExceptionReason.EarlyYearsClosure, true)]
    [InlineData(MilestoneKeys.FinalPlan, ExceptionReason.ExceptionalPersonalCircumstances, true)]
    [InlineData(MilestoneKeys.FinalPlan, ExceptionReason.AbsentFromArea, true)]
    [InlineData(MilestoneKeys.FinalPlan, ExceptionReason.MissedAppointment, false)]
    // Reg 8(2): exceptional circumstances, absence from the area, a missed appointment. No closures.
    [InlineData(MilestoneKeys.Advice, ExceptionReason.SchoolClosure, false)]
    [InlineData(MilestoneKeys.Advice, ExceptionReason.EarlyYearsClosure, false)]
    [InlineData(MilestoneKeys.Advice, ExceptionReason.ExceptionalPersonalCircumstances, true)]
    [InlineData(MilestoneKeys.Advice, ExceptionReason.AbsentFromArea, true)]
    [InlineData(MilestoneKeys.Advice, ExceptionReason.MissedAppointment, true)]
    // No exceptions at all.
    [InlineData(MilestoneKeys.DraftCommentsClose, ExceptionReason.ExceptionalPersonalCircumstances, false)]
    [InlineData(MilestoneKeys.AnnualReview, ExceptionReason.ExceptionalPersonalCircumstances, false)]
    [InlineData(MilestoneKeys.ReviewDecision, ExceptionReason.AbsentFromArea, false)]
    [InlineData(MilestoneKeys.AmendedPlan, ExceptionReason.SchoolClosure, false)]
    [InlineData(MilestoneKeys.MediationCertificate, ExceptionReason.ExceptionalPersonalCircumstances, false)]
    [InlineData(MilestoneKeys.TribunalAppeal, ExceptionReason.ExceptionalPersonalCircumstances, false)]
    public void Each_exception_lifts_only_the_time_limits_the_regulations_name(string milestoneKey, ExceptionReason reason, bool applies) =>
        reason.AppliesTo(milestoneKey).ShouldBe(applies);

    [Fact]
    public void An_exception_cannot_end_before_it_starts() =>
        Should.Throw<ArgumentException>(() =>
            new PathwayException(D("2026-03-10"), D("2026-03-09"), ExceptionReason.AbsentFromArea));

    [Fact]
    public void An_exception_can_last_a_single_day() =>
        new PathwayException(D("2026-03-10"), D("2026-03-10"), ExceptionReason.MissedAppointment).LengthInDays.ShouldBe(1);

    [Theory]
    [InlineData(ExceptionReason.AbsentFromArea, "2026-07-27", "2026-08-22", false)] // 27 days
    [InlineData(ExceptionReason.AbsentFromArea, "2026-07-27", "2026-08-23", true)] // 28 days
    [InlineData(ExceptionReason.SchoolClosure, "2026-07-20", "2026-09-02", true)]
    [InlineData(ExceptionReason.EarlyYearsClosure, "2026-12-14", "2027-01-03", false)] // 3 weeks
    [InlineData(ExceptionReason.ExceptionalPersonalCircumstances, "2026-03-10", "2026-03-10", true)]
    [InlineData(ExceptionReason.MissedAppointment, "2026-03-10", "2026-03-10", true)]
    public void Closures_and_absence_must_last_at_least_4_weeks(ExceptionReason reason, string from, string to, bool meetsMinimum) =>
        new PathwayException(D(from), D(to), reason).MeetsStatutoryMinimum.ShouldBe(meetsMinimum);

    [Fact]
    public void Every_reason_has_a_plain_English_description() =>
        Enum.GetValues<ExceptionReason>().ShouldAllBe(r => ExceptionRules.Describe(r).Length > 20);
}
