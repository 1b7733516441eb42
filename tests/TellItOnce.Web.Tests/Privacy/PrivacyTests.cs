using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Privacy;
using TellItOnce.Testing;
using TellItOnce.Web.Cli;

namespace TellItOnce.Web.Tests.Privacy;

/// <summary>Who viewed a child's record, subject access, retention with legal holds, and logs without personal data.</summary>
public abstract class PrivacyTests(TellItOnceApp app)
{
    private Task<EhcCase> ACaseAsync(CaseStage stage) =>
        app.WithDbAsync(async db =>
        {
            // A demo case: other tests add cases in other areas, which the demo manager may not open.
            var demo = await db.Areas.Where(a => a.Slug == DemoAreaSeeder.AreaSlug).Select(a => a.Id).SingleAsync();
            return await db.Cases.AsNoTracking().Where(c => c.AreaId == demo && c.Reference.StartsWith("NS-")).OrderBy(c => c.Reference).FirstAsync(c => c.Stage == stage);
        });

    [Fact]
    public async Task Opening_a_case_is_logged_and_a_manager_sees_every_view_and_change_of_the_childs_record()
    {
        var c = await ACaseAsync(CaseStage.Assessing);
        var caseworker = await app.SignedInAsync(DemoUsers.Caseworker);
        (await caseworker.GetAsync($"/cases/{c.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var view = await app.WithDbAsync(db => db.RecordViews.Where(v => v.ChildId == c.ChildId).OrderByDescending(v => v.Id).FirstAsync());
        view.CaseId.ShouldBe(c.Id);
        view.Page.ShouldBe("/cases/{id}");
        view.At.ShouldBe(app.Clock.GetCurrentInstant());

        var manager = await app.SignedInAsync(DemoUsers.Manager);
        (await manager.GetDocumentAsync($"/cases/{c.Id}")).QuerySelector($"a[href='/children/{c.ChildId}/access']").ShouldNotBeNull();
        var page = await manager.GetDocumentAsync($"/children/{c.ChildId}/access");
        var tables = page.QuerySelectorAll("table");
        tables[0].QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent).ShouldContain("Sam Okafor");
        tables[1].QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[3].TextContent).ShouldContain("Child");

        Path(await caseworker.GetAsync($"/children/{c.ChildId}/access")).ShouldStartWith("/access-denied");
        (await manager.GetAsync($"/children/{Guid.NewGuid()}/access")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.GetAsync($"/children/{Guid.NewGuid()}/access?handler=Export")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Subject_access_exports_everything_about_one_child_as_a_zip_from_the_page_and_the_command_line()
    {
        var c = await ACaseAsync(CaseStage.PlanIssued);
        var child = await app.WithDbAsync(db => db.Children.AsNoTracking().SingleAsync(k => k.Id == c.ChildId));
        var manager = await app.SignedInAsync(DemoUsers.Manager);
        await manager.GetAsync($"/cases/{c.Id}");

        var response = await manager.GetAsync($"/children/{c.ChildId}/access?handler=Export");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        await using var zipStream = await response.Content.ReadAsStreamAsync();
        var fromPage = await ReadZipAsync(zipStream);
        fromPage.Keys.ShouldContain("record.json");
        fromPage.Keys.ShouldContain("summary.html");
        using var json = JsonDocument.Parse(fromPage["record.json"]);
        json.RootElement.GetProperty("child").GetProperty("GivenName").GetString().ShouldBe(child.GivenName);
        json.RootElement.GetProperty("cases")[0].GetProperty("case").GetProperty("Reference").GetString().ShouldBe(c.Reference);
        json.RootElement.GetProperty("views").EnumerateArray().Select(v => v.GetProperty("who").GetString()).ShouldContain("Helen Marsh");
        fromPage["summary.html"].ShouldContain(child.FullName);

        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sar-{Guid.NewGuid():N}.zip");
        try
        {
            (await CommandLineHost.RunAsync(app.Services, ["export", "subject-access", "--child", c.ChildId.ToString(), "--out", file])).ShouldBe(0);
            await using var fromCli = File.OpenRead(file);
            var entries = await ReadZipAsync(fromCli);
            entries.Keys.ShouldContain("record.json");
            entries["record.json"].ShouldContain(child.GivenName);
            (await CommandLineHost.RunAsync(app.Services, ["export", "subject-access", "--child", Guid.NewGuid().ToString(), "--out", file + ".none"])).ShouldBe(1);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Retention_deletes_a_send_file_31_years_after_birth_reports_it_and_keeps_one_under_legal_hold()
    {
        var (expired, held, young) = await app.WithDbAsync(async db =>
        {
            var area = await db.Areas.SingleAsync(a => a.Slug == DemoAreaSeeder.AreaSlug);
            Child New(int year) => new() { Id = Guid.CreateVersion7(), AreaId = area.Id, GivenName = "Old", FamilyName = "Record", DateOfBirth = new NodaTime.LocalDate(year, 1, 1) };
            var (a, b, y) = (New(1990), New(1991), New(2014));
            db.Children.AddRange(a, b, y);
            db.LegalHolds.Add(new LegalHold { Id = Guid.CreateVersion7(), AreaId = area.Id, ChildId = b.Id, SetAt = app.Clock.GetCurrentInstant(), Reason = "Tribunal appeal" });
            await db.SaveChangesAsync();
            return (a.Id, b.Id, y.Id);
        });

        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            (await CommandLineHost.RunAsync(app.Services, ["retention", "run", "--dry-run"])).ShouldBe(0);
        }
        finally
        {
            Console.SetOut(console);
        }

        var text = output.ToString();
        text.ShouldContain($"child {expired}");
        text.ShouldContain($"child {held} (legal hold)");
        text.ShouldNotContain(young.ToString());
        (await app.WithDbAsync(db => db.Children.CountAsync(k => k.Id == expired))).ShouldBe(1, "a dry run changes nothing");

        var report = await app.WithDbAsync(db => ActivatorUtilities.CreateInstance<Features.Privacy.RetentionService>(app.Services.CreateScope().ServiceProvider, db).RunAsync(dryRun: false, CancellationToken.None));
        report.ChildrenDeleted.ShouldContain(expired);
        report.ChildrenHeld.ShouldContain(held);
        var (left, trail) = await app.WithDbAsync(async db => (
            await db.Children.Where(k => k.Id == expired || k.Id == held || k.Id == young).Select(k => k.Id).ToListAsync(),
            await db.AuditEntries.Where(a => a.EntityId == expired.ToString()).ToListAsync()));
        left.ShouldBe([held, young], ignoreOrder: true);
        trail.Count.ShouldBe(1, "only the record of its destruction stays, without its contents");
        trail[0].Reason!.ShouldContain("retention");
        trail[0].Changes.ShouldBe("{}");
    }

    [Fact]
    public async Task Logs_during_a_journey_carry_ids_and_never_names_dates_of_birth_or_postcodes()
    {
        var logs = new CapturedLogs();
        await using var factory = app.WithWebHostBuilder(b =>
        {
            // The production levels (appsettings.json), with Entity Framework's SQL as well.
            b.UseSetting("Logging:LogLevel:Default", "Information");
            b.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
            b.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Information");
            b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs));
        });
        var c = await ACaseAsync(CaseStage.DraftIssued);
        async Task<HttpClient> SignInAsync(string email)
        {
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            (await TellItOnceApp.SignInAsync(client, email, DemoUsers.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            return client;
        }

        var caseworker = await SignInAsync(DemoUsers.Caseworker);
        foreach (var path in new[] { "/work", $"/cases/{c.Id}", $"/cases/{c.Id}/plan", "/local-offer?q=autism" })
        {
            await caseworker.GetAsync(path);
        }

        var manager = await SignInAsync(DemoUsers.Manager);
        await manager.GetAsync($"/children/{c.ChildId}/access");
        await manager.GetAsync($"/children/{c.ChildId}/access?handler=Export");
        var parent = await SignInAsync(DemoUsers.Parent);
        await parent.GetAsync("/family");
        await TellItOnceApp.SignInAsync(factory.CreateClient(), DemoUsers.Parent, "a-wrong-password");

        var (children, people) = await app.WithDbAsync(async db => (await db.Children.AsNoTracking().ToListAsync(), await db.Users.AsNoTracking().Select(u => new { u.DisplayName, u.Email }).ToListAsync()));
        var personal = children.SelectMany(k => new[] { k.FullName, k.DateOfBirth.ToString("yyyy-MM-dd", null), k.DateOfBirth.ToString("d MMMM yyyy", null), k.Postcode })
            .Concat(people.SelectMany(p => new[] { p.DisplayName, p.Email }))
            .OfType<string>().Where(s => s.Length > 5).ToHashSet();
        var lines = logs.Lines;
        lines.Count.ShouldBeGreaterThan(10, "the journey did log");
        lines.Where(l => l.Contains("signed in", StringComparison.Ordinal)).ShouldNotBeEmpty();
        var leaks = lines.SelectMany(l => personal.Where(p => l.Contains(p, StringComparison.OrdinalIgnoreCase)).Select(p => $"{p} in: {l}")).ToList();
        leaks.ShouldBeEmpty();
    }

    private static string Path(HttpResponseMessage response) => response.Headers.Location!.IsAbsoluteUri
        ? response.Headers.Location.PathAndQuery
        : response.Headers.Location.OriginalString;

    private static async Task<Dictionary<string, string>> ReadZipAsync(Stream stream)
    {
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.Position = 0;
        using var zip = new ZipArchive(copy, ZipArchiveMode.Read);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            entries[entry.FullName] = await reader.ReadToEndAsync();
        }

        return entries;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PrivacyOnSqlite(SqliteApp app) : PrivacyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PrivacyOnPostgres : PrivacyTests
{
    public PrivacyOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
