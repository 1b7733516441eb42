using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>Phase transfers, reassignment and the annual review backlog.</summary>
public abstract class TeamAndTransferTests(TellItOnceApp app)
{
    private async Task<Guid> PlanCaseAsync(LocalDate dateOfBirth, string familyName)
    {
        return await app.WithDbAsync(async db =>
        {
            var area = await db.Areas.SingleAsync(a => a.Slug == DemoAreaSeeder.AreaSlug);
            var caseworker = await db.Users.SingleAsync(u => u.Email == DemoUsers.Caseworker);
            var child = new Child { Id = Guid.CreateVersion7(), AreaId = area.Id, GivenName = "Transfer", FamilyName = familyName, DateOfBirth = dateOfBirth };
            var c = new EhcCase
            {
                Id = Guid.CreateVersion7(),
                AreaId = area.Id,
                ChildId = child.Id,
                Reference = $"PT-{Guid.NewGuid():N}"[..12],
                CaseworkerId = caseworker.Id,
                Stage = CaseStage.PlanIssued,
                RequestReceived = new LocalDate(2024, 1, 8),
                DecisionToAssessOn = new LocalDate(2024, 2, 1),
                AgreedToAssess = true,
                DraftIssuedOn = new LocalDate(2024, 4, 1),
                FinalIssuedOn = new LocalDate(2024, 5, 13),
                LastReviewOn = new LocalDate(2025, 5, 1),
                Version = Guid.NewGuid(),
            };
            db.Children.Add(child);
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
    }

    [Fact]
    public async Task A_young_person_moving_to_post_16_next_September_is_listed_with_the_31_March_deadline_until_the_setting_is_named()
    {
        // Born 10 January 2010: Year 11 in 2025/26, so post-16 from 1 September 2026; the plan must name the college by 31 March 2026.
        var familyName = $"Post16{Guid.NewGuid():N}"[..14];
        var id = await PlanCaseAsync(new LocalDate(2010, 1, 10), familyName);
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        var row = (await client.GetDocumentAsync("/phase-transfers")).QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(familyName, StringComparison.Ordinal));
        row.QuerySelector("time")!.GetAttribute("datetime").ShouldBe("2026-03-31");
        row.TextContent.ShouldContain("Post-16 education");
        row.TextContent.ShouldContain("29 days left");

        var form = await client.GetFormAsync($"/cases/{id}/next-phase");
        var college = form.Document.QuerySelectorAll("#settingId option").First(o => o.TextContent.Contains("College", StringComparison.Ordinal)).GetAttribute("value")!;
        var saved = await client.PostAsync($"/cases/{id}/next-phase", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["SettingId"] = college,
            ["NamedOn.Day"] = "2",
            ["NamedOn.Month"] = "3",
            ["NamedOn.Year"] = "2026",
            ["__RequestVerificationToken"] = form.Token,
        }));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        row = (await client.GetDocumentAsync("/phase-transfers")).QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(familyName, StringComparison.Ordinal));
        row.TextContent.ShouldContain("named 2 Mar 2026");
        row.TextContent.ShouldNotContain("Named late");
    }

    [Fact]
    public async Task A_child_not_changing_phase_next_September_is_not_listed()
    {
        var familyName = $"Year4{Guid.NewGuid():N}"[..13];
        await PlanCaseAsync(new LocalDate(2017, 1, 10), familyName);
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        (await client.GetDocumentAsync("/phase-transfers")).QuerySelector("tbody")!.TextContent.ShouldNotContain(familyName);
    }

    [Fact]
    public async Task A_manager_reassigns_a_case_and_a_caseworker_cannot()
    {
        var id = await PlanCaseAsync(new LocalDate(2017, 1, 10), "Reassign");
        var priya = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "priya.shah@northshire.example").Select(u => u.Id).SingleAsync());

        async Task<HttpResponseMessage> ReassignAs(string email)
        {
            var client = await app.SignedInAsync(email);
            var form = await client.GetFormAsync($"/cases/{id}");
            var version = await app.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
            return await client.PostAsync($"/cases/{id}?handler=Reassign", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["version"] = version.ToString(),
                ["caseworkerId"] = priya.ToString(),
                ["__RequestVerificationToken"] = form.Token,
            }));
        }

        var refused = await ReassignAs(DemoUsers.Caseworker);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/access-denied");
        (await app.WithDbAsync(db => db.Cases.SingleAsync(c => c.Id == id))).CaseworkerId.ShouldNotBe(priya);

        (await ReassignAs(DemoUsers.Manager)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Cases.SingleAsync(c => c.Id == id))).CaseworkerId.ShouldBe(priya);
    }

    [Fact]
    public async Task The_review_backlog_puts_the_longest_overdue_first()
    {
        var client = await app.SignedInAsync(DemoUsers.Manager);

        var reasons = (await client.GetDocumentAsync("/team")).QuerySelectorAll("#review-backlog ~ table tbody tr td:last-child")
            .Select(td => td.TextContent.Trim()).ToList();

        reasons.ShouldNotBeEmpty();
        var overdue = reasons.TakeWhile(r => r.StartsWith("overdue by", StringComparison.Ordinal))
            .Select(r => int.Parse(r.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        overdue.ShouldBe(overdue.OrderDescending().ToList());
        reasons.Skip(overdue.Count).ShouldAllBe(r => r.StartsWith("due in", StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TeamAndTransferOnSqlite(SqliteApp app) : TeamAndTransferTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TeamAndTransferOnPostgres : TeamAndTransferTests
{
    public TeamAndTransferOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
