using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TellItOnce.Data.Auditing;
using TellItOnce.Data.Seeding;
using TellItOnce.Testing;
using TellItOnce.Web.Features.LocalOffer;

namespace TellItOnce.Web.Tests.LocalOffer;

/// <summary>Moving a directory here: ORUK feeds import cleanly, and a bad one is reported record by record with nothing saved.</summary>
public abstract class OpenReferralImportTests(TellItOnceApp app)
{
    private async Task<ImportReport> ImportAsync(string json, string source)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
        db.UseAuditContext(new SystemAuditContext(app.Clock.GetCurrentInstant(), "Test import"));
        var area = await db.Areas.SingleAsync(a => a.Slug == DemoAreaSeeder.AreaSlug);
        var importer = ActivatorUtilities.CreateInstance<OpenReferralImporter>(scope.ServiceProvider, db);
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await importer.ImportAsync(stream, area.Id, source, CancellationToken.None);
    }

    public static TheoryData<string> Examples => [.. Directory.GetFiles(OrukSchemas.Examples, "*.json").Select(Path.GetFileName).OfType<string>().Order()];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_Open_Referral_UK_example_imports_cleanly(string file)
    {
        var report = await ImportAsync(await File.ReadAllTextAsync(Path.Combine(OrukSchemas.Examples, file)), file);

        report.Problems.ShouldBeEmpty();
        if (file.StartsWith("service", StringComparison.Ordinal) || file == "organization_full.json")
        {
            (report.Created + report.Updated).ShouldBe(1);
            var imported = await app.CreateClient().GetAsync("/openreferral/services/ac148810-d857-441c-9679-408f346de14b");
            imported.StatusCode.ShouldBe(HttpStatusCode.OK);
            await OrukSchemas.ShouldValidateAsync(System.Text.Json.Nodes.JsonNode.Parse(await imported.Content.ReadAsStringAsync()), "compiled/service.json");
        }
    }

    [Fact]
    public async Task An_invalid_feed_is_reported_record_by_record_and_nothing_is_saved()
    {
        var before = await app.WithDbAsync(db => db.LocalOfferServices.CountAsync());
        var json = """
            {"total_items":3,"total_pages":1,"page_number":1,"size":3,"first_page":true,"last_page":true,"empty":false,"contents":[
              {"id":"6a3f7a3e-5d4b-4c2a-9f1e-1a2b3c4d5e6f","name":"A good service","status":"active"},
              {"id":"not-a-uuid","name":"Bad id","status":"active"},
              {"id":"7b3f7a3e-5d4b-4c2a-9f1e-1a2b3c4d5e6f","status":"open","minimum_age":"five"}
            ]}
            """;

        var report = await ImportAsync(json, "bad.json");

        report.Succeeded.ShouldBeFalse();
        report.Problems.ShouldContain(p => p.Record.Contains("contents[1]") && p.Message.Contains("\"id\" must be a UUID"));
        report.Problems.ShouldContain(p => p.Record.Contains("contents[2]") && p.Message.Contains("\"name\" is required"));
        report.Problems.ShouldContain(p => p.Record.Contains("contents[2]") && p.Message.Contains("\"status\" must be"));
        report.Problems.ShouldContain(p => p.Record.Contains("contents[2]") && p.Message.Contains("\"minimum_age\" must be a number"));
        report.Problems.ShouldNotContain(p => p.Record.Contains("contents[0]"));
        (await app.WithDbAsync(db => db.LocalOfferServices.CountAsync())).ShouldBe(before);
        (await app.WithDbAsync(db => db.LocalOfferServices.AnyAsync(s => s.Details.Name == "A good service"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Not_json_is_reported()
    {
        var report = await ImportAsync("{ this is not json", "broken.json");

        report.Problems.Single().Message.ShouldContain("not valid JSON");
    }

    [Fact]
    public async Task The_council_imports_a_file_through_the_page()
    {
        var manager = await app.SignedInAsync(DemoUsers.Manager);
        var form = await manager.GetFormAsync("/local-offer/manage/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Token), "__RequestVerificationToken" },
            { new StringContent("""[{"id":"8c3f7a3e-5d4b-4c2a-9f1e-1a2b3c4d5e6f","name":"Imported play scheme","status":"active","minimum_age":5,"maximum_age":11}]"""), "Upload", "feed.json" },
        };

        var document = await (await manager.PostAsync("/local-offer/manage/import", content)).ToDocumentAsync();

        document.QuerySelector(".app-import-done")!.TextContent.ShouldContain("1 added");
        (await app.CreateClient().GetAsync("/openreferral/services/8c3f7a3e-5d4b-4c2a-9f1e-1a2b3c4d5e6f")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_provider_cannot_import()
    {
        var provider = await app.SignedInAsync(DemoUsers.Provider);

        (await provider.GetAsync("/local-offer/manage/import")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OpenReferralImportOnSqlite(SqliteApp app) : OpenReferralImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OpenReferralImportOnPostgres : OpenReferralImportTests
{
    public OpenReferralImportOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
