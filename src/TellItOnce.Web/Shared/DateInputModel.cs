namespace TellItOnce.Web.Shared;

/// <summary>A GOV.UK date input: Id anchors the error summary link (Id-day is the first box).</summary>
public sealed record DateInputModel(string Id, string Name, string Legend, string Hint, DateParts Value, string? Error);

/// <summary>The three boxes of one GOV.UK date input, as posted.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public NodaTime.LocalDate? Read(string field, string label, FieldErrors errors, bool required = true) =>
        Dates.FromParts(Day, Month, Year, field, label, errors, required);

    public static DateParts Of(NodaTime.LocalDate date) => new() { Day = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), Month = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), Year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
