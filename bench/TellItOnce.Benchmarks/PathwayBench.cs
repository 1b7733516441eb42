using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Testing;

/// <summary>
/// "My cases" and the case page with many cases: the real app in process (the demo area seeded, then <c>count</c>
/// synthetic open cases, all the demo caseworker's), timed through HttpClient over the whole ASP.NET Core pipeline.
/// Usage: dotnet run -c Release --project bench/TellItOnce.Benchmarks pathway [cases] [sqlite|postgres]
/// </summary>
internal static class PathwayBench
{
    private const int Warmup = 5;
    private const int Runs = 40;

    public static async Task RunAsync(int count, DatabaseProvider provider)
    {
        // The web project's folder as the content root (test projects get it from Mvc.Testing's build manifest).
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "src", "TellItOnce.Web")))
        {
            root = root.Parent;
        }

        var web = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Run from inside the repository."), "src", "TellItOnce.Web");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_TELLITONCE_WEB", web);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_TellItOnce_Web", web);
        await using var app = new TellItOnceApp(provider);
        await app.InitializeAsync();
        var load = Stopwatch.StartNew();
        var caseIds = await SeedAsync(app, count);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
        Console.WriteLine($"{provider}: {count:N0} cases loaded in {load.Elapsed.TotalSeconds:0.0} s");

        var caseworker = await app.SignedInAsync(DemoUsers.Caseworker);
        var manager = await app.SignedInAsync(DemoUsers.Manager);
        var random = new Random(42);
        (string Name, HttpClient Client, Func<string> Url)[] pages =
        [
            ("My cases, first page (deadline order)", caseworker, () => "/work"),
            ("My cases, filtered: stage Assessing", caseworker, () => "/work?Stage=Assessing"),
            ("My cases, filtered: need ASD, overdue only", caseworker, () => "/work?Need=ASD&Overdue=true"),
            ("My cases, sorted by name, page 200", caseworker, () => "/work?Sort=Name&p=200"),
            ("Team's cases (manager), first page", manager, () => "/work"),
            ("Case page (random case)", caseworker, () => $"/cases/{caseIds[random.Next(caseIds.Count)]}"),
        ];

        // CPU per request (this process: the app and the client) beside the wall-clock times, which on a shared machine
        // include waiting for a core.
        Console.WriteLine($"| {provider} page | p50 ms | p95 ms | max ms | CPU ms per request |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, client, url) in pages)
        {
            var timings = new List<double>();
            var cpu = TimeSpan.Zero;
            for (var i = 0; i < Warmup + Runs; i++)
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url());
                var body = await response.Content.ReadAsStringAsync();
                watch.Stop();
                if (!response.IsSuccessStatusCode || body.Length == 0)
                {
                    throw new InvalidOperationException($"{name}: {(int)response.StatusCode}");
                }

                if (i >= Warmup)
                {
                    timings.Add(watch.Elapsed.TotalMilliseconds);
                    cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                }
            }

            timings.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Percentile(timings, 0.50):0.0} | {Percentile(timings, 0.95):0.0} | {timings[^1]:0.0} | {cpu.TotalMilliseconds / Runs:0.0} |"));
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>
    /// Open cases at every stage of the pathway, requests received over the last two years, each with its own child (a
    /// primary need, a setting, a family contact); cases being assessed have three advice requests, some received.
    /// </summary>
    private static async Task<IReadOnlyList<Guid>> SeedAsync(TellItOnceApp app, int count)
    {
        var ids = new List<Guid>(count);
        var today = new LocalDate(2026, 3, 2);
        CaseStage[] stages = [CaseStage.NewRequest, CaseStage.Assessing, CaseStage.Assessing, CaseStage.DraftIssued, CaseStage.PlanIssued, CaseStage.PlanIssued, CaseStage.PlanIssued, CaseStage.InAnnualReview];
        var needs = Enum.GetValues<NeedType>();
        for (var batch = 0; batch < count; batch += 1000)
        {
            var made = await app.WithDbAsync(async db =>
            {
                var area = await db.Areas.SingleAsync(a => a.Slug == DemoAreaSeeder.AreaSlug);
                var caseworker = await db.Users.SingleAsync(u => u.Email == DemoUsers.Caseworker);
                var settings = await db.Settings.Where(s => s.AreaId == area.Id).Select(s => s.Id).ToListAsync();
                var organisation = await db.Organisations.Where(o => o.Kind == OrganisationKind.EducationalPsychologyService).Select(o => o.Id).FirstAsync();
                var made = new List<Guid>();
                for (var k = batch; k < Math.Min(count, batch + 1000); k++)
                {
                    var stage = stages[k % stages.Length];
                    var received = today.PlusDays(-(k * 7919 % 700) - (stage is CaseStage.PlanIssued or CaseStage.InAnnualReview ? 200 : 0));
                    var child = new Child
                    {
                        Id = Guid.CreateVersion7(),
                        AreaId = area.Id,
                        GivenName = $"Bench{k % 97}",
                        FamilyName = $"Family{k:00000}",
                        DateOfBirth = new LocalDate(2010, 1, 1).PlusDays(k * 31 % 5000),
                        PrimaryNeed = needs[k % needs.Length],
                        CurrentSettingId = settings[k % settings.Count],
                        LargePrint = k % 10 == 0,
                    };
                    var c = new EhcCase
                    {
                        Id = Guid.CreateVersion7(),
                        AreaId = area.Id,
                        ChildId = child.Id,
                        Reference = $"BN-{k:000000}",
                        CaseworkerId = caseworker.Id,
                        Stage = stage,
                        RequestedBy = (RequesterKind)(k % 4),
                        RequestReceived = received,
                        Version = Guid.NewGuid(),
                    };
                    if (stage != CaseStage.NewRequest)
                    {
                        c.AgreedToAssess = true;
                        c.DecisionToAssessOn = received.PlusDays(35);
                    }

                    if (stage == CaseStage.Assessing)
                    {
                        foreach (var source in new[] { AdviceSource.Education, AdviceSource.Health, AdviceSource.EducationalPsychology })
                        {
                            c.AdviceRequests.Add(new AdviceRequest
                            {
                                Id = Guid.CreateVersion7(),
                                CaseId = c.Id,
                                Source = source,
                                OrganisationId = source == AdviceSource.EducationalPsychology ? organisation : null,
                                RequestedOn = received.PlusDays(36),
                                ReceivedOn = (k + (int)source) % 3 == 0 ? received.PlusDays(60) : null,
                            });
                        }
                    }

                    if (stage is CaseStage.DraftIssued or CaseStage.PlanIssued or CaseStage.InAnnualReview)
                    {
                        c.DraftIssuedOn = received.PlusDays(110);
                    }

                    if (stage is CaseStage.PlanIssued or CaseStage.InAnnualReview)
                    {
                        c.FinalIssuedOn = received.PlusDays(135);
                        c.LatestPlanIssuedOn = c.FinalIssuedOn;
                    }

                    if (stage == CaseStage.InAnnualReview)
                    {
                        c.ReviewMeetingOn = today.PlusDays(-(k % 20));
                    }

                    db.Children.Add(child);
                    db.Cases.Add(c);
                    db.ChildContacts.Add(new ChildContact { Id = Guid.CreateVersion7(), ChildId = child.Id, AreaId = area.Id, Kind = ContactKind.Family, Name = $"Parent {k}", Relationship = "Parent", ParentalResponsibility = true, ReceivesLetters = true, Email = $"parent{k}@example.com" });
                    made.Add(c.Id);
                }

                await db.SaveChangesAsync();
                return made;
            });
            ids.AddRange(made);
        }

        return ids;
    }
}
