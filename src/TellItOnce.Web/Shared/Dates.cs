using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace TellItOnce.Web.Shared;

/// <summary>Reading and showing dates the way GOV.UK services do.</summary>
public static class Dates
{
    /// <summary>Dates outside this range are refused: they are typing mistakes, and arithmetic near the calendar's ends overflows.</summary>
    public const int MinimumYear = 1990;
    public const int MaximumYear = 2100;

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>"Monday 16 February 2026".</summary>
    public static string Full(LocalDate date) => date.ToString("dddd d MMMM yyyy", English);

    /// <summary>"16 Feb 2026", for tables.</summary>
    public static string Brief(LocalDate date) => date.ToString("d MMM yyyy", English);

    /// <summary>Parses an ISO date (yyyy-MM-dd), adding a plain-English error against <paramref name="field"/> when it is not one.</summary>
    public static LocalDate? ParseIso(string? text, string field, string label, FieldErrors errors, bool required)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"Enter {label}");
            }

            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (!result.Success)
        {
            errors.Add(field, $"{Capitalise(label)} must be a real date in the form YYYY-MM-DD");
            return null;
        }

        return InRange(result.Value, field, label, errors);
    }

    /// <summary>Builds a date from the three boxes of a GOV.UK date input, with the Design System's error messages.</summary>
    public static LocalDate? FromParts(string? day, string? month, string? year, string field, string label, FieldErrors errors, bool required)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
        {
            if (required)
            {
                errors.Add(field, $"Enter {label}");
            }

            return null;
        }

        var missing = new[] { ("day", day), ("month", month), ("year", year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            errors.Add(field, $"{Capitalise(label)} must include a {string.Join(" and ", missing)}");
            return null;
        }

        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, m))
        {
            errors.Add(field, $"{Capitalise(label)} must be a real date");
            return null;
        }

        return InRange(new LocalDate(y, m, d), field, label, errors);
    }

    private static LocalDate? InRange(LocalDate date, string field, string label, FieldErrors errors)
    {
        if (date.Year is < MinimumYear or > MaximumYear)
        {
            errors.Add(field, $"{Capitalise(label)} must be between {MinimumYear} and {MaximumYear}");
            return null;
        }

        return date;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
