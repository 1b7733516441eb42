using System.Net;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Governance;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests.Governance;

/// <summary>The self-assessment is versioned per cycle; cycles are compared; the board reads and contributors write.</summary>
public abstract class SelfAssessmentTests(TellItOnceApp app)
{
    private Task<List<SelfAssessmentCycle>> CyclesAsync() =>
        app.WithDbAsync(db => db.SelfAssessmentCycles.Include(c => c.Entries).OrderBy(c => c.StartedOn).ToListAsync());

    [Fact]
    public async Task Comparing_the_demo_cycles_shows_which_themes_improved()
    {
        var cycles = await CyclesAsync();
        var board = await app.SignedInAsync(DemoUsers.Board);

        var page = await board.GetDocumentAsync($"/self-assessment/compare?from={cycles[0].Id}&to={cycles[1].Id}");

        page.QuerySelectorAll("#comparison tbody tr").Length.ShouldBe(8);
        page.QuerySelectorAll("[data-change=Improved]").Length.ShouldBe(2);
        page.QuerySelectorAll("[data-change=Rejudged]").Length.ShouldBe(1);
        (await board.GetAsync($"/self-assessment/entries/{cycles[1].Entries[0].Id}")).Headers.Location!.ToString().ShouldContain("/access-denied");
    }

    [Fact]
    public async Task A_new_cycle_carries_forward_the_last_and_a_contributor_changes_one_theme()
    {
        var admin = await app.SignedInAsync(DemoUsers.Admin);
        var form = await admin.GetFormAsync("/self-assessment");
        var name = $"Cycle {Guid.NewGuid():N}";

        var started = await admin.PostAsync("/self-assessment?handler=Cycle", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Name"] = name,
        }));

        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cycle = await app.WithDbAsync(db => db.SelfAssessmentCycles.Include(c => c.Entries).SingleAsync(c => c.Name == name));
        var entry = cycle.Entries.OrderBy(e => e.Order).First();
        entry.Strengths.ShouldNotBeEmpty();

        var manager = await app.SignedInAsync(DemoUsers.Manager);
        var edit = await manager.GetFormAsync($"/self-assessment/entries/{entry.Id}");
        var saved = await manager.PostAsync($"/self-assessment/entries/{entry.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = edit.Token,
            ["Input.Strengths"] = "Plans issued within 20 weeks rose to 52%.",
            ["Input.AreasForDevelopment"] = "Health advice.",
            ["Input.Judgement"] = "TypicallyPositive",
            ["Input.EvidenceUrl"] = "javascript:alert(1)",
            ["Input.EvidenceTitle"] = "Sneaky",
        }));
        var errors = (await saved.ToDocumentAsync()).QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href"));
        errors.ShouldBe(["#evidence-url"]);

        await manager.PostAsync($"/self-assessment/entries/{entry.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = edit.Token,
            ["Input.Strengths"] = "Plans issued within 20 weeks rose to 52%.",
            ["Input.AreasForDevelopment"] = "Health advice.",
            ["Input.Judgement"] = "TypicallyPositive",
        }));
        var previous = (await CyclesAsync()).Single(c => c.Name == "Spring 2026");
        var page = await manager.GetDocumentAsync($"/self-assessment/compare?from={previous.Id}&to={cycle.Id}");
        page.QuerySelector("#comparison tbody tr")!.GetAttribute("data-change").ShouldBe("Improved");
        page.QuerySelector("main")!.TextContent.ShouldContain("wording changed");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SelfAssessmentOnSqlite(SqliteApp app) : SelfAssessmentTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SelfAssessmentOnPostgres : SelfAssessmentTests
{
    public SelfAssessmentOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
