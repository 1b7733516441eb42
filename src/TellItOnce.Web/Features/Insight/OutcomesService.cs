using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Insight;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Insight;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;
using TellItOnce.Web.Shared.Xlsx;

namespace TellItOnce.Web.Features.Insight;

public sealed record IndicatorRow(
    OutcomeIndicator Indicator,
    IReadOnlyList<(Quarter Quarter, decimal? Value)> Values,
    decimal? Latest,
    Quarter? LatestQuarter,
    RagRating Rag,
    string? Commentary,
    string SourceText);

public sealed record StatementRow(OutcomeStatement Statement, IReadOnlyList<IndicatorRow> Indicators);

public sealed record Scorecard(Area Area, IReadOnlyList<Area> Areas, OutcomeFramework? Framework, LocalDate AsAt, IReadOnlyList<Quarter> Quarters, IReadOnlyList<StatementRow> Statements);

/// <summary>
/// Outcomes frameworks and the scorecard: an area's outcome statements and indicators, each indicator's figures per
/// quarter (computed by the dashboard's measures, entered by hand, or from a linked source), target and RAG rating.
/// </summary>
public sealed class OutcomesService(AppDbContext db, MeasureEngine engine, CurrentUser user, IClock clock, IEnumerable<IIndicatorValueSource> linkedSources)
{
    public const int ScorecardQuarters = 8;

    /// <summary>Who may write a quarter's figure and commentary: the board, managers and administrators.</summary>
    public static readonly Role[] Commentators = [Role.StrategicLead, Role.Manager, Role.Administrator];

    public LocalDate Today => Domain.Pathway.EnglishCalendar.DateOf(clock.GetCurrentInstant());

    public IReadOnlyList<IIndicatorValueSource> LinkedSources { get; } = [.. linkedSources];

