using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Testing;
using TellItOnce.Web.Features.Insight;

namespace TellItOnce.Web.Tests.Insight;

/// <summary>The dashboard's figures, checked against a hand-built area whose every count is worked out here by hand.</summary>
public abstract class DashboardTests(TellItOnceApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static SortedDictionary<string, (long Numerator, long Denominator)> Rows(AngleSharp.Html.Dom.IHtmlDocument page, string measure) =>
        new(page.QuerySelectorAll($"table[data-measure='{measure}'] tbody tr").ToDictionary(
            tr => tr.GetAttribute("data-group")!,
            tr =>
            {
                var numbers = tr.QuerySelectorAll("td a").Select(a => long.Parse(a.ChildNodes[0].TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                return numbers.Count == 2 ? (numbers[0], numbers[1]) : (numbers[0], numbers[0]);
            }), StringComparer.Ordinal);

    [Fact]
    public async Task The_dashboard_shows_the_figures_worked_out_by_hand_for_a_small_area()
    {
        var area = await HandBuiltArea.CreateAsync(app);
        var client = await app.SignedInAsync(area.Board);

        var page = await client.GetDocumentAsync("/dashboard");

        page.QuerySelector("h1")!.TextContent.ShouldBe("How the area is doing");
        Rows(page, "plans-by-need").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal) { ["ASD"] = (2, 2), ["SLCN"] = (1, 1), ["All"] = (3, 3) });
        Rows(page, "plans-by-age").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal) { ["5 to 10"] = (2, 2), ["16 to 19"] = (1, 1), ["All"] = (3, 3) });
        Rows(page, "sen-support-by-need").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal) { ["MLD"] = (1, 1), ["All"] = (1, 1) });
        Rows(page, "requests").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal) { ["Parent"] = (1, 1), ["Setting"] = (1, 1), ["All"] = (2, 2) });
        Rows(page, "agreed-to-assess")["All"].ShouldBe((1, 2));
        Rows(page, "decisions-within-6-weeks")["All"].ShouldBe((1, 2));
        Rows(page, "plans-within-20-weeks").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal) { ["2025-05"] = (1, 1), ["All"] = (1, 1) });
        Rows(page, "plans-within-20-weeks-all")["All"].ShouldBe((1, 2));
        Rows(page, "advice-within-6-weeks").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal) { ["Education"] = (1, 1), ["Health"] = (0, 1), ["All"] = (1, 2) });
        Rows(page, "annual-reviews").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal)
        {
            ["Due in the next 3 months"] = (1, 1),
            ["Not yet due"] = (1, 1),
            ["Overdue"] = (0, 1),
            ["All"] = (2, 3),
        });
        Rows(page, "provision-type").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal)
        {
            ["Mainstream school"] = (1, 1),
            ["Post-16 college"] = (1, 1),
            ["None recorded (home education, NEET or other)"] = (1, 1),
            ["All"] = (3, 3),
        });
        Rows(page, "eet-16-25")["All"].ShouldBe((1, 1));
        Rows(page, "plans-ceased").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal) { ["2"] = (1, 1), ["All"] = (1, 1) });
        Rows(page, "outcomes-met-at-review").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal) { ["Met"] = (1, 1), ["NotMet"] = (0, 1), ["All"] = (1, 2) });
        Rows(page, "mediations").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal) { ["Certificate only"] = (1, 1), ["All"] = (1, 1) });
        Rows(page, "tribunal-appeals").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal) { ["Not yet decided"] = (1, 1), ["All"] = (1, 1) });
        Rows(page, "personal-budgets").ShouldBe(new SortedDictionary<string, (long, long)>(StringComparer.Ordinal) { ["DirectPayment"] = (1, 1), ["All"] = (1, 1) });
        page.QuerySelector("#m-plans-within-20-weeks")!.ParentElement!.TextContent.ShouldContain("England: 46.4%");
        page.QuerySelectorAll("svg.app-chart").Length.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Filters_an_earlier_date_and_the_API_give_the_same_figures_as_counting_by_hand()
    {
        var area = await HandBuiltArea.CreateAsync(app);
        var client = await app.SignedInAsync(area.Board);

        // Only ASD: Ada and Cat. A year earlier (2 March 2025) only Cat's and Fay's plans were in force.
        Rows(await client.GetDocumentAsync("/dashboard?need=ASD"), "plans-by-need")["All"].ShouldBe((2, 2));
        Rows(await client.GetDocumentAsync("/dashboard?district=South"), "plans-by-need")["All"].ShouldBe((1, 1));
        Rows(await client.GetDocumentAsync("/dashboard?age=16+to+19"), "plans-by-need")["All"].ShouldBe((1, 1));
        Rows(await client.GetDocumentAsync("/dashboard?asAt=2025-03-02"), "plans-by-need")["All"].ShouldBe((2, 2));

        var api = await client.GetFromJsonAsync<JsonElement>($"/api/dashboard?area={area.Area.Slug}&asAt=2026-03-02", Json);
        var plans = api.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("key").GetString() == "plans-by-need");
        plans.GetProperty("total").GetProperty("value").GetDecimal().ShouldBe(3);
        var trend = plans.GetProperty("trend").EnumerateArray().ToList();
        trend.Count.ShouldBe(12);
        trend[^1].GetProperty("quarter").GetString().ShouldBe("2026-Q1");
        trend[^1].GetProperty("value").GetDecimal().ShouldBe(3);
        trend[^5].GetProperty("quarter").GetString().ShouldBe("2025-Q1");
        trend[^5].GetProperty("value").GetDecimal().ShouldBe(2);

        var csv = await client.GetStringAsync("/dashboard?handler=Csv");
        csv.ShouldContain("plans-within-20-weeks-all,\"New plans issued within 20 weeks, including exceptions\",2026-03-02,Total,1,2,50");
    }

    [Fact]
    public async Task A_flow_measures_trend_grouped_by_the_quarter_of_its_date_equals_evaluating_each_quarter()
    {
        var area = await HandBuiltArea.CreateAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<MeasureEngine>();
        var demo = await app.WithDbAsync(db => db.Areas.Where(a => a.Slug == DemoAreaSeeder.AreaSlug).Select(a => a.Id).SingleAsync());
        var asAt = new LocalDate(2026, 3, 2);
        var flows = MeasureCatalogue.All.Where(m => m.Trend && m.Sql(new MeasureScope(SqlDialect.For(scope.ServiceProvider.GetRequiredService<AppDbContext>()), "x", "y", asAt)).Period is not null).ToList();
        flows.Count.ShouldBeGreaterThan(8);
        var requests = flows.SelectMany(m => new[] { new TrendRequest(m, new MeasureFilter([demo])), new TrendRequest(m, new MeasureFilter([area.Area.Id])) }).ToList();

        var byDate = await engine.TrendsAsync(requests, asAt, 12, CancellationToken.None);
        var byQuarter = await engine.TrendsAsync(requests, asAt, 12, byQuarterTable: true, CancellationToken.None);

        for (var i = 0; i < requests.Count; i++)
        {
            byDate[i].ShouldBe(byQuarter[i], requests[i].Measure.Key);
        }

        byDate.Sum(t => t.Sum(p => p.Cell.Denominator)).ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task A_transferred_childs_earlier_plan_stays_with_the_council_that_held_it()
    {
        var from = await HandBuiltArea.CreateAsync(app);
        var to = await HandBuiltArea.CreateAsync(app);
        var child = new Child { Id = Guid.CreateVersion7(), AreaId = to.Area.Id, GivenName = "Hal", FamilyName = "Mover", DateOfBirth = new LocalDate(2014, 4, 1), Sex = Sex.Male, PrimaryNeed = NeedType.HI, Postcode = "NS1 1AA", Ethnicity = "WBRI", District = "North" };
        EhcCase Plan(Guid areaId, string reference, LocalDate issued) => new()
        {
            Id = Guid.CreateVersion7(),
            AreaId = areaId,
            ChildId = child.Id,
            Reference = reference,
            Stage = CaseStage.PlanIssued,
            RequestedBy = RequesterKind.Parent,
            RequestReceived = issued.PlusWeeks(-20),
            DecisionToAssessOn = issued.PlusWeeks(-14),
            AgreedToAssess = true,
            FinalIssuedOn = issued,
            LatestPlanIssuedOn = issued,
            Version = Guid.NewGuid(),
        };
        var old = Plan(from.Area.Id, $"MV-{child.Id:N}"[..20], new LocalDate(2024, 1, 10));
        (old.Stage, old.CeasedOn, old.CeaseReason, old.TransferredToAreaId) = (CaseStage.Ceased, new LocalDate(2026, 1, 20), 5, to.Area.Id);
        var current = Plan(to.Area.Id, $"MN-{child.Id:N}"[..20], new LocalDate(2026, 1, 20));
        await app.WithDbAsync(async db =>
        {
            db.UseAuditContext(new SystemAuditContext(app.Clock.GetCurrentInstant(), "Test setup"));
            db.Children.Add(child);
            db.Cases.AddRange(old, current);
            return await db.SaveChangesAsync();
        });
        await using var scope = app.Services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<MeasureEngine>();
        var plansByNeed = MeasureCatalogue.Find("plans-by-need")!;
        var ceased = MeasureCatalogue.Find("plans-ceased")!;
        async Task<long> Count(MeasureDefinition m, HandBuiltArea area, LocalDate asAt, string group) =>
            (await engine.CellsAsync(m, new MeasureFilter([area.Area.Id]), asAt, CancellationToken.None)).SingleOrDefault(c => c.Group == group)?.Denominator ?? 0;

        (await Count(plansByNeed, from, new LocalDate(2025, 12, 1), "HI")).ShouldBe(1);
        (await Count(plansByNeed, to, new LocalDate(2025, 12, 1), "HI")).ShouldBe(0);
        (await Count(plansByNeed, from, new LocalDate(2026, 3, 2), "HI")).ShouldBe(0);
        (await Count(plansByNeed, to, new LocalDate(2026, 3, 2), "HI")).ShouldBe(1);
        (await Count(ceased, from, new LocalDate(2026, 3, 2), "5")).ShouldBe(1);
        (await Count(ceased, to, new LocalDate(2026, 3, 2), "5")).ShouldBe(0);
        var drill = await engine.DrillAsync(plansByNeed, new MeasureFilter([from.Area.Id]), new LocalDate(2025, 12, 1), "HI", numeratorOnly: false, 10, CancellationToken.None);
        drill.Single().CaseId.ShouldBe(old.Id);
    }

    [Fact]
    public async Task Drilling_into_a_figure_lists_its_cases_with_names_only_for_the_SEND_team()
    {
        var area = await HandBuiltArea.CreateAsync(app);
        var link = "/dashboard/cases?measure=annual-reviews&group=Overdue&asAt=2026-03-02";

        var board = await (await app.SignedInAsync(area.Board)).GetDocumentAsync(link);
        board.QuerySelectorAll("tbody tr").Length.ShouldBe(1);
        board.QuerySelector("tbody")!.TextContent.ShouldNotContain("Cat");

        var caseworker = await (await app.SignedInAsync(area.Caseworker)).GetDocumentAsync(link);
        caseworker.QuerySelector($"tbody a[href='/cases/{area.CaseC}']").ShouldNotBeNull();
        caseworker.QuerySelector("tbody")!.TextContent.ShouldContain("Cat");

        // Northshire's caseworker cannot see Testshire's figures or cases at all.
        var outsider = await app.SignedInAsync(DemoUsers.Caseworker);
        (await outsider.GetAsync($"{link}&area={area.Area.Slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/api/dashboard?area={area.Area.Slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync(DemoUsers.Parent)).GetAsync("/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_API_key_reads_the_figures_of_its_administrators_areas_until_it_is_revoked()
    {
        var area = await HandBuiltArea.CreateAsync(app);
        var admin = await app.SignedInAsync(area.Admin);
        var form = await admin.GetFormAsync("/dashboard/api-keys");
        var issued = await (await admin.PostAsync("/dashboard/api-keys", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Power BI",
            ["__RequestVerificationToken"] = form.Token,
        }))).ToDocumentAsync();
        var key = issued.QuerySelector("#issued-key")!.TextContent;
        key.ShouldStartWith("tio_");

        var tool = app.CreateClient();
        (await tool.GetAsync("/api/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        tool.DefaultRequestHeaders.Add("X-Api-Key", key);
        var figures = await tool.GetFromJsonAsync<JsonElement>("/api/dashboard", Json);
        figures.GetProperty("areas").EnumerateArray().Single().GetString().ShouldBe(area.Area.Slug);
        (await tool.GetAsync($"/api/dashboard?area={DemoAreaSeeder.AreaSlug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tool.GetAsync($"/api/cases/{area.CaseA}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.WithDbAsync(db => Task.FromResult(db.ApiKeys.Any(k => k.Hash.Contains(key))))).ShouldBeFalse();

        var list = await admin.GetFormAsync("/dashboard/api-keys");
        var revoke = list.Document.QuerySelector("form[action*='handler=Revoke']")!.GetAttribute("action")!;
        (await admin.PostAsync(revoke, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = list.Token }))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await tool.GetAsync("/api/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var openApi = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        openApi.ShouldContain("X-Api-Key");
        openApi.ShouldContain("/api/dashboard");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DashboardOnSqlite(SqliteApp app) : DashboardTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DashboardOnPostgres : DashboardTests
{
    public DashboardOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
