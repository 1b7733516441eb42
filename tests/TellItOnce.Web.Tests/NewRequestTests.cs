using System.Net;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data.Seeding;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>Recording a request for assessment: the child's one record is found or created, and the 6-week clock starts.</summary>
public abstract class NewRequestTests(TellItOnceApp app)
{
    private static Dictionary<string, string> Request(string given, string family, string dob, string? sameChild = null)
    {
        var parts = dob.Split('-');
        var form = new Dictionary<string, string>
        {
            ["GivenName"] = given,
            ["FamilyName"] = family,
            ["DateOfBirth.Day"] = parts[2],
            ["DateOfBirth.Month"] = parts[1],
            ["DateOfBirth.Year"] = parts[0],
            ["RequestedBy"] = "Parent",
            ["Received.Day"] = "23",
            ["Received.Month"] = "2",
            ["Received.Year"] = "2026",
            ["AllAboutMe"] = "Loves dinosaurs; finds noisy rooms hard.",
        };
        if (sameChild is not null)
        {
            form["SameChild"] = sameChild;
        }

        return form;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> form)
    {
        var page = await client.GetFormAsync("/cases/new");
        form["__RequestVerificationToken"] = page.Token;
        return await client.PostAsync("/cases/new", new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task A_caseworker_of_two_areas_chooses_the_area_and_cannot_choose_another()
    {
        var email = $"two-areas-{Guid.NewGuid():N}@northshire.example";
        var userId = await app.CreateUserAsync(email, Domain.People.Role.Caseworker);
        await TestRecords.AssessingCaseAsync(app, TestRecords.OtherAreaSlug); // makes sure the other area exists
        var (southvale, elsewhere) = await app.WithDbAsync(async db =>
        {
            var other = await db.Areas.SingleAsync(a => a.Slug == TestRecords.OtherAreaSlug);
            db.AreaMemberships.Add(new Domain.People.AreaMembership { Id = Guid.CreateVersion7(), UserId = userId, AreaId = other.Id, Role = Domain.People.Role.Caseworker });
            var third = db.Areas.Add(new Domain.Areas.Area { Id = Guid.CreateVersion7(), LaCode = "992", Name = "Westmarch", Slug = $"westmarch-{Guid.NewGuid():N}"[..20] }).Entity;
            await db.SaveChangesAsync();
            return (other.Id, third.Id);
        });
        var client = await app.SignedInAsync(email);
        var family = $"Area{Guid.NewGuid():N}"[..12];

        var unchosen = await PostAsync(client, Request("Ada", family, "2016-04-01"));
        (await unchosen.ToDocumentAsync()).QuerySelector("#areaId-error")!.TextContent.ShouldContain("Choose the area");
        var notMine = Request("Ada", family, "2016-04-01");
        notMine["AreaId"] = elsewhere.ToString();
        (await PostAsync(client, notMine)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var chosen = Request("Ada", family, "2016-04-01");
        chosen["AreaId"] = southvale.ToString();
        (await PostAsync(client, chosen)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var areas = await app.WithDbAsync(db => db.Cases.Where(c => db.Children.Any(k => k.Id == c.ChildId && k.FamilyName == family)).Select(c => c.AreaId).ToListAsync());
        areas.ShouldBe([southvale]);
    }

    [Fact]
    public async Task A_new_request_creates_the_child_s_record_and_starts_the_6_week_clock()
    {
        var family = $"New{Guid.NewGuid():N}"[..12];
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        var response = await PostAsync(client, Request("Ada", family, "2019-06-14"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        page.QuerySelector("h1")!.TextContent.ShouldBe($"Ada {family}");
        page.QuerySelector("#stage")!.TextContent.ShouldBe("New request");
        page.QuerySelector("#timeline tr[data-milestone=decision-to-assess] time")!.GetAttribute("datetime").ShouldBe("2026-04-06"); // 23 Feb + 42
        page.QuerySelector(".govuk-caption-l")!.TextContent.ShouldStartWith("NS-2026-");
        page.Body!.TextContent.ShouldContain("Loves dinosaurs");
    }

    [Fact]
    public async Task A_request_for_a_child_we_already_know_asks_before_creating_a_second_record()
    {
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        var maisie = await app.WithDbAsync(db => db.Children.SingleAsync(c => c.GivenName == "Maisie" && c.FamilyName == "Whitfield"));
        var before = await app.WithDbAsync(db => db.Children.CountAsync());

        var asked = await PostAsync(client, Request(" maisie ", "WHITFIELD", maisie.DateOfBirth.ToString("yyyy-MM-dd", null)));

        asked.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await asked.ToDocumentAsync();
        document.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Say whether it is the same child");
        document.QuerySelector("input[name=SameChild][value='" + maisie.Id + "']").ShouldNotBeNull();
        (await app.WithDbAsync(db => db.Children.CountAsync())).ShouldBe(before);

        var same = await PostAsync(client, Request("Maisie", "Whitfield", maisie.DateOfBirth.ToString("yyyy-MM-dd", null), maisie.Id.ToString()));
        same.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var caseId = Guid.Parse(same.Headers.Location!.OriginalString.Split('/')[^1]);
        (await app.WithDbAsync(db => db.Cases.SingleAsync(c => c.Id == caseId))).ChildId.ShouldBe(maisie.Id);
        (await app.WithDbAsync(db => db.Children.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_caseworker_can_say_it_is_a_different_child_with_the_same_name_and_birthday()
    {
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        var noah = await app.WithDbAsync(db => db.Children.SingleAsync(c => c.GivenName == "Noah" && c.FamilyName == "Bellamy"));
        var before = await app.WithDbAsync(db => db.Children.CountAsync());

        var response = await PostAsync(client, Request("Noah", "Bellamy", noah.DateOfBirth.ToString("yyyy-MM-dd", null), "new"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Children.CountAsync())).ShouldBe(before + 1);
    }

    [Fact]
    public async Task An_empty_request_names_every_missing_answer_and_a_future_date_is_refused()
    {
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        var empty = await (await PostAsync(client, [])).ToDocumentAsync();
        var future = Request("Ada", "Future", "2019-06-14");
        future["Received.Year"] = "2027";
        var later = await (await PostAsync(client, future)).ToDocumentAsync();

        empty.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href"))
            .ShouldBe(["#dateOfBirth-day", "#received-day", "#givenName", "#familyName", "#requestedBy-Parent"], ignoreOrder: true);
        later.QuerySelector(".govuk-error-summary__list")!.TextContent.ShouldContain("must be today or in the past");
    }

    [Fact]
    public async Task Only_the_SEND_team_records_requests()
    {
        var client = await app.SignedInAsync(DemoUsers.Senco);

        var response = await client.GetAsync("/cases/new");

        response.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/access-denied");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NewRequestOnSqlite(SqliteApp app) : NewRequestTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NewRequestOnPostgres : NewRequestTests
{
    public NewRequestOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