    public async Task<IReadOnlyList<Area>> AreasAsync(IReadOnlyList<Role> roles, CancellationToken ct)
    {
        var ids = user.AreasWhere([.. roles]);
        return await db.Areas.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Name).ToListAsync(ct);
    }

    /// <summary>The scorecard of the area's framework in use; null when the user may not see the area.</summary>
    public async Task<Scorecard?> ScorecardAsync(string? areaSlug, LocalDate? asAt, CancellationToken ct)
    {
        var areas = await AreasAsync(DashboardService.Readers, ct);
        var area = string.IsNullOrWhiteSpace(areaSlug) ? (areas.Count > 0 ? areas[0] : null) : areas.FirstOrDefault(a => a.Slug == areaSlug || a.LaCode == areaSlug);
        if (area is null)
        {
            return null;
        }

        var date = asAt ?? Today;
        var quarters = Quarter.Ending(date, ScorecardQuarters);
        var framework = await Frameworks().AsNoTracking().FirstOrDefaultAsync(f => f.AreaId == area.Id && f.InUse, ct);
        if (framework is null)
        {
            return new Scorecard(area, areas, null, date, quarters, []);
        }

        var measured = await MeasuredAsync(area, [.. framework.Statements.SelectMany(s => s.Indicators)], date, quarters, ct);
        var statements = new List<StatementRow>();
        foreach (var statement in framework.Statements.OrderBy(s => s.Order))
        {
            var rows = new List<IndicatorRow>();
            foreach (var indicator in statement.Indicators.OrderBy(i => i.Order))
            {
                rows.Add(await RowAsync(area, indicator, measured, quarters, ct));
            }

            statements.Add(new StatementRow(statement, rows));
        }

        return new Scorecard(area, areas, framework, date, quarters, statements);
    }

    /// <summary>
    /// The values of every indicator computed from the records, by quarter: the trends run side by side in one batch
    /// (a measure without a trend gives only the latest quarter).
    /// </summary>
    private async Task<Dictionary<Guid, Dictionary<Quarter, decimal?>>> MeasuredAsync(Area area, IReadOnlyList<OutcomeIndicator> indicators, LocalDate asAt, IReadOnlyList<Quarter> quarters, CancellationToken ct)
    {
        var measured = indicators
            .Where(i => i.Source == IndicatorSource.Measure)
            .Select(i => (Indicator: i, Measure: MeasureCatalogue.Find(i.MeasureKey)!))
            .Where(x => x.Measure is not null)
            .Select(x => (x.Indicator, x.Measure, Filter: new MeasureFilter([area.Id], Need: Enum.TryParse<NeedType>(x.Indicator.FilterNeed, out var need) ? need : null, AgeGroup: x.Indicator.FilterAgeGroup)))
            .ToList();
        var trends = measured.Where(x => x.Measure.Trend).ToList();
        var points = await engine.TrendsAsync([.. trends.Select(x => new TrendRequest(x.Measure, x.Filter, x.Indicator.MeasureGroup))], asAt, quarters.Count, ct);
        var values = trends.Select((x, i) => (x.Indicator.Id, Values: points[i].ToDictionary(p => p.Quarter, p => p.Cell.ValueFor(x.Measure.Kind))))
            .ToDictionary(x => x.Id, x => x.Values);
        foreach (var (indicator, measure, filter) in measured.Where(x => !x.Measure.Trend))
        {
            var cells = await engine.CellsAsync(measure, filter, asAt, ct);
            var cell = indicator.MeasureGroup is { } g ? cells.FirstOrDefault(c => c.Group == g) ?? new MeasureCell(g, 0, 0) : DashboardService.Total(cells);
            values[indicator.Id] = new() { [quarters[^1]] = cell.ValueFor(measure.Kind) };
        }

        return values;
    }

    private async Task<IndicatorRow> RowAsync(Area area, OutcomeIndicator indicator, Dictionary<Guid, Dictionary<Quarter, decimal?>> measured, IReadOnlyList<Quarter> quarters, CancellationToken ct)
    {
        var values = quarters.ToDictionary(q => q, _ => (decimal?)null);
        string sourceText;
        switch (indicator.Source)
        {
            case IndicatorSource.Measure when MeasureCatalogue.Find(indicator.MeasureKey) is { } measure:
                foreach (var (quarter, value) in measured[indicator.Id])
                {
                    values[quarter] = value;
                }

                sourceText = $"From the records: {measure.Title}{(indicator.MeasureGroup is { } group ? $" ({measure.LabelOf(group)})" : string.Empty)}";
                break;
            case IndicatorSource.Linked when LinkedSources.FirstOrDefault(s => s.Key == indicator.LinkedSource) is { } source:
                foreach (var linked in await source.ValuesAsync(area.Id, indicator.LinkedReference ?? string.Empty, ct))
                {
                    if (values.ContainsKey(linked.Quarter))
                    {
                        values[linked.Quarter] = linked.Value;
                    }
                }

                sourceText = $"From {source.Name}";
                break;
            case IndicatorSource.Linked:
                sourceText = $"Linked to \"{indicator.LinkedSource}\", which is not available";
                break;
            case IndicatorSource.Measure:
                sourceText = $"Measure \"{indicator.MeasureKey}\" is not in the catalogue";
                break;
            default:
                sourceText = "Entered each quarter";
                break;
        }

        foreach (var period in indicator.Periods)
        {
            if (indicator.Source == IndicatorSource.Entered && Quarter.TryParse(period.Period, out var q) && values.ContainsKey(q))
            {
                values[q] = period.Value;
            }
        }

        var ordered = quarters.Select(q => (q, values[q])).ToList();
        var latest = ordered.LastOrDefault(v => v.Item2 is not null);
        var commentary = indicator.Periods.Where(p => !string.IsNullOrWhiteSpace(p.Commentary))
            .OrderByDescending(p => p.Period, StringComparer.Ordinal).Select(p => $"{p.Period}: {p.Commentary}").FirstOrDefault();
        return new IndicatorRow(indicator, ordered, latest.Item2, latest.Item2 is null ? null : latest.q,
            Rag.Of(latest.Item2, indicator.Target, indicator.AmberThreshold, indicator.Direction), commentary, sourceText);
    }

    public async Task<IReadOnlyList<OutcomeFramework>> FrameworksAsync(CancellationToken ct)
    {
        var areas = user.AreasWhere(Role.Administrator);
        return await Frameworks().AsNoTracking().Where(f => areas.Contains(f.AreaId)).OrderBy(f => f.Name).ToListAsync(ct);
    }

    /// <summary>Adds a framework to one of the administrator's areas; the first one becomes the area's framework in use.</summary>
    public async Task<Outcome<OutcomeFramework>> ImportAsync(Guid areaId, FrameworkDocument document, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!user.AreasWhere(Role.Administrator).Contains(areaId))
        {
            errors.Add("area", "Choose an area you administer");
        }

        foreach (var problem in document.Problems())
        {
            errors.Add("json", problem);
        }

        if (errors.Any)
        {
            return Outcome<OutcomeFramework>.Failure(errors.ToDictionary());
        }

        var framework = document.ToFramework(areaId);
        framework.InUse = !await db.OutcomeFrameworks.AnyAsync(f => f.AreaId == areaId && f.InUse, ct);
        db.OutcomeFrameworks.Add(framework);
        await db.SaveChangesAsync(ct);
        return Outcome<OutcomeFramework>.Success(framework);
    }

    public async Task<FrameworkDocument?> ExportAsync(Guid id, CancellationToken ct)
    {
        var areas = user.AreasWhere(DashboardService.Readers);
        var framework = await Frameworks().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && areas.Contains(f.AreaId), ct);
        return framework is null ? null : FrameworkDocument.From(framework);
    }

    public async Task<bool> UseAsync(Guid id, CancellationToken ct)
    {
        var areas = user.AreasWhere(Role.Administrator);
        var framework = await db.OutcomeFrameworks.FirstOrDefaultAsync(f => f.Id == id && areas.Contains(f.AreaId), ct);
        if (framework is null)
        {
            return false;
        }

        foreach (var other in await db.OutcomeFrameworks.Where(f => f.AreaId == framework.AreaId && f.InUse && f.Id != id).ToListAsync(ct))
        {
            other.InUse = false;
        }

        framework.InUse = true;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>An indicator with its framework's area, when the user holds one of the roles there.</summary>
    public async Task<(OutcomeIndicator Indicator, Guid AreaId)?> IndicatorAsync(Guid id, IReadOnlyList<Role> roles, CancellationToken ct)
    {
        var areas = user.AreasWhere([.. roles]);
        var found = await (
            from i in db.OutcomeIndicators.Include(i => i.Periods)
            join s in db.Set<OutcomeStatement>() on i.StatementId equals s.Id
            join f in db.OutcomeFrameworks on s.FrameworkId equals f.Id
            where i.Id == id && areas.Contains(f.AreaId)
            select new { i, f.AreaId }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.i, found.AreaId);
    }

    public async Task SaveAsync(CancellationToken ct) => await db.SaveChangesAsync(ct);

    /// <summary>Sets a quarter's entered figure (entered indicators only) and the board's commentary.</summary>
    public static void SetPeriod(OutcomeIndicator indicator, Quarter quarter, decimal? value, string? commentary)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var key = quarter.ToString();
        var period = indicator.Periods.FirstOrDefault(p => p.Period == key);
        if (period is null)
        {
            period = new IndicatorPeriod { Id = Guid.CreateVersion7(), IndicatorId = indicator.Id, Period = key };
            indicator.Periods.Add(period);
        }

        if (indicator.Source == IndicatorSource.Entered)
        {
            period.Value = value;
        }

        period.Commentary = string.IsNullOrWhiteSpace(commentary) ? null : commentary.Trim();
    }

    public static string ToCsv(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var csv = new StringBuilder("outcome,indicator,unit,target,direction,rag,owner," + string.Join(",", scorecard.Quarters) + ",commentary\r\n");
        foreach (var statement in scorecard.Statements)
        {
            foreach (var row in statement.Indicators)
            {
                var i = row.Indicator;
                csv.Append(CultureInfo.InvariantCulture,
                    $"{Csv.Cell(statement.Statement.Text)},{Csv.Cell(i.Title)},{Csv.Cell(i.Unit)},{i.Target},{i.Direction},{row.Rag},{Csv.Cell(i.Owner ?? string.Empty)},");
                csv.Append(string.Join(",", row.Values.Select(v => v.Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty)));
                csv.Append(CultureInfo.InvariantCulture, $",{Csv.Cell(row.Commentary ?? string.Empty)}\r\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>The scorecard as a workbook: one row per indicator, with each quarter's value as a number.</summary>
    public static XlsxWorkbook ToXlsx(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        string[] headers = ["outcome", "indicator", "unit", "target", "direction", "rag", "owner", .. scorecard.Quarters.Select(q => q.ToString()), "commentary"];
        var rows = scorecard.Statements.SelectMany(statement => statement.Indicators.Select(row => (IReadOnlyList<object?>)
        [
            statement.Statement.Text, row.Indicator.Title, row.Indicator.Unit, row.Indicator.Target, row.Indicator.Direction.ToString(), row.Rag.ToString(),
            row.Indicator.Owner, .. row.Values.Select(v => (object?)v.Value), row.Commentary,
        ]));
        return new XlsxWorkbook($"Scorecard, {scorecard.Area.Name}, {Dates.Iso(scorecard.AsAt)}").AddSheet("Scorecard", headers, rows);
    }

    private IQueryable<OutcomeFramework> Frameworks() =>
        db.OutcomeFrameworks.AsSplitQuery().Include(f => f.Statements).ThenInclude(s => s.Indicators).ThenInclude(i => i.Periods);
}
