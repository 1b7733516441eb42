using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Web.Features.Insight;

namespace TellItOnce.Benchmarks;

/// <summary>
/// BenchmarkDotNet's view of the same in-process work as <see cref="InsightBench"/>: one area's dashboard (every measure
/// and trend) and its drill-down list, on the national PostgreSQL database named by TELLITONCE_BENCH_INSIGHT.
/// Usage: TELLITONCE_BENCH_INSIGHT="Host=...;Database=..." dotnet run -c Release --project bench/TellItOnce.Benchmarks insight-bdn [area-slug]
/// </summary>
[MemoryDiagnoser]
public class DashboardBenchmarks : IDisposable
{
    private PostgresAppDbContext _db = null!;
    private MeasureEngine _engine = null!;
    private MeasureFilter _filter = null!;
    private readonly LocalDate _asAt = new(2026, 3, 2);

    public static string Area { get; set; } = "synthetic-1";

    [GlobalSetup]
    public void Setup()
    {
        var connection = Environment.GetEnvironmentVariable("TELLITONCE_BENCH_INSIGHT") ?? throw new InvalidOperationException("Set TELLITONCE_BENCH_INSIGHT.");
        _db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).Options, new SystemAuditContext(Instant.FromUtc(2026, 3, 2, 10, 0), "Benchmark"));
        _engine = new MeasureEngine(_db);
        _filter = new MeasureFilter([_db.Areas.AsNoTracking().Single(a => a.Slug == Area).Id]);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _db?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "Dashboard, one area, every measure and trend")]
    public Task<IReadOnlyList<MeasureFigures>> Dashboard() => _engine.FiguresAsync(MeasureCatalogue.All, _filter, _asAt, trends: true, CancellationToken.None);

    [Benchmark(Description = "Drill-down: overdue annual reviews, first 200")]
    public Task<IReadOnlyList<DrillRow>> Drill() => _engine.DrillAsync(MeasureCatalogue.Find("annual-reviews")!, _filter, _asAt, "Overdue", numeratorOnly: false, 200, CancellationToken.None);

    public static void Run(string area)
    {
        Area = area;
        var job = Job.Default.WithToolchain(InProcessNoEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15).WithEnvironmentVariable("TELLITONCE_BENCH_INSIGHT", Environment.GetEnvironmentVariable("TELLITONCE_BENCH_INSIGHT") ?? string.Empty);
        BenchmarkRunner.Run<DashboardBenchmarks>(ManualConfig.Create(DefaultConfig.Instance).AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator));
    }
}
