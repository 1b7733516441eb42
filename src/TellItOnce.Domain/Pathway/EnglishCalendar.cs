using NodaTime;

namespace TellItOnce.Domain.Pathway;

/// <summary>
/// Statutory dates are dates in England, so an instant becomes a date in London time, not UTC:
/// between midnight and 1am in summer the two differ.
/// </summary>
public static class EnglishCalendar
{
    public static DateTimeZone London { get; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static LocalDate DateOf(Instant instant) => instant.InZone(London).Date;
}
