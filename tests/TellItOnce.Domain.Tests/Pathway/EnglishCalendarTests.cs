using NodaTime.Text;
using TellItOnce.Domain.Pathway;
using static TellItOnce.Domain.Tests.Pathway.Dates;

namespace TellItOnce.Domain.Tests.Pathway;

public class EnglishCalendarTests
{
    [Theory]
    // 23:30 UTC in summer is 00:30 the next day in London (BST).
    [InlineData("2026-07-01T23:30:00Z", "2026-07-02")]
    // In winter London is on UTC.
    [InlineData("2026-01-01T23:30:00Z", "2026-01-01")]
    // Clocks go forward at 01:00 UTC on Sun 29 Mar 2026 and back at 01:00 UTC on Sun 25 Oct 2026.
    [InlineData("2026-03-29T00:59:00Z", "2026-03-29")]
    [InlineData("2026-03-29T23:00:00Z", "2026-03-30")]
    [InlineData("2026-10-24T23:30:00Z", "2026-10-25")]
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25")]
    public void Statutory_dates_are_London_dates_not_UTC_dates(string instant, string londonDate) =>
        EnglishCalendar.DateOf(InstantPattern.General.Parse(instant).Value).ShouldBe(D(londonDate));

    [Fact]
    public void London_is_the_Europe_London_time_zone() =>
        EnglishCalendar.London.Id.ShouldBe("Europe/London");
}
