using NodaTime;

namespace TellItOnce.Domain.Insight;

/// <summary>A calendar quarter, the period of the dashboard's trends and the scorecard: "2026-Q1" runs from 1 January to 31 March.</summary>
public readonly record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    public LocalDate Start => new(Year, ((Number - 1) * 3) + 1, 1);

    public LocalDate End => Start.PlusMonths(3).PlusDays(-1);

    public static Quarter Of(LocalDate date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public Quarter Plus(int quarters)
    {
        var index = (Year * 4) + (Number - 1) + quarters;
        return new Quarter(index / 4, (index % 4) + 1);
    }

    /// <summary>The <paramref name="count"/> quarters ending with the one containing <paramref name="date"/>, oldest first.</summary>
    public static IReadOnlyList<Quarter> Ending(LocalDate date, int count)
    {
        var last = Of(date);
        return [.. Enumerable.Range(0, count).Select(i => last.Plus(i - count + 1))];
    }

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        if (text is not { Length: 7 } || text[4] != '-' || text[5] != 'Q'
            || !int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || text[6] is < '1' or > '4')
        {
            return false;
        }

        quarter = new Quarter(year, text[6] - '0');
        return true;
    }

    public override string ToString() => $"{Year}-Q{Number}";

    public int CompareTo(Quarter other) => (Year, Number).CompareTo((other.Year, other.Number));

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;
}
