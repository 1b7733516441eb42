using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Web.Features.Insight;

/// <summary>
/// The dashboard's measures on a national-scale PostgreSQL database: each measure's statements alone, then the whole
/// dashboard for one area and for every area, through the same <see cref="MeasureEngine"/> the app uses.
/// Usage: dotnet run -c Release --project bench/TellItOnce.Benchmarks insight "Host=...;Database=tellitonce_bench" [area-slug] [runs]
/// </summary>
internal static class InsightBench
{
    public static async Task RunAsync(string connectionString, string slug, int runs, bool allAreas)
    {
        var asAt = new LocalDate(2026, 3, 2);
        var audit = new SystemAuditContext(Instant.FromUtc(2026, 3, 2, 10, 0), "Benchmark");
        await using var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options, audit);
        var areas = await db.Areas.AsNoTracking().Select(a => new { a.Id, a.Slug }).ToListAsync();
        var area = areas.Single(a => a.Slug == slug).Id;
        var engine = new MeasureEngine(db);
        var one = new MeasureFilter([area]);
        var all = new MeasureFilter([.. areas.Select(a => a.Id)]);

        Console.WriteLine($"| {slug}: measure | headline ms | trend ms |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var measure in MeasureCatalogue.All)
        {
            var headline = await TimeAsync(3, () => engine.CellsAsync(measure, one, asAt, CancellationToken.None));
            var trend = measure.Trend ? await TimeAsync(3, () => engine.TrendAsync(measure, one, asAt, CancellationToken.None)) : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {measure.Key} | {headline:0.0} | {trend:0.0} |"));
        }

        // A scorecard's work: every trend measure as an indicator over the scorecard's 8 quarters, one batch (OutcomesService).
        TrendRequest[] indicators = [.. MeasureCatalogue.All.Where(m => m.Trend).Select(m => new TrendRequest(m, one))];
        await ReportAsync($"PostgreSQL scorecard-shaped batch ({indicators.Length} indicator trends, 8 quarters), {slug}", runs,
            () => engine.TrendsAsync(indicators, asAt, OutcomesService.ScorecardQuarters, CancellationToken.None));

        var postgresOne = await ReportAsync($"PostgreSQL dashboard, {slug}", runs, () => engine.FiguresAsync(MeasureCatalogue.All, one, asAt, trends: true, CancellationToken.None));
        var postgresAll = allAreas ? await ReportAsync("PostgreSQL dashboard, all areas", Math.Max(3, runs / 10), () => engine.FiguresAsync(MeasureCatalogue.All, all, asAt, trends: true, CancellationToken.None)) : null;

        // The same rows in DuckDB: exported by `export facts`' code, loaded from CSV, the same SQL through the same engine.
        var folder = Path.Combine(Path.GetTempPath(), "tellitonce-facts");
        var export = Stopwatch.StartNew();
        var written = await new FactsExport(db).WriteAsync(folder, [], (_, _) => { }, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"export facts: {written.Sum(w => w.Rows):N0} rows in {export.Elapsed.TotalSeconds:0.0} s"));
        await using var anchor = new DuckDBConnection(DuckDb);
        await anchor.OpenAsync();
        var load = Stopwatch.StartNew();
        foreach (var table in FactsExport.Tables)
        {
            await using var create = anchor.CreateCommand();
            var columns = string.Join(", ", table.Columns.Select(c => $"'{c.Name}': '{DuckDbType(c.Type)}'"));
            create.CommandText = $"CREATE OR REPLACE TABLE \"{table.Name}\" AS SELECT * FROM read_csv('{Path.Combine(folder, table.Name + ".csv")}', header = true, columns = {{{columns}}})";
            await create.ExecuteNonQueryAsync();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DuckDB {DuckDBConnectionVersion(anchor)}: facts loaded in {load.Elapsed.TotalSeconds:0.0} s"));
        var duck = new MeasureEngine(DuckDbDialect.Instance, () => new DuckDBConnection(DuckDb), Math.Clamp(Environment.ProcessorCount, 2, 4));
        Same(await engine.FiguresAsync(MeasureCatalogue.All, one, asAt, trends: true, CancellationToken.None), await duck.FiguresAsync(MeasureCatalogue.All, one, asAt, trends: true, CancellationToken.None));
        var duckOne = await ReportAsync($"DuckDB dashboard, {slug}", runs, () => duck.FiguresAsync(MeasureCatalogue.All, one, asAt, trends: true, CancellationToken.None));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio PostgreSQL / DuckDB, {slug}: p50 {Median(postgresOne) / Median(duckOne):0.00}"));
        if (postgresAll is not null)
        {
            Same(await engine.FiguresAsync(MeasureCatalogue.All, all, asAt, trends: true, CancellationToken.None), await duck.FiguresAsync(MeasureCatalogue.All, all, asAt, trends: true, CancellationToken.None));
            var duckAll = await ReportAsync("DuckDB dashboard, all areas", Math.Max(3, runs / 10), () => duck.FiguresAsync(MeasureCatalogue.All, all, asAt, trends: true, CancellationToken.None));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio PostgreSQL / DuckDB, all areas: p50 {Median(postgresAll) / Median(duckAll):0.00}"));
        }
    }

    private const string DuckDb = "Data Source=:memory:?cache=shared";

    private static string DuckDbType(FactType type) => type switch
    {
        FactType.Uuid => "UUID",
        FactType.Date => "DATE",
        FactType.Boolean => "BOOLEAN",
        FactType.WholeNumber => "INTEGER",
        _ => "VARCHAR",
    };

    private static string DuckDBConnectionVersion(DuckDBConnection connection) => connection.ServerVersion;

    private static double Median(List<double> timings) => timings[timings.Count / 2];

    /// <summary>The two databases must give the same figures, or the comparison means nothing.</summary>
    private static void Same(IReadOnlyList<MeasureFigures> postgres, IReadOnlyList<MeasureFigures> duck)
    {
        for (var i = 0; i < postgres.Count; i++)
        {
            if (!postgres[i].Cells.SequenceEqual(duck[i].Cells) || !postgres[i].Trend.SequenceEqual(duck[i].Trend))
            {
                throw new InvalidOperationException($"{postgres[i].Measure.Key}: DuckDB's figures differ from PostgreSQL's.");
            }
        }

        Console.WriteLine($"DuckDB and PostgreSQL agree on all {postgres.Count} measures, {postgres.Sum(p => p.Cells.Count + p.Trend.Count)} figures.");
    }

    public static async Task<List<double>> ReportAsync<T>(string name, int runs, Func<Task<T>> work)
    {
        await work();
        var timings = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            timings.Add(await TimeAsync(1, work));
        }

        timings.Sort();
        double At(double q) => timings[(int)Math.Ceiling(q * timings.Count) - 1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: runs {runs}, p50 {At(0.5):0.0} ms, p95 {At(0.95):0.0} ms, max {timings[^1]:0.0} ms"));
        return timings;
    }

    private static async Task<double> TimeAsync<T>(int runs, Func<Task<T>> work)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
