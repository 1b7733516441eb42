using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Insight;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Settings;
using TellItOnce.Web.Shared;
using TellItOnce.Web.Shared.Xlsx;

namespace TellItOnce.Web.Features.Insight;

/// <summary>What the dashboard was asked for, as it arrives in a query string (so every view has a shareable address).</summary>
public sealed record DashboardQuery(
    string? Area = null,
    LocalDate? AsAt = null,
    string? District = null,
    Guid? Setting = null,
    NeedType? Need = null,
    string? Age = null)
{
    /// <summary>The query as a query string, for links to downloads and drill-downs.</summary>
    public string ToQueryString(LocalDate asAt)
    {
        var parts = new List<string> { $"asAt={Dates.Iso(asAt)}" };
        void Add(string key, object? value)
        {
            if (value is not null && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text)
            {
                parts.Add($"{key}={Uri.EscapeDataString(text)}");
            }
        }

        Add("area", Area);
        Add("district", District);
        Add("setting", Setting);
        Add("need", Need);
        Add("age", Age);
        return string.Join("&", parts);
    }
}

public sealed record MeasureResult(
    MeasureDefinition Measure,
    IReadOnlyList<MeasureCell> Cells,
    MeasureCell Total,
    IReadOnlyList<TrendPoint> Trend,
    NationalFigure? National)
{
    public string Key => Measure.Key;
}

public sealed record Dashboard(
    LocalDate AsAt,
    IReadOnlyList<Area> Areas,
    IReadOnlyList<Area> Selected,
    IReadOnlyList<string> Districts,
    IReadOnlyList<EducationSetting> Settings,
    DashboardQuery Query,
    IReadOnlyList<MeasureResult> Measures);

/// <summary>
/// The strategic dashboard: every measure of the catalogue for the areas the user may see, as at a date, with filters,
/// trends and the national figure beside the area's. Figures come straight from the case records (no overnight batch).
/// </summary>
public sealed class DashboardService(AppDbContext db, MeasureEngine engine, CurrentUser user, IClock clock)
{
    /// <summary>Who may read the dashboard: the board, the SEND team and administrators, each in their own areas.</summary>
    public static readonly Role[] Readers = [Role.StrategicLead, Role.Manager, Role.Caseworker, Role.Administrator];

    public LocalDate Today => EnglishCalendar.DateOf(clock.GetCurrentInstant());

