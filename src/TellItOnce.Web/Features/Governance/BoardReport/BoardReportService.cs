using System.Globalization;
using NodaTime;
using TellItOnce.Domain.Governance;
using TellItOnce.Domain.Insight;
using TellItOnce.Web.Features.Governance.Risks;
using TellItOnce.Web.Features.Governance.Strategy;
using TellItOnce.Web.Features.Insight;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.BoardReport;

/// <summary>
/// A board reporting period: two calendar months, January and February, March and April, and so on (Stockport's
/// bi-monthly Performance, Improvement and Assurance report). Everything in the report is as at its last day.
/// </summary>
public sealed record BoardPeriod(LocalDate Start)
{
    public LocalDate End => Start.PlusMonths(2).PlusDays(-1);

    /// <summary>The period's query-string value: its first month, as 2026-01.</summary>
    public string Key => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string Name => $"{Start.ToString("MMMM", Dates.English)} to {End.ToString("MMMM yyyy", Dates.English)}";

    /// <summary>The period a date falls in.</summary>
    public static BoardPeriod Containing(LocalDate date) => new(new LocalDate(date.Year, date.Month - ((date.Month - 1) % 2), 1));

    /// <summary>Reads "2026-01"; null for anything else, or a month that does not start a period.</summary>
    public static BoardPeriod? Parse(string? key)
    {
        if (key is null || !DateTime.TryParseExact(key, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) || month.Month % 2 == 0)
        {
            return null;
        }

        return new BoardPeriod(new LocalDate(month.Year, month.Month, 1));
    }

    /// <summary>The latest periods that have ended by <paramref name="today"/>, newest first.</summary>
    public static IReadOnlyList<BoardPeriod> EndedBy(LocalDate today, int count)
    {
        var latest = Containing(today).Previous;
        return [.. Enumerable.Range(0, count).Select(i => new BoardPeriod(latest.Start.PlusMonths(-2 * i)))];
    }

    public BoardPeriod Previous => new(Start.PlusMonths(-2));
}

/// <summary>One headline figure: a dashboard measure's total as at the period's end.</summary>
public sealed record Headline(string Key, string Title, MeasureKind Kind, decimal? Value, decimal? National)
{
    public string Text => Format(Value, Kind);

    public string NationalText => National is null ? "Not published" : Format(National, Kind);

    public static string Format(decimal? value, MeasureKind kind) => value is not { } v
        ? "No cases"
        : kind == MeasureKind.Percentage ? $"{v.ToString("0.#", CultureInfo.InvariantCulture)}%" : v.ToString("#,0", CultureInfo.InvariantCulture);
}

public sealed record ScorecardLine(string Outcome, string Indicator, string Latest, string Target, RagRating Rag, string? Commentary);

public sealed record BoardReport(
    string AreaName,
    BoardPeriod Period,
    IReadOnlyList<Headline> Headlines,
    IReadOnlyList<ScorecardLine> Scorecard,
    string? FrameworkName,
    IReadOnlyList<ActionRow> ActionExceptions,
    IReadOnlyList<RiskRow> RisksAboveThreshold);

/// <summary>
/// Builds the board's Performance, Improvement and Assurance report for one period from the same services as the
/// dashboard, scorecard, action plan and risk register, each asked for its state on the period's last day: so the same
/// period gives the same figures whenever it is run, and a change made after the period does not alter it. ADR 45.
/// </summary>
public sealed class BoardReportService(DashboardService dashboard, OutcomesService outcomes, StrategyService strategy, RiskService risks)
{
    /// <summary>The dashboard measures that head the report, in the order the board reads them.</summary>
    public static readonly IReadOnlyList<string> HeadlineMeasures =
    [
        "requests", "agreed-to-assess", "decisions-within-6-weeks", "plans-within-20-weeks", "plans-within-20-weeks-all",
        "advice-within-6-weeks", "annual-reviews", "phase-transfers", "outcomes-met-at-review", "eet-16-25",
    ];

    public async Task<BoardReport?> BuildAsync(GovernanceScope scope, BoardPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        var areas = await dashboard.VisibleAreasAsync(ct);
        var area = areas.FirstOrDefault(a => a.Id == scope.AreaId);
        if (area is null)
        {
            return null;
        }

        var figures = await dashboard.BuildAsync(new DashboardQuery(Area: area.Slug, AsAt: period.End), ct, [.. HeadlineMeasures]);
        var headlines = HeadlineMeasures
            .Select(key => figures?.Measures.FirstOrDefault(m => m.Key == key))
            .OfType<MeasureResult>()
            .Select(m => new Headline(m.Key, m.Measure.Title, m.Measure.Kind, m.Total.ValueFor(m.Measure.Kind), m.National?.Value))
            .ToList();

        var card = await outcomes.ScorecardAsync(area.Slug, period.End, ct);
        var lines = card?.Statements
            .SelectMany(s => s.Indicators.Select(i => new ScorecardLine(
                s.Statement.Text,
                i.Indicator.Title,
                i.Latest is { } v ? $"{v.ToString("0.#", CultureInfo.InvariantCulture)}{Unit(i.Indicator.Unit)}" : "No figure yet",
                i.Indicator.Target is { } t ? $"{t.ToString("0.#", CultureInfo.InvariantCulture)}{Unit(i.Indicator.Unit)}" : "No target",
                i.Rag,
                string.IsNullOrWhiteSpace(i.Commentary) ? null : i.Commentary)))
            .ToList() ?? [];

        var plan = await strategy.ViewAsync(scope, ct, period.End);
        var register = await risks.RegisterAsync(scope, ct, period.End);
        return new BoardReport(
            area.Name,
            period,
            headlines,
            lines,
            card?.Framework?.Name,
            [.. plan.Actions.Where(a => a.State.IsException)],
            [.. register.Where(r => r.Position.Residual.Value >= RiskRegister.BoardThreshold)]);
    }

    private static string Unit(string unit) => unit == "%" ? "%" : string.IsNullOrEmpty(unit) ? string.Empty : $" {unit}";
}
