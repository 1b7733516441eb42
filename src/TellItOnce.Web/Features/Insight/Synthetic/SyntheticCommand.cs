using System.CommandLine;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Domain.Areas;
using TellItOnce.Web.Cli;

namespace TellItOnce.Web.Features.Insight.Synthetic;

/// <summary>
/// <c>seed synthetic --children N --areas M [--seed S] [--as-at yyyy-MM-dd]</c>: national-scale synthetic records for
/// benchmarks and demonstrations (ADR 52), loaded through the database's fast path with progress as it goes. It refuses
/// to add to a database that already holds synthetic areas.
/// </summary>
public sealed class SyntheticCommand : ICliCommand
{
    public IReadOnlyList<string> Path { get; } = ["seed", "synthetic"];

    public Command Build(IServiceProvider services)
    {
        var children = new Option<int>("--children") { Description = "How many children (2,000,000 for a national deployment).", Required = true };
        var areas = new Option<int>("--areas") { Description = "How many areas to spread them over (153 in England), at most 600.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed gives the same records.", DefaultValueFactory = _ => 1 };
        var asAt = new Option<string?>("--as-at") { Description = "The date the records run up to, yyyy-MM-dd (default today)." };
        var command = new Command("synthetic", "Load synthetic children, cases, advice and reviews for benchmarks, through COPY (PostgreSQL) or batched inserts (SQLite).")
        {
            children, areas, seed, asAt,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (count, areaCount) = (parse.GetValue(children), parse.GetValue(areas));
            if (count < 1 || areaCount < 1 || areaCount > 600)
            {
                await Console.Error.WriteLineAsync("--children must be at least 1 and --areas between 1 and 600.");
                return 2;
            }

            var clock = services.GetRequiredService<IClock>();
            LocalDate date;
            if (parse.GetValue(asAt) is { } text)
            {
                if (NodaTime.Text.LocalDatePattern.Iso.Parse(text) is not { Success: true } parsed)
                {
                    await Console.Error.WriteLineAsync("--as-at must be a date such as 2026-03-02.");
                    return 2;
                }

                date = parsed.Value;
            }
            else
            {
                date = Domain.Pathway.EnglishCalendar.DateOf(clock.GetCurrentInstant());
            }

            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.UseAuditContext(new SystemAuditContext(clock.GetCurrentInstant(), $"Synthetic data: {count} children in {areaCount} areas"));
            await using (await MigrationLock.AcquireAsync(db, ct))
            {
                await db.Database.MigrateAsync(ct);
            }

            if (await db.Areas.AnyAsync(a => a.Slug.StartsWith(SyntheticData.SlugPrefix), ct))
            {
                await Console.Error.WriteLineAsync("This database already holds synthetic areas. Load synthetic data into an empty database (or one without it). Nothing written.");
                return 1;
            }

            var data = new SyntheticData(count, areaCount, parse.GetValue(seed), date);
            var total = Stopwatch.StartNew();
            db.Areas.AddRange(data.AreaRows().Select(a => new Area { Id = a.Id, Slug = a.Slug, LaCode = a.LaCode, Name = a.Name, ReferencePrefix = "Y", Districts = ["North", "South", "East", "West", "Central"] }));
            await db.SaveChangesAsync(ct);

            var written = await LoadAsync(db, data, ct);
            var load = total.Elapsed;
            // PostgreSQL: VACUUM as well, so the visibility map lets the dashboard's covering indexes be read alone (ADR 50).
            await Console.Error.WriteAsync("\rGathering planner statistics (ANALYZE)...                    ");
            var loaded = string.Join(", ", SyntheticData.Tables.Select(t => $"\"{t.Name}\"").Prepend("\"Areas\""));
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? $"VACUUM ANALYZE {loaded}" : "ANALYZE", ct);
            await Console.Error.WriteLineAsync();
            foreach (var (table, rows, time) in written)
            {
                await Console.Out.WriteLineAsync($"{table}: {rows:N0} rows in {time.TotalSeconds:0.0} s ({rows / Math.Max(time.TotalSeconds, 0.001):N0} rows/s)");
            }

            var all = written.Sum(w => w.Rows);
            await Console.Out.WriteLineAsync($"Loaded {all:N0} rows in {load.TotalSeconds:0.0} s ({all / Math.Max(load.TotalSeconds, 0.001):N0} rows/s); with VACUUM and ANALYZE {total.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        });
        return command;
    }

    private static async Task<IReadOnlyList<(string Table, long Rows, TimeSpan Time)>> LoadAsync(AppDbContext db, SyntheticData data, CancellationToken ct)
    {
        var progress = TableProgress.Reporter("Loading");

        if (db.Database.IsNpgsql())
        {
            var connectionString = db.Database.GetConnectionString()!;
            return await data.WriteAsync(() => new PostgresCopySink(connectionString), together: true, progress, ct);
        }

        await using var sqlite = new SqliteConnection(db.Database.GetConnectionString());
        await sqlite.OpenAsync(ct);
        await using (var pragma = sqlite.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(ct);
        }

        var sink = new SqliteBatchSink(sqlite);
        return await data.WriteAsync(() => sink, together: false, progress, ct);
    }
}
