using TellItOnce.Domain.Pathway;
using static TellItOnce.Domain.Tests.Pathway.Dates;

namespace TellItOnce.Domain.Tests.Pathway;

// Expected dates worked out by hand. The English school year runs 1 September to 31 August.
public class SchoolYearTests
{
    [Theory]
    [InlineData("2015-03-10", "2019-09-01")]
    // The boundary: born 31 August, the youngest in the year, starts just after turning 4...
    [InlineData("2015-08-31", "2019-09-01")]
    // ...born a day later, 1 September, the oldest in the next year, starts a year later on their 5th birthday.
    [InlineData("2015-09-01", "2020-09-01")]
    [InlineData("2014-09-01", "2019-09-01")]
    // Born on a leap day: 4th birthday 29 Feb 2020.
    [InlineData("2016-02-29", "2020-09-01")]
    public void Child_starts_Reception_on_the_first_1_September_after_their_4th_birthday(string dateOfBirth, string receptionStart) =>
        SchoolYear.ReceptionStart(D(dateOfBirth)).ShouldBe(D(receptionStart));

    [Fact]
    public void Phase_transfers_name_the_new_setting_by_15_February_or_31_March_for_post_16()
    {
        var transfers = SchoolYear.PhaseTransfers(D("2015-03-10"));

        transfers.ShouldBe(
        [
            new PhaseTransfer(Phase.Reception, D("2019-09-01"), D("2019-02-15")),
            new PhaseTransfer(Phase.Year7, D("2026-09-01"), D("2026-02-15")),
            new PhaseTransfer(Phase.Post16, D("2031-09-01"), D("2031-03-31")),
        ]);
    }

    [Fact]
    public void Infant_to_junior_transfer_is_listed_only_when_asked_for()
    {
        var transfers = SchoolYear.PhaseTransfers(D("2015-03-10"), includeInfantToJunior: true);

        transfers.Select(t => t.Phase).ShouldBe([Phase.Reception, Phase.Year3, Phase.Year7, Phase.Post16]);
        transfers[1].ShouldBe(new PhaseTransfer(Phase.Year3, D("2022-09-01"), D("2022-02-15")));
    }

    [Fact]
    public void Preparing_for_adulthood_starts_in_Year_9() =>
        SchoolYear.PreparingForAdulthoodFrom(D("2015-03-10")).ShouldBe(D("2028-09-01"));

    [Theory]
    [InlineData("2015-03-10", "2015-03-10", SchoolYear.NurseryOrEarlier)]
    [InlineData("2015-03-10", "2019-08-31", SchoolYear.NurseryOrEarlier)]
    [InlineData("2015-03-10", "2019-09-01", SchoolYear.Reception)]
    [InlineData("2015-03-10", "2020-07-20", SchoolYear.Reception)]
    [InlineData("2015-03-10", "2020-09-01", 1)]
    [InlineData("2015-03-10", "2026-07-01", 6)]
    [InlineData("2015-03-10", "2026-09-01", 7)]
    [InlineData("2015-03-10", "2031-09-01", 12)]
    [InlineData("2015-03-10", "2033-08-31", 13)]
    [InlineData("2015-03-10", "2033-09-01", 14)]
    // A day apart in birth, a year apart at school.
    [InlineData("2015-08-31", "2026-01-15", 6)]
    [InlineData("2015-09-01", "2026-01-15", 5)]
    [InlineData("2016-02-29", "2026-02-28", 5)]
    public void Year_group_on_a_date(string dateOfBirth, string on, int yearGroup) =>
        SchoolYear.YearGroupOn(D(dateOfBirth), D(on)).ShouldBe(yearGroup);

    [Theory]
    [InlineData(0, "2019-09-01")]
    [InlineData(7, "2026-09-01")]
    [InlineData(13, "2032-09-01")]
    public void Start_of_a_year_group(int yearGroup, string starts) =>
        SchoolYear.StartOfYearGroup(D("2015-03-10"), yearGroup).ShouldBe(D(starts));

    [Fact]
    public void There_is_no_start_date_for_nursery_or_earlier() =>
        Should.Throw<ArgumentOutOfRangeException>(() => SchoolYear.StartOfYearGroup(D("2015-03-10"), SchoolYear.NurseryOrEarlier));

    [Theory]
    [InlineData("2026-08-31", "2025-09-01")]
    [InlineData("2026-09-01", "2026-09-01")]
    [InlineData("2027-01-01", "2026-09-01")]
    public void School_year_runs_from_1_September_to_31_August(string date, string startOfSchoolYear) =>
        SchoolYear.StartOfSchoolYear(D(date)).ShouldBe(D(startOfSchoolYear));
}
