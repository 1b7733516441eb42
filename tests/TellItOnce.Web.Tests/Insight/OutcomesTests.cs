using System.Net;
using System.Text.Json;
using TellItOnce.Data.Insight;
using TellItOnce.Data.Seeding;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests.Insight;

/// <summary>Outcomes frameworks as data, and the scorecard computed from them.</summary>
public abstract class OutcomesTests(TellItOnceApp app)
{
    private static Dictionary<string, string> Form(string token, params (string Key, string Value)[] fields) =>
        fields.Append(("__RequestVerificationToken", token)).ToDictionary(f => f.Item1, f => f.Item2);

    [Fact]
    public async Task The_demo_board_sees_Stocktons_eight_outcomes_with_figures_targets_and_ratings()
    {
        var client = await app.SignedInAsync(DemoUsers.Board);

        var page = await client.GetDocumentAsync("/outcomes");

        page.QuerySelector("h2")!.TextContent.ShouldBe("Stockton-on-Tees: eight outcome areas");
        page.QuerySelectorAll("table[data-statement]").Length.ShouldBe(8);
        page.QuerySelectorAll("svg.app-sparkline").Length.ShouldBeGreaterThanOrEqualTo(8);
        page.QuerySelectorAll("td[data-rag=Amber], td[data-rag=Red], td[data-rag=Green]").Length.ShouldBeGreaterThan(0);
        var csv = await client.GetStringAsync("/outcomes?handler=Csv");
        csv.ShouldContain("Needs are identified early");
    }

    [Fact]
    public async Task An_administrator_loads_an_example_puts_it_in_use_and_the_scorecard_computes_it_from_the_records()
    {
        var area = await HandBuiltArea.CreateAsync(app);
        var admin = await app.SignedInAsync(area.Admin);
        var form = await admin.GetFormAsync("/outcomes/frameworks");
        (await admin.PostAsync("/outcomes/frameworks?handler=Example", new FormUrlEncodedContent(Form(form.Token, ("Example", "hartlepool-success-measures")))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await admin.GetDocumentAsync("/outcomes");

        // Hartlepool's first measure is plans within 20 weeks excluding exceptions: Ada's in 2025-Q2 (1 of 1), target 50.
        var first = page.QuerySelector("table[data-statement='1'] tbody tr")!;
        first.QuerySelector("td[data-latest]")!.TextContent.ShouldBe("100% (2025-Q2)");
        first.QuerySelector("td[data-rag]")!.GetAttribute("data-rag").ShouldBe("Green");
        // Reviews on time now: 2 of 3 = 66.7%, below the amber threshold of 80, so red.
        var reviews = page.QuerySelector("table[data-statement='2'] tbody tr")!;
        reviews.QuerySelector("td[data-latest]")!.TextContent.ShouldBe("66.7% (2026-Q1)");
        reviews.QuerySelector("td[data-rag]")!.GetAttribute("data-rag").ShouldBe("Red");

        // Parent satisfaction is entered each quarter; the board's figure and commentary show on the scorecard.
        var satisfaction = page.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Parents satisfied", StringComparison.Ordinal));
        var edit = satisfaction.QuerySelector("a[href^='/outcomes/indicators/']")!.GetAttribute("href")!;
        var board = await app.SignedInAsync(area.Board);
        var editForm = await board.GetFormAsync(edit);
        (await board.PostAsync($"{edit}?handler=Period", new FormUrlEncodedContent(Form(editForm.Token, ("Period", "2026-Q1"), ("Value", "64"), ("Commentary", "Survey of 212 families")))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = (await board.GetDocumentAsync("/outcomes")).QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Parents satisfied", StringComparison.Ordinal));
        after.QuerySelector("td[data-latest]")!.TextContent.ShouldBe("64% (2026-Q1)");
        after.QuerySelector("td[data-rag]")!.GetAttribute("data-rag").ShouldBe("Amber");
        after.TextContent.ShouldContain("2026-Q1: Survey of 212 families");

        // The board may comment but not change the target.
        (await board.PostAsync($"{edit}?handler=Target", new FormUrlEncodedContent(Form(editForm.Token, ("Target", "1"))))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Northshire's board cannot reach Testshire's indicator.
        var outsider = await app.SignedInAsync(DemoUsers.Board);
        (await outsider.GetAsync(edit)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_framework_exports_as_JSON_and_imports_again_and_a_broken_one_is_refused_with_reasons()
    {
        var area = await HandBuiltArea.CreateAsync(app);
        var admin = await app.SignedInAsync(area.Admin);
        var form = await admin.GetFormAsync("/outcomes/frameworks");
        await admin.PostAsync("/outcomes/frameworks?handler=Example", new FormUrlEncodedContent(Form(form.Token, ("Example", "stockport-i-statements"))));
        var list = await admin.GetDocumentAsync("/outcomes/frameworks");
        var export = list.QuerySelector("a[href*='handler=Export']")!.GetAttribute("href")!;
        var json = await admin.GetStringAsync(export);
        var document = JsonSerializer.Deserialize<FrameworkDocument>(json, FrameworkDocument.Json)!;
        document.Statements.Count.ShouldBe(7);
        document.Statements[1].Text.ShouldBe("My voice is heard and acted upon");

        form = await admin.GetFormAsync("/outcomes/frameworks");
        (await admin.PostAsync("/outcomes/frameworks?handler=Import", new FormUrlEncodedContent(Form(form.Token, ("Json", json.Replace("Stockport: seven I statements", "Our own statements", StringComparison.Ordinal))))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetDocumentAsync("/outcomes/frameworks")).QuerySelectorAll("tbody tr").Length.ShouldBe(2);

        var broken = """{"name":"Broken","statements":[{"text":"Something","indicators":[{"title":"X","source":"Measure","measure":"no-such-measure"}]}]}""";
        form = await admin.GetFormAsync("/outcomes/frameworks");
        var refused = await (await admin.PostAsync("/outcomes/frameworks?handler=Import", new FormUrlEncodedContent(Form(form.Token, ("Json", broken)))))
            .ToDocumentAsync();
        refused.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Outcome 1, indicator 1 is computed but names no measure of the dashboard (\"no-such-measure\").");
        (await (await app.SignedInAsync(area.Board)).GetAsync("/outcomes/frameworks")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutcomesOnSqlite(SqliteApp app) : OutcomesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OutcomesOnPostgres : OutcomesTests
{
    public OutcomesOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
