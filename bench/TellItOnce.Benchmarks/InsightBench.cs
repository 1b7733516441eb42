using System.Diagnostics;
using System.Globalization;
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

        await ReportAsync($"Dashboard, {slug}", runs, () => engine.FiguresAsync(MeasureCatalogue.All, one, asAt, trends: true, CancellationToken.None));
        if (!allAreas)
        {
            return;
        }

        await ReportAsync("Dashboard, all areas", Math.Max(3, runs / 10), () => engine.FiguresAsync(MeasureCatalogue.All, all, asAt, trends: true, CancellationToken.None));
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
