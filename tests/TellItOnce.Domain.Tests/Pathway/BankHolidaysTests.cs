using NodaTime;
using TellItOnce.Domain.Pathway;
using static TellItOnce.Domain.Tests.Pathway.Dates;

namespace TellItOnce.Domain.Tests.Pathway;

public class BankHolidaysTests
{
    private static readonly BankHolidays EnglandAndWales = BankHolidays.EnglandAndWales;

    [Theory]
    [InlineData("2018-03-30")]
    [InlineData("2019-04-19")]
    [InlineData("2020-04-10")]
    [InlineData("2021-04-02")]
    [InlineData("2022-04-15")]
    [InlineData("2023-04-07")]
    [InlineData("2024-03-29")]
    [InlineData("2025-04-18")]
    [InlineData("2026-04-03")]
    [InlineData("2027-03-26")]
    [InlineData("2028-04-14")]
    [InlineData("2029-03-30")]
    [InlineData("2030-04-19")]
    public void Good_Friday_is_a_bank_holiday(string goodFriday)
    {
        EnglandAndWales.IsBankHoliday(D(goodFriday)).ShouldBeTrue();
        D(goodFriday).DayOfWeek.ShouldBe(IsoDayOfWeek.Friday);
        EnglandAndWales.IsBankHoliday(D(goodFriday).PlusDays(3)).ShouldBeTrue("Easter Monday");
    }

    [Theory]
    [InlineData("2020-05-08")] // VE Day: early May bank holiday moved from Monday 4 May
    [InlineData("2022-06-02")] // spring bank holiday moved for the Platinum Jubilee
    [InlineData("2022-06-03")] // Platinum Jubilee
    [InlineData("2022-09-19")] // State Funeral of Queen Elizabeth II
    [InlineData("2023-05-08")] // Coronation of King Charles III
    [InlineData("2020-12-28")] // Boxing Day substitute (Boxing Day was a Saturday)
    [InlineData("2021-12-27")] // Christmas Day substitute
    [InlineData("2021-12-28")] // Boxing Day substitute
    [InlineData("2022-01-03")] // New Year's Day substitute
    [InlineData("2022-12-27")] // Christmas Day substitute (Christmas Day was a Sunday)
    [InlineData("2026-12-28")] // Boxing Day substitute
    [InlineData("2027-12-27")]
    [InlineData("2027-12-28")]
    [InlineData("2028-01-03")]
    public void One_off_and_substitute_days_are_bank_holidays(string date) =>
        EnglandAndWales.IsBankHoliday(D(date)).ShouldBeTrue();

    [Theory]
    [InlineData("2020-05-04")] // the usual early May Monday, moved in 2020
    [InlineData("2022-05-30")] // the usual late May Monday, moved in 2022
    [InlineData("2026-12-26")] // a Saturday: its substitute is the Monday
    [InlineData("2026-12-24")]
    public void Days_that_look_like_holidays_but_are_not(string date) =>
        EnglandAndWales.IsBankHoliday(D(date)).ShouldBeFalse();

    [Theory]
    [InlineData(2018, 8)]
    [InlineData(2019, 8)]
    [InlineData(2020, 8)]
    [InlineData(2021, 8)]
    [InlineData(2022, 10)]
    [InlineData(2023, 9)]
    [InlineData(2024, 8)]
    [InlineData(2025, 8)]
    [InlineData(2026, 8)]
    [InlineData(2027, 8)]
    [InlineData(2028, 8)]
    [InlineData(2029, 8)]
    [InlineData(2030, 8)]
    public void Each_year_has_its_bank_holidays(int year, int count) =>
        EnglandAndWales.Dates.Count(d => d.Year == year).ShouldBe(count);

    [Fact]
    public void Every_bank_holiday_falls_on_a_weekday_because_weekend_holidays_get_substitute_days() =>
        EnglandAndWales.Dates.ShouldAllBe(d => d.DayOfWeek != IsoDayOfWeek.Saturday && d.DayOfWeek != IsoDayOfWeek.Sunday);

    [Fact]
    public void The_list_covers_2018_to_2030_at_least()
    {
        EnglandAndWales.FirstYear.ShouldBeLessThanOrEqualTo(2018);
        EnglandAndWales.LastYear.ShouldBeGreaterThanOrEqualTo(2030);
    }

    [Fact]
    public void The_embedded_file_lists_no_date_twice()
    {
        using var stream = typeof(BankHolidays).Assembly.GetManifestResourceStream("TellItOnce.Domain.BankHolidays");
        stream.ShouldNotBeNull();
        using var reader = new StreamReader(stream);
        var dates = reader.ReadToEnd()
            .Split('\n')
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0)
            .ToList();

        dates.Count.ShouldBeGreaterThan(100);
        dates.Distinct().Count().ShouldBe(dates.Count);
    }

    [Fact]
    public void Asking_beyond_the_known_years_fails_with_a_clear_message()
    {
        var beyond = new LocalDate(EnglandAndWales.LastYear + 1, 1, 5);

        var error = Should.Throw<ArgumentOutOfRangeException>(() => EnglandAndWales.IsWorkingDay(beyond));
        error.Message.ShouldContain("administrator");
        Should.Throw<ArgumentOutOfRangeException>(() => EnglandAndWales.IsBankHoliday(new LocalDate(EnglandAndWales.FirstYear - 1, 6, 1)));
    }

    [Fact]
    public void Weekends_are_not_working_days()
    {
        EnglandAndWales.IsWorkingDay(D("2026-03-07")).ShouldBeFalse();
        EnglandAndWales.IsWorkingDay(D("2026-03-08")).ShouldBeFalse();
        EnglandAndWales.IsWorkingDay(D("2026-03-09")).ShouldBeTrue();
    }

    [Fact]
    public void The_start_day_is_day_0()
    {
        EnglandAndWales.AddWorkingDays(D("2026-03-07"), 0).ShouldBe(D("2026-03-07"));
        EnglandAndWales.AddWorkingDays(D("2026-03-09"), 1).ShouldBe(D("2026-03-10"));
    }

    [Fact]
    public void Negative_working_days_are_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => EnglandAndWales.AddWorkingDays(D("2026-03-09"), -1));

    [Fact]
    public void A_list_can_be_read_from_text_with_comments()
    {
        var list = BankHolidays.Parse("# header\n2026-12-25  # Christmas\n\n2026-12-28\r\n");

        list.Dates.ShouldBe([D("2026-12-25"), D("2026-12-28")]);
        list.FirstYear.ShouldBe(2026);
        list.LastYear.ShouldBe(2026);
    }

    [Fact]
    public void A_date_listed_twice_in_a_file_is_rejected() =>
        Should.Throw<FormatException>(() => BankHolidays.Parse("2026-12-25\n2026-12-25\n")).Message.ShouldContain("line 2");

    [Fact]
    public void A_line_that_is_not_a_date_is_rejected() =>
        Should.Throw<FormatException>(() => BankHolidays.Parse("2026-12-25\n25/12/2026\n")).Message.ShouldContain("line 2");

    [Fact]
    public void An_empty_list_is_refused_because_its_years_are_unknown() =>
        Should.Throw<ArgumentException>(() => new BankHolidays([]));
}