    /// <summary>The areas this user may see figures for.</summary>
    public async Task<IReadOnlyList<Area>> VisibleAreasAsync(CancellationToken ct)
    {
        var ids = user.AreasWhere(Readers);
        return await db.Areas.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Name).ToListAsync(ct);
    }

    /// <summary>
    /// The areas a query selects among those visible: one area by slug or LA code, "all", or (by default) all of them.
    /// Null when the query names an area the user may not see, which the caller answers with 404.
    /// </summary>
    public static IReadOnlyList<Area>? Select(IReadOnlyList<Area> visible, string? area)
    {
        ArgumentNullException.ThrowIfNull(visible);
        if (string.IsNullOrWhiteSpace(area) || area == "all")
        {
            return visible;
        }

        var chosen = area.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => visible.FirstOrDefault(v => v.Slug == a || v.LaCode == a))
            .ToList();
        return chosen.Any(a => a is null) ? null : [.. chosen.OfType<Area>().Distinct()];
    }

    public async Task<Dashboard?> BuildAsync(DashboardQuery query, CancellationToken ct, IReadOnlyCollection<string>? only = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var visible = await VisibleAreasAsync(ct);
        if (Select(visible, query.Area) is not { } selected)
        {
            return null;
        }

        var asAt = query.AsAt ?? Today;
        var filter = FilterFor(selected, query);
        var national = await db.NationalFigures.AsNoTracking().ToDictionaryAsync(f => f.MeasureKey, ct);
        var measures = MeasureCatalogue.All.Where(m => only is null || only.Contains(m.Key)).ToList();
        var results = (await engine.FiguresAsync(measures, filter, asAt, trends: true, ct))
            .Select(f => new MeasureResult(f.Measure, f.Cells, Total(f.Cells), f.Trend, national.GetValueOrDefault(f.Measure.Key)))
            .ToList();

        var areaIds = selected.Select(a => a.Id).ToList();
        var settings = await db.Settings.AsNoTracking().Where(s => areaIds.Contains(s.AreaId)).OrderBy(s => s.Name).ToListAsync(ct);
        return new Dashboard(asAt, visible, selected, [.. selected.SelectMany(a => a.Districts).Distinct().Order(StringComparer.Ordinal)], settings, query, results);
    }

    public static MeasureFilter FilterFor(IReadOnlyList<Area> selected, DashboardQuery query)
    {
        ArgumentNullException.ThrowIfNull(selected);
        ArgumentNullException.ThrowIfNull(query);
        return new MeasureFilter([.. selected.Select(a => a.Id)], query.District, query.Setting, query.Need, query.Age);
    }

    public static string Label(MeasureDefinition measure, string group)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return group == MeasureCatalogue.AllGroups ? "Total" : measure.LabelOf(group);
    }

    public static MeasureCell Total(IReadOnlyList<MeasureCell> cells) =>
        new(MeasureCatalogue.AllGroups, cells.Sum(c => c.Numerator), cells.Sum(c => c.Denominator));

    /// <summary>The columns of the dashboard's downloads.</summary>
    public static readonly IReadOnlyList<string> DownloadHeaders = ["measure", "title", "period", "group", "numerator", "denominator", "value"];

    /// <summary>
    /// Every figure of the dashboard, one row per measure and group (period: the date) followed by the measure's trend rows
    /// (period: the quarter): the rows both the CSV and the XLSX downloads are made from, so the two cannot disagree.
    /// </summary>
    public static IEnumerable<(bool Trend, object?[] Row)> DownloadRows(Dashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var asAt = Dates.Iso(dashboard.AsAt);
        foreach (var result in dashboard.Measures)
        {
            object?[] Row(string period, MeasureCell cell) =>
                [result.Key, result.Measure.Title, period, Label(result.Measure, cell.Group), cell.Numerator, cell.Denominator, cell.ValueFor(result.Measure.Kind)];
            foreach (var cell in result.Cells.Append(result.Total))
            {
                yield return (false, Row(asAt, cell));
            }

            foreach (var point in result.Trend)
            {
                yield return (true, Row(point.Quarter.ToString(), point.Cell with { Group = MeasureCatalogue.AllGroups }));
            }
        }
    }

    /// <summary>Every figure of the dashboard as CSV: one row per measure and group, then the trend rows.</summary>
    public static string ToCsv(Dashboard dashboard)
    {
        var csv = new StringBuilder(string.Join(",", DownloadHeaders) + "\r\n");
        foreach (var (_, row) in DownloadRows(dashboard))
        {
            csv.Append(string.Join(",", row.Select(cell => cell switch
            {
                null => string.Empty,
                string text => Csv.Cell(text),
                decimal value => value.ToString("0.#", CultureInfo.InvariantCulture),
                var other => Convert.ToString(other, CultureInfo.InvariantCulture),
            }))).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>The same figures as a workbook: the figures as at the date on one sheet, the quarterly trends on another.</summary>
    public static XlsxWorkbook ToXlsx(Dashboard dashboard)
    {
        var rows = DownloadRows(dashboard).ToList();
        return new XlsxWorkbook($"How the area is doing, {Dates.Iso(dashboard.AsAt)}")
            .AddSheet($"Figures at {Dates.Iso(dashboard.AsAt)}", DownloadHeaders, rows.Where(r => !r.Trend).Select(r => r.Row))
            .AddSheet("Quarterly trends", DownloadHeaders, rows.Where(r => r.Trend).Select(r => r.Row));
    }
}
