using FsCheck.Xunit;
using NodaTime;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Domain.Tests.Pathway;

[Properties(Arbitrary = [typeof(PathwayArbitraries)], MaxTest = 300)]
public class PathwayProperties
{
    private static readonly BankHolidays EnglandAndWales = BankHolidays.EnglandAndWales;

    [Property]
    public void No_due_date_precedes_its_start(AssessmentTimelineInput input) =>
        StatutoryTimeline.ForAssessment(input).ShouldAllBe(m => m.Due >= m.Start);

    [Property]
    public void No_review_mediation_or_appeal_date_precedes_its_start(LocalDate date)
    {
        Milestone[] milestones =
        [
            StatutoryTimeline.AnnualReviewDue(date),
            StatutoryTimeline.ReviewReportDue(date),
            StatutoryTimeline.ReviewDecisionDue(date),
            StatutoryTimeline.AmendmentCommentsClose(date),
            StatutoryTimeline.AmendedPlanDue(date),
            StatutoryTimeline.MediationCertificateDue(date, EnglandAndWales),
            StatutoryTimeline.MediationHeldBy(date),
            StatutoryTimeline.TribunalAppealDeadline(date, null),
            StatutoryTimeline.TribunalAppealDeadline(date, date.PlusDays(40)),
        ];

        milestones.ShouldAllBe(m => m.Due > m.Start && !m.Excepted && m.AdjustedDue == m.Due);
    }

    [Property]
    public void Adjusted_due_date_is_never_before_the_statutory_due_date(AssessmentTimelineInput input) =>
        StatutoryTimeline.ForAssessment(input).ShouldAllBe(m => m.AdjustedDue >= m.Due);

    [Property]
    public void Excepted_exactly_when_the_adjusted_date_moves_and_it_moves_by_at_most_the_length_of_the_period(AssessmentTimelineInput input) =>
        StatutoryTimeline.ForAssessment(input).ShouldAllBe(m =>
            m.Excepted == (m.AdjustedDue > m.Due)
            && Period.DaysBetween(m.Due, m.AdjustedDue) <= Period.DaysBetween(m.Start, m.Due) + 1);

    [Property]
    public void Exceptions_never_move_the_statutory_due_date(AssessmentTimelineInput input)
    {
        var withExceptions = StatutoryTimeline.ForAssessment(input);
        var without = StatutoryTimeline.ForAssessment(input with { Exceptions = null });

        withExceptions.Select(m => (m.Key, m.Start, m.Due)).ShouldBe(without.Select(m => (m.Key, m.Start, m.Due)));
    }

    [Property]
    public void Adding_an_exception_never_brings_any_adjusted_due_date_forward(TimelineAndExtra c)
    {
        var before = StatutoryTimeline.ForAssessment(c.Input);
        var after = StatutoryTimeline.ForAssessment(c.Input with { Exceptions = [.. c.Input.Exceptions ?? [], c.Extra] });

        after.Count.ShouldBe(before.Count);
        for (var i = 0; i < before.Count; i++)
        {
            after[i].Key.ShouldBe(before[i].Key);
            after[i].AdjustedDue.ShouldBeGreaterThanOrEqualTo(before[i].AdjustedDue);
        }
    }

    [Property]
    public void Nothing_is_excepted_without_exceptions(AssessmentTimelineInput input)
    {
        StatutoryTimeline.ForAssessment(input with { Exceptions = null }).ShouldAllBe(m => !m.Excepted && m.AdjustedDue == m.Due);
        StatutoryTimeline.ForAssessment(input with { Exceptions = [] }).ShouldAllBe(m => !m.Excepted && m.AdjustedDue == m.Due);
    }

    [Property]
    public void Adding_working_days_lands_on_a_working_day_after_the_start(WorkingDaysCase c)
    {
        var result = EnglandAndWales.AddWorkingDays(c.Start, c.WorkingDays);

        EnglandAndWales.IsWorkingDay(result).ShouldBeTrue();
        result.ShouldBeGreaterThan(c.Start);
        var workingDaysCounted = Enumerable.Range(1, Period.DaysBetween(c.Start, result))
            .Count(offset => EnglandAndWales.IsWorkingDay(c.Start.PlusDays(offset)));
        workingDaysCounted.ShouldBe(c.WorkingDays);
    }

    [Property]
    public void A_bank_holiday_list_holds_each_date_once_in_order(DatesWithDuplicates input)
    {
        var holidays = new BankHolidays(input.Dates);

        holidays.Dates.Distinct().Count().ShouldBe(holidays.Dates.Count);
        holidays.Dates.ShouldBe(input.Dates.Distinct().Order());
        input.Dates.ShouldAllBe(d => holidays.IsBankHoliday(d));
    }

    [Property]
    public void Reception_starts_on_a_1_September_when_the_child_is_4(DateOfBirth dateOfBirth)
    {
        var dob = dateOfBirth.Value;
        var start = SchoolYear.ReceptionStart(dob);

        (start.Month, start.Day).ShouldBe((9, 1));
        var ageOnFirstDay = Period.Between(dob, start, PeriodUnits.Years).Years;
        // Born on 1 September, the oldest in the year group turns 5 on the first day.
        ageOnFirstDay.ShouldBe(dob is { Month: 9, Day: 1 } ? 5 : 4);
        Period.Between(dob, start.PlusDays(-1), PeriodUnits.Years).Years.ShouldBe(4);
    }

    [Property]
    public void A_child_is_in_each_year_group_from_the_day_it_starts(DateOfBirth dateOfBirth)
    {
        var dob = dateOfBirth.Value;
        for (var yearGroup = SchoolYear.Reception; yearGroup <= SchoolYear.Year13 + 1; yearGroup++)
        {
            var starts = SchoolYear.StartOfYearGroup(dob, yearGroup);
            SchoolYear.YearGroupOn(dob, starts).ShouldBe(yearGroup);
            SchoolYear.YearGroupOn(dob, starts.PlusDays(-1)).ShouldBe(yearGroup == SchoolYear.Reception ? SchoolYear.NurseryOrEarlier : yearGroup - 1);
        }
    }
}
