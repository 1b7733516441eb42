using System.Net;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Governance;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests.Governance;

/// <summary>The board reads the whole action plan and risk register; sub-groups edit their own; others are refused.</summary>
public abstract class StrategyAndRiskTests(TellItOnceApp app)
{
    private Task<Guid> ActionAsync(string title) =>
        app.WithDbAsync(db => db.StrategyActions.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());

    private Task<Guid> RiskAsync(string title) =>
        app.WithDbAsync(db => db.Risks.Where(r => r.Title == title).Select(r => r.Id).SingleAsync());

    [Fact]
    public async Task The_board_sees_every_action_with_overdue_and_at_risk_ones_flagged()
    {
        var board = await app.SignedInAsync(DemoUsers.Board);

        var page = await board.GetDocumentAsync("/strategy");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Strategy and action plan");
        page.QuerySelectorAll("[data-action]").Length.ShouldBe(10);
        page.QuerySelector("[data-count=overdue]")!.TextContent.ShouldBe("2");
        page.QuerySelectorAll("[data-flag=overdue]").Length.ShouldBe(2);
        page.QuerySelectorAll("[data-flag=at-risk]").Length.ShouldBeGreaterThanOrEqualTo(2);
        page.QuerySelectorAll("h2[id^=priority-]").Length.ShouldBe(5);
        page.QuerySelector("a[href='/strategy/actions/new']").ShouldBeNull();
    }

