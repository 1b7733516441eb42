using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Domain.People;
using TellItOnce.Web.Features.LocalOffer;

// Times the Local Offer search and the Open Referral list at 20,000 synthetic services, on SQLite and (when
// TELLITONCE_BENCH_POSTGRES names a server) PostgreSQL. Usage: dotnet run -c Release --project bench/TellItOnce.Benchmarks [services]
if (args is ["pathway", ..])
{
    await PathwayBench.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000,
        args.Length > 2 && args[2] == "postgres" ? TellItOnce.Data.DatabaseProvider.Postgres : TellItOnce.Data.DatabaseProvider.Sqlite);
    return;
}

if (args is ["insight", var insightDatabase, ..])
{
    await InsightBench.RunAsync(insightDatabase, args.Length > 2 ? args[2] : "area-1", args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 40, args.Contains("all"));
    return;
}

if (args is ["insight-bdn", ..])
{
    TellItOnce.Benchmarks.DashboardBenchmarks.Run(args.Length > 1 ? args[1] : "synthetic-1");
    return;
}

if (args is ["outbox", ..])
{
    await OutboxBench.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000);
    return;
}

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var now = Instant.FromUtc(2026, 3, 2, 10, 0);
var audit = new SystemAuditContext(now, "Benchmark data");

var sqlitePath = Path.Combine(Path.GetTempPath(), $"tellitonce-bench-{Guid.NewGuid():N}.db");
try
{
    await using (var sqlite = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={sqlitePath}").Options, audit))
    {
        await RunAsync("SQLite", sqlite, count, now);
    }

    if (Environment.GetEnvironmentVariable("TELLITONCE_BENCH_POSTGRES") is { Length: > 0 } server)
    {
        var name = $"tio_bench_{Guid.NewGuid():N}";
        var database = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        await using var pg = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(database).Options, audit);
        try
        {
            await RunAsync("PostgreSQL", pg, count, now);
        }
        finally
        {
            await pg.Database.EnsureDeletedAsync();
        }
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    File.Delete(sqlitePath);
}

static async Task RunAsync(string provider, AppDbContext db, int count, Instant now)
{
    var load = Stopwatch.StartNew();
    await db.Database.MigrateAsync();
    await SeedAsync(db, count, now);

    // Planner statistics, as a deployment gathers them (ANALYZE on both providers; see docs/performance.md).
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
    Console.WriteLine($"{provider}: {count:N0} services loaded in {load.Elapsed.TotalSeconds:0.0} s");
    var search = new LocalOfferSearch(db);
    var near = PostcodeDistricts.Find("NS1 4AB")!.Centre;
    (string Name, SearchCriteria Criteria, bool Oruk)[] cases =
    [
        ("family: no filters, page 1", new SearchCriteria(), false),
        ("family: words \"autism support\"", new SearchCriteria { Words = "autism support" }, false),
        ("family: autism, age 9, ASD, 5 miles of NS1", new SearchCriteria { Words = "autism", Age = 9, Need = NeedType.ASD, Near = near, WithinMiles = 5, Sort = SearchSort.Distance }, false),
        ("family: category + free + Saturday", new SearchCriteria { Category = ServiceCategory.Leisure, FreeOnly = true, Day = DaySet.Saturday }, false),
        ("family: district + age, page 50", new SearchCriteria { District = "Kirkfield", Age = 12, Page = 50 }, false),
        ("family: 10 miles of NS1, by distance", new SearchCriteria { Near = near, WithinMiles = 10, Sort = SearchSort.Distance }, false),
        ("ORUK /services per_page=50", new SearchCriteria { PerPage = 50 }, true),
        ("ORUK /services search=speech per_page=50", new SearchCriteria { Words = "speech", PerPage = 50 }, true),
        ("ORUK /services page=200 per_page=50", new SearchCriteria { Page = 200, PerPage = 50 }, true),
    ];

    Console.WriteLine($"| {provider} query | results | p50 ms | p95 ms | max ms |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var (name, criteria, oruk) in cases)
    {
        var timings = new List<double>();
        var total = 0;
        for (var i = 0; i < 220; i++)
        {
            db.ChangeTracker.Clear();
            var watch = Stopwatch.StartNew();
            var page = await search.SearchAsync(criteria, CancellationToken.None);
            if (oruk)
            {
                var contents = page.Items.Select(s => OpenReferralMapping.Summary(s.Service, s.OrganisationName)).ToList();
                _ = JsonSerializer.Serialize(new OrukPage<OrukServiceRef>(page.Total, page.TotalPages, page.Page, contents.Count, page.Page == 1,
                    page.Page >= page.TotalPages, page.Total == 0, contents), OpenReferralMapping.Json);
            }

            watch.Stop();
            total = page.Total;
            if (i >= 20)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        double At(double q) => timings[(int)Math.Ceiling(q * timings.Count) - 1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {total:N0} | {At(0.5):0.0} | {At(0.95):0.0} | {timings[^1]:0.0} |"));
    }
}

static async Task SeedAsync(AppDbContext db, int count, Instant now)
{
    var random = new Random(42);
    var area = new Area { Id = Guid.CreateVersion7(), LaCode = "999", Name = "Benchshire", Slug = "benchshire", Districts = ["Northby", "Easton Vale", "Ashbridge", "Kirkfield", "Westmere"] };
    db.Areas.Add(area);
    var organisations = Enumerable.Range(1, 200).Select(i => new Organisation { Id = Guid.CreateVersion7(), Name = $"Provider {i}", Kind = OrganisationKind.ServiceProvider }).ToList();
    db.Organisations.AddRange(organisations);
    await db.SaveChangesAsync();
    string[] words = ["autism", "support", "group", "speech", "language", "therapy", "swimming", "club", "parents", "carers", "advice", "dyslexia",
        "sensory", "play", "youth", "employment", "travel", "training", "sleep", "wellbeing", "football", "music", "art", "holiday", "short", "breaks"];
    var districts = PostcodeDistricts.All.ToList();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    for (var batch = 0; batch < count; batch += 1000)
    {
        for (var i = batch; i < Math.Min(count, batch + 1000); i++)
        {
            var district = districts[random.Next(districts.Count)];
            var min = random.Next(0, 18);
            var details = new ServiceDetails
            {
                Name = $"{district.Place} {words[random.Next(words.Length)]} {words[random.Next(words.Length)]} {i}",
                Description = string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)])),
                Category = (ServiceCategory)random.Next(7),
                Needs = (NeedSet)(random.Next(1 << 13) & random.Next(1 << 13)),
                MinimumAge = min,
                MaximumAge = Math.Min(25, min + random.Next(2, 12)),
                IsFree = random.Next(3) > 0,
                Days = (DaySet)random.Next(1, 128),
                OpensAt = new LocalTime(random.Next(8, 17), 0),
                ClosesAt = new LocalTime(random.Next(17, 22), 0),
                District = district.Place,
                Postcode = $"{district.Outcode} 1AA",
                Latitude = district.Centre.Latitude + ((random.NextDouble() - 0.5) * 0.05),
                Longitude = district.Centre.Longitude + ((random.NextDouble() - 0.5) * 0.08),
            };
            var service = new LocalOfferService
            {
                Id = Guid.CreateVersion7(),
                AreaId = area.Id,
                OrganisationId = organisations[random.Next(organisations.Count)].Id,
                LocationId = Guid.CreateVersion7(),
                ServiceAtLocationId = Guid.CreateVersion7(),
            };
            service.Publish(details, new LocalDate(2026, 1, 1).PlusDays(-random.Next(0, 600)), now.Minus(Duration.FromHours(random.Next(0, 20_000))));
            db.LocalOfferServices.Add(service);
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    db.ChangeTracker.AutoDetectChangesEnabled = true;
}
