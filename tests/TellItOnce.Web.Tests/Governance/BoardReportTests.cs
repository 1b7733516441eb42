using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Governance;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests.Governance;

/// <summary>The board's Performance, Improvement and Assurance report: its figures, its reproducibility, its PDF and who may run it.</summary>
public abstract class BoardReportTests(TellItOnceApp app)
{
    /// <summary>The demo's "now" is Monday 2 March 2026, so the latest period that has ended is January and February 2026.</summary>
    private static readonly LocalDate PeriodEnd = new(2026, 2, 28);

    private async Task<Guid> DemoAreaAsync() =>
        await app.WithDbAsync(db => db.Areas.Where(a => a.Slug == DemoAreaSeeder.AreaSlug).Select(a => a.Id).SingleAsync());

    [Fact]
    public async Task The_report_for_the_last_period_lists_exceptions_and_risks_counted_independently_and_the_dashboards_figures()
    {
        var board = await app.SignedInAsync(DemoUsers.Board);

        var page = await board.GetDocumentAsync("/board-report");

        page.QuerySelector("#report-title")!.TextContent.ShouldContain("January to February 2026");
        page.QuerySelector("#period option[selected]")!.GetAttribute("value").ShouldBe("2026-01");
        var area = await DemoAreaAsync();
        var (exceptions, risks) = await app.WithDbAsync(async db =>
        {
            var actions = await db.StrategyActions.Include(a => a.Updates).Where(a => a.AreaId == area).ToListAsync();
            var priorities = await db.StrategyPriorities.Where(p => p.AreaId == area).Select(p => p.Id).ToListAsync();
            var register = await db.Risks.Include(r => r.Reviews).Where(r => r.AreaId == area).ToListAsync();
            return (
                actions.Count(a => a.AddedOn <= PeriodEnd && priorities.Contains(a.PriorityId) && ActionPlan.StateOn(a, PeriodEnd).IsException),
                register.Count(r => r.AddedOn <= PeriodEnd && RiskRegister.PositionOn(r, PeriodEnd).Residual.Value >= RiskRegister.BoardThreshold));
        });
        exceptions.ShouldBeGreaterThan(0, "the demo plan has overdue actions");
        risks.ShouldBeGreaterThan(0, "the demo register has risks above the threshold");
        page.QuerySelectorAll("#exceptions tbody tr").Length.ShouldBe(exceptions);
        page.QuerySelectorAll("#risks tbody tr").Length.ShouldBe(risks);

        var api = (await board.GetFromJsonAsync<JsonObject>($"/api/dashboard?area={DemoAreaSeeder.AreaSlug}&asAt=2026-02-28"))!;
        var requests = api["measures"]!.AsArray().Single(m => (string)m!["key"]! == "requests")!["total"]!["value"]!.GetValue<decimal>();
        page.QuerySelector("[data-measure=requests] td")!.TextContent.ShouldBe(requests.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelectorAll("#scorecard tbody tr").Length.ShouldBeGreaterThan(0, "the demo area uses an outcomes framework");
        page.QuerySelector("svg[role=img] title")!.TextContent.ShouldStartWith("Headline percentages");
    }

    [Fact]
    public async Task The_same_period_gives_the_same_report_after_later_changes_and_the_PDF_is_tagged_and_paginated()
    {
        var area = await DemoAreaAsync();
        var riskId = Guid.CreateVersion7();
        var reference = $"T{riskId.ToString("N")[^6..]}";
        await app.WithDbAsync(async db =>
        {
            db.Risks.Add(new Risk
            {
                Id = riskId,
                AreaId = area,
                Reference = reference,
                Category = RiskCategory.Delivery,
                Title = "Test risk for the board report",
                Description = "A risk added in January",
                OwnerName = "Test owner",
                InherentLikelihood = 4,
                InherentImpact = 4,
                NextReview = new LocalDate(2026, 4, 1),
                AddedOn = new LocalDate(2026, 1, 15),
            });
            return await db.SaveChangesAsync();
        });
        var board = await app.SignedInAsync(DemoUsers.Board);
        var before = await board.GetByteArrayAsync("/board-report?period=2026-01&handler=Pdf");
        (await board.GetDocumentAsync("/board-report?period=2026-01")).QuerySelector($"[data-risk={reference}]").ShouldNotBeNull("16 is above the threshold");

        // Today, after the period, the risk is reviewed down to 1: the January-February report does not change.
        await app.WithDbAsync(async db =>
        {
            db.RiskReviews.Add(new RiskReview { Id = Guid.CreateVersion7(), AreaId = area, RiskId = riskId, On = new LocalDate(2026, 3, 2), Likelihood = 1, Impact = 1, Note = "Controls worked" });
            return await db.SaveChangesAsync();
        });
        var after = await board.GetByteArrayAsync("/board-report?period=2026-01&handler=Pdf");
        (await board.GetDocumentAsync("/risks")).QuerySelector($"[data-risk={reference}]").ShouldNotBeNull();

        PdfText.Pages(after).ShouldBe(PdfText.Pages(before));
        var pages = PdfText.Pages(before);
        pages[0].ShouldContain("Performance, Improvement and Assurance report, January to February 2026");
        string.Join(" ", pages).ShouldContain($"{reference} Test risk for the board report");
        pages.Select((text, i) => text.Contains($"Page {i + 1} of {pages.Count}", StringComparison.Ordinal)).ShouldAllBe(numbered => numbered);
        var tags = PdfText.StructureTypes(before);
        tags.ShouldContain("H1");
        tags.ShouldContain("Figure");
        tags.ShouldContain("TH");
        using var document = PdfText.Open(before);
        document.Info.Title.ShouldContain("January to February 2026");
    }

    [Fact]
    public async Task Only_the_board_managers_and_administrators_run_it_and_a_period_that_has_not_ended_is_refused()
    {
        foreach (var email in new[] { DemoUsers.Parent, DemoUsers.Caseworker, DemoUsers.Health, DemoUsers.Senco })
        {
            var response = await (await app.SignedInAsync(email)).GetAsync("/board-report?period=2026-01&handler=Pdf");
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, email);
            response.Headers.Location!.OriginalString.ShouldContain("access-denied", Case.Sensitive, email);
        }

        var manager = await app.SignedInAsync(DemoUsers.Manager);
        (await manager.GetAsync("/board-report")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var period in new[] { "2026-03", "2026-02", "last-year" })
        {
            var page = await manager.GetDocumentAsync($"/board-report?period={period}");
            page.QuerySelector(".govuk-error-summary a[href='#period']")!.TextContent.ShouldBe("Choose a reporting period that has ended");
            page.QuerySelector("#report-title").ShouldBeNull();
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BoardReportOnSqlite(SqliteApp app) : BoardReportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BoardReportOnPostgres : BoardReportTests
{
    public BoardReportOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