    [Fact]
    public async Task A_sub_group_member_sees_and_updates_only_their_sub_groups_actions()
    {
        var health = await app.SignedInAsync(DemoUsers.Health);
        var own = await ActionAsync("Cut the wait for an autism assessment to 26 weeks");
        var other = await ActionAsync("Train 40 school staff in trauma-informed practice");

        var plan = await health.GetDocumentAsync("/strategy");
        plan.QuerySelectorAll("[data-action]").Length.ShouldBe(3);
        (await health.GetAsync($"/strategy/actions/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var form = await health.GetFormAsync($"/strategy/actions/{own}");
        var saved = await health.PostAsync($"/strategy/actions/{own}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Update.Status"] = "InProgress",
            ["Update.Rag"] = "Amber",
            ["Update.Note"] = "Two more clinics a week from April.",
            ["Update.EvidenceTitle"] = "Recovery plan",
            ["Update.EvidenceUrl"] = "https://example.org/recovery-plan.pdf",
        }));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var action = await app.WithDbAsync(db => db.StrategyActions.Include(a => a.Updates).SingleAsync(a => a.Id == own));
        ActionPlan.StateOn(action, new NodaTime.LocalDate(2026, 3, 2)).Rag.ShouldBe(Rag.Amber);
        action.Evidence.ShouldContain(e => e.Title == "Recovery plan");
        var healthId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Health).Select(u => u.Id).SingleAsync());
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(ActionUpdate) && e.UserId == healthId))).ShouldBe(1);

        var refused = await health.PostAsync($"/strategy/actions/{other}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Update.Status"] = "Completed",
            ["Update.Rag"] = "Green",
            ["Update.Note"] = "Not mine to say.",
        }));
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Board_members_read_but_cannot_update_and_families_and_outsiders_are_refused()
    {
        var board = await app.SignedInAsync(DemoUsers.Board);
        var id = await ActionAsync("Launch the SEN support toolkit for SENCOs");
        var form = await board.GetFormAsync("/strategy");
        var page = await board.GetDocumentAsync($"/strategy/actions/{id}");
        page.QuerySelector("form[method=post] textarea").ShouldBeNull();

        var post = await board.PostAsync($"/strategy/actions/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Update.Status"] = "Completed",
            ["Update.Rag"] = "Green",
            ["Update.Note"] = "Done.",
        }));
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var parent = await app.SignedInAsync(DemoUsers.Parent);
        (await parent.GetAsync("/strategy")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var provider = await app.SignedInAsync(DemoUsers.Provider);
        (await provider.GetAsync("/risks")).Headers.Location!.ToString().ShouldContain("/access-denied");
        (await board.GetAsync("/strategy/configure")).Headers.Location!.ToString().ShouldContain("/access-denied");
    }

    [Fact]
    public async Task A_new_action_names_each_missing_field_and_saves_nothing()
    {
        var admin = await app.SignedInAsync(DemoUsers.Admin);
        var before = await app.WithDbAsync(db => db.StrategyActions.CountAsync());
        var form = await admin.GetFormAsync("/strategy/actions/new");

        var response = await admin.PostAsync("/strategy/actions/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Action.Title"] = " ",
            ["Action.Start.Day"] = "1",
            ["Action.Start.Month"] = "4",
            ["Action.Start.Year"] = "2026",
            ["Action.Due.Day"] = "1",
            ["Action.Due.Month"] = "3",
            ["Action.Due.Year"] = "2026",
        }));

        var document = await response.ToDocumentAsync();
        document.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href"))
            .ShouldBe(["#title", "#priority", "#subgroup", "#owner", "#organisation", "#due"]);
        (await app.WithDbAsync(db => db.StrategyActions.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_heat_map_and_its_table_show_the_same_residual_scores()
    {
        var board = await app.SignedInAsync(DemoUsers.Board);

        var page = await board.GetDocumentAsync("/risks");

        var rows = page.QuerySelectorAll("#risk-table tbody tr");
        var inRegister = await app.WithDbAsync(db => db.Risks.CountAsync(r => db.Areas.Any(a => a.Id == r.AreaId && a.Slug == DemoAreaSeeder.AreaSlug)));
        inRegister.ShouldBeGreaterThanOrEqualTo(8, "the demo register's eight, and any a test added");
        rows.Length.ShouldBe(inRegister);
        var fromTable = rows.GroupBy(r => $"{r.Children[4].TextContent.Trim()}-{r.Children[5].TextContent.Trim()}").ToDictionary(g => g.Key, g => g.Count());
        var fromMap = page.QuerySelectorAll("svg.app-heatmap rect[data-count]").Where(c => c.GetAttribute("data-count") != "0")
            .ToDictionary(c => c.GetAttribute("data-cell")!, c => int.Parse(c.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture));
        fromMap.ShouldBe(fromTable, ignoreOrder: true);
        page.QuerySelector("svg.app-heatmap title").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_review_adds_to_the_risks_history_and_only_its_sub_group_may_review_it()
    {
        var health = await app.SignedInAsync(DemoUsers.Health);
        var own = await RiskAsync("Health advice late for EHC assessments");
        var other = await RiskAsync("Sub-groups not reporting to the board");
        var form = await health.GetFormAsync($"/risks/{own}");
        Dictionary<string, string> Review(string token) => new()
        {
            ["__RequestVerificationToken"] = token,
            ["Review.Likelihood"] = "4",
            ["Review.Impact"] = "4",
            ["Review.Note"] = "Two therapists left.",
            ["Review.NextReview.Day"] = "1",
            ["Review.NextReview.Month"] = "4",
            ["Review.NextReview.Year"] = "2026",
            ["Review.Escalated"] = "true",
        };

        (await health.PostAsync($"/risks/{own}", new FormUrlEncodedContent(Review(form.Token)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await health.PostAsync($"/risks/{other}", new FormUrlEncodedContent(Review(form.Token)))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var page = await health.GetDocumentAsync($"/risks/{own}");
        page.QuerySelectorAll("#history tbody tr").Length.ShouldBe(3);
        page.QuerySelector("main")!.TextContent.ShouldContain("Worsening");
        var risk = await app.WithDbAsync(db => db.Risks.SingleAsync(r => r.Id == own));
        risk.Escalated.ShouldBeTrue();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StrategyAndRiskOnSqlite(SqliteApp app) : StrategyAndRiskTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StrategyAndRiskOnPostgres : StrategyAndRiskTests
{
    public StrategyAndRiskOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
