using System.Collections.Frozen;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace TellItOnce.Domain.Pathway;

/// <summary>
/// Bank holidays as data, with working-day arithmetic. A working day is Monday to Friday and not a
/// bank holiday (SEND Regulations 2014, reg 2: Christmas Day and Good Friday are bank holidays in
/// England and Wales, so they are in the list).
/// </summary>
/// <remarks>
/// The list only covers the years from <see cref="FirstYear"/> to <see cref="LastYear"/>; asking about
/// a date outside them throws rather than silently treating an unknown year as having no holidays.
/// </remarks>
public sealed class BankHolidays
{
    private const string ResourceName = "TellItOnce.Domain.BankHolidays";

    private static readonly Lazy<BankHolidays> EnglandAndWalesList = new(LoadEnglandAndWales);

    private readonly FrozenSet<LocalDate> _dates;

    /// <summary>Creates a list from the given dates; duplicates are ignored. The covered years run from the earliest date's year to the latest's.</summary>
    public BankHolidays(IEnumerable<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        _dates = dates.ToFrozenSet();
        if (_dates.Count == 0)
        {
            throw new ArgumentException("A bank holiday list needs at least one date, so that the years it covers are known.", nameof(dates));
        }

        Dates = [.. _dates.Order()];
        FirstYear = Dates[0].Year;
        LastYear = Dates[^1].Year;
    }

    /// <summary>England and Wales, loaded once from the embedded file Pathway/bank-holidays-england-and-wales.txt.</summary>
    public static BankHolidays EnglandAndWales => EnglandAndWalesList.Value;

    /// <summary>Every bank holiday, in date order, each once.</summary>
    public IReadOnlyList<LocalDate> Dates { get; }

    /// <summary>The first calendar year the list covers.</summary>
    public int FirstYear { get; }

    /// <summary>The last calendar year the list covers.</summary>
    public int LastYear { get; }

    public bool Covers(LocalDate date) => date.Year >= FirstYear && date.Year <= LastYear;

    public bool IsBankHoliday(LocalDate date)
    {
        EnsureCovered(date);
        return _dates.Contains(date);
    }

    /// <summary>Monday to Friday and not a bank holiday.</summary>
    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !IsBankHoliday(date);

    /// <summary>
    /// The date that is <paramref name="workingDays"/> working days after <paramref name="start"/>.
    /// The start day itself is day 0 and is not counted, so with 0 the start is returned unchanged.
    /// </summary>
    public LocalDate AddWorkingDays(LocalDate start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            date = date.PlusDays(1);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// Reads the file format: one ISO date (yyyy-mm-dd) per line; blank lines and anything after '#' ignored.
    /// A date listed twice is treated as a mistake in the file and rejected.
    /// </summary>
    public static BankHolidays Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dates = new HashSet<LocalDate>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parsed = LocalDatePattern.Iso.Parse(line);
            if (!parsed.Success)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Bank holiday list, line {lineNumber}: '{line}' is not a date in the form yyyy-mm-dd."));
            }

            if (!dates.Add(parsed.Value))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Bank holiday list, line {lineNumber}: {line} is listed more than once."));
            }
        }

        return new BankHolidays(dates);
    }

    private void EnsureCovered(LocalDate date)
    {
        if (!Covers(date))
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                string.Create(CultureInfo.InvariantCulture, $"Bank holidays are only known for {FirstYear} to {LastYear}, so working days cannot be worked out for {date:uuuu-MM-dd}. An administrator must add the bank holidays for {date.Year}."));
        }
    }

    private static BankHolidays LoadEnglandAndWales()
    {
        using var stream = typeof(BankHolidays).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded bank holiday list '{ResourceName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
