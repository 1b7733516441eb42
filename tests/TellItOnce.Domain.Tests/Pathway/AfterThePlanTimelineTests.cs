using TellItOnce.Domain.Pathway;
using static TellItOnce.Domain.Tests.Pathway.Dates;

namespace TellItOnce.Domain.Tests.Pathway;

// Ceasing, transfers between areas, tribunal orders and complaints. Expected dates worked out by hand.
public class AfterThePlanTimelineTests
{
    [Theory]
    // The plan stays until the time to appeal has passed: 2 months from the decision...
    [InlineData("2026-03-10", null, "2026-05-10")]
    // ...or 1 month from a mediation certificate when that is later.
    [InlineData("2026-03-10", "2026-04-20", "2026-05-20")]
    public void A_ceased_plan_stays_in_place_until_the_time_to_appeal_has_passed(string decided, string? certificate, string from) =>
        StatutoryTimeline.PlanCeasesFrom(D(decided), certificate is null ? null : D(certificate)).ShouldSatisfyAllConditions(
            m => m.Key.ShouldBe(MilestoneKeys.PlanCeases),
            m => m.Due.ShouldBe(D(from)));

    [Theory]
    // Learned Mon 2 Mar; 15 working days beginning that day end Fri 20 Mar, before the move on 3 Apr: transfer on the day of the move.
    [InlineData("2026-03-02", "2026-04-03", "2026-04-03")]
    // Moving on 10 Mar is less than 15 working days' notice: the 15th working day, 20 Mar.
    [InlineData("2026-03-02", "2026-03-10", "2026-03-20")]
    // Over Easter 2026 (Good Friday 3 Apr, Easter Monday 6 Apr): 30, 31 Mar, 1, 2, 7-10, 13-17, 20, 21 Apr.
    [InlineData("2026-03-30", "2026-03-31", "2026-04-21")]
    // Learned on a Saturday: counting begins on Monday 9 Mar, so the 15th working day is Fri 27 Mar.
    [InlineData("2026-03-07", "2026-03-07", "2026-03-27")]
    public void The_old_council_transfers_the_plan_on_the_move_or_within_15_working_days_of_learning_of_it(string learned, string moved, string due) =>
        StatutoryTimeline.TransferOutDue(D(learned), D(moved), BankHolidays.EnglandAndWales).ShouldSatisfyAllConditions(
            m => m.Key.ShouldBe(MilestoneKeys.TransferOut),
            m => m.Due.ShouldBe(D(due)));

    [Fact]
    public void The_new_council_says_within_6_weeks_whether_it_will_reassess() =>
        StatutoryTimeline.TransferDecisionDue(D("2026-03-02")).Due.ShouldBe(D("2026-04-13"));

    [Theory]
    // Last reviewed 10 Jun 2025: 12 months (10 Jun 2026) is later than 3 months from the transfer (2 Jun 2026).
    [InlineData("2026-03-02", "2025-06-10", "2026-06-10")]
    // Last reviewed 1 Apr 2025: 3 months from the transfer (2 Jun 2026) is later.
    [InlineData("2026-03-02", "2025-04-01", "2026-06-02")]
    // 30 Nov + 3 months ends early: 28 Feb 2026, later than 31 Jan 2026.
    [InlineData("2025-11-30", "2025-01-31", "2026-02-28")]
    public void The_new_council_reviews_within_12_months_of_the_last_review_or_3_months_of_the_transfer_whichever_is_later(string transferred, string lastReview, string due) =>
        StatutoryTimeline.TransferredPlanReviewDue(D(transferred), D(lastReview)).Due.ShouldBe(D(due));

    [Theory]
    [InlineData(TribunalOrder.Assess, new[] { "2026-03-16", "2026-05-11", "2026-06-08" })] // 2, 10 and 14 weeks
    [InlineData(TribunalOrder.MakePlan, new[] { "2026-04-06", "2026-05-18" })]               // draft in 5 weeks, final in 11
    [InlineData(TribunalOrder.Reconsider, new[] { "2026-03-16" })]
    [InlineData(TribunalOrder.AmendContents, new[] { "2026-04-06" })]
    [InlineData(TribunalOrder.AmendPlacement, new[] { "2026-03-16" })]
    [InlineData(TribunalOrder.ContinueAndAmend, new[] { "2026-04-06" })]
    [InlineData(TribunalOrder.ContinueToMaintain, new[] { "2026-03-02" })]                   // immediately
    [InlineData(TribunalOrder.CeasingUpheld, new[] { "2026-03-02" })]
    [InlineData(TribunalOrder.None, new string[0])]
    public void A_tribunal_order_is_carried_out_within_the_regulation_44_periods(TribunalOrder order, string[] due) =>
        StatutoryTimeline.TribunalOrderDue(order, D("2026-03-02")).Select(m => m.Due).ShouldBe(due.Select(D));

    [Theory]
    // 10 working days from Mon 2 Mar: 3-6, 9-13, 16 Mar.
    [InlineData("2026-03-02", 10, "2026-03-16")]
    [InlineData("2026-03-02", 20, "2026-03-30")]
    // Over Christmas 2026 (25 Dec, Boxing Day on Mon 28 Dec, 1 Jan): 22-24, 29-31 Dec, 4-7 Jan.
    [InlineData("2026-12-21", 10, "2027-01-07")]
    public void A_complaint_is_answered_within_the_councils_working_days(string received, int days, string due) =>
        StatutoryTimeline.ComplaintResponseDue(D(received), days, BankHolidays.EnglandAndWales).Due.ShouldBe(D(due));
}
