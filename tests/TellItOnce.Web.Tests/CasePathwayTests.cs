using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>A caseworker takes a request through the statutory steps; every deadline on the case page matches the engine.</summary>
public abstract class CasePathwayTests(TellItOnceApp app)
{
    // The test clock: Monday 2 March 2026.
    private static readonly LocalDate Today = new(2026, 3, 2);

    private async Task<Guid> NewCaseAsync(LocalDate received, string? areaSlug = null)
    {
        return await app.WithDbAsync(async db =>
        {
            var area = areaSlug is null
                ? await db.Areas.SingleAsync(a => a.Slug == DemoAreaSeeder.AreaSlug)
                : await db.Areas.SingleOrDefaultAsync(a => a.Slug == areaSlug) ?? db.Areas.Add(new Area { Id = Guid.CreateVersion7(), LaCode = "991", Name = "Southvale", Slug = areaSlug }).Entity;
            var caseworker = await db.Users.SingleAsync(u => u.Email == DemoUsers.Caseworker);
            var child = new Child { Id = Guid.CreateVersion7(), AreaId = area.Id, GivenName = "Test", FamilyName = $"Child{Guid.NewGuid():N}"[..12], DateOfBirth = new LocalDate(2018, 5, 1) };
            var c = new EhcCase
            {
                Id = Guid.CreateVersion7(),
                AreaId = area.Id,
                ChildId = child.Id,
                Reference = $"T-{Guid.NewGuid():N}"[..12],
                CaseworkerId = caseworker.Id,
                Stage = CaseStage.Deciding,
                RequestReceived = received,
                Version = Guid.NewGuid(),
            };
            db.Children.Add(child);
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var form = await client.GetFormAsync(url);
        var version = form.Document.QuerySelector("input[name=Version]")?.GetAttribute("value");
        fields["__RequestVerificationToken"] = form.Token;
        if (version is not null && !fields.ContainsKey("Version"))
        {
            fields["Version"] = version;
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static Dictionary<string, string> Date(string prefix, LocalDate d) => new()
    {
        [$"{prefix}.Day"] = d.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Month"] = d.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Year"] = d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> With(Dictionary<string, string> a, params (string Key, string Value)[] more)
    {
        foreach (var (k, v) in more)
        {
            a[k] = v;
        }

        return a;
    }

    private static string? Due(IHtmlDocument page, string key) =>
        page.QuerySelector($"#timeline tr[data-milestone={key}] time")?.GetAttribute("datetime");

    private static async Task<IHtmlDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await response.ToDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent);
        return await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_caseworker_takes_a_request_from_decision_to_final_plan_and_the_deadlines_follow_the_engine()
    {
        var received = new LocalDate(2026, 1, 19);
        var id = await NewCaseAsync(received);
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        var page = await client.GetDocumentAsync($"/cases/{id}");
        Due(page, "decision-to-assess").ShouldBe("2026-03-02"); // 19 Jan + 42 days
        Due(page, "final-plan").ShouldBe("2026-06-08");         // 19 Jan + 140 days
        page.QuerySelector("#next-deadline")!.TextContent.ShouldContain("Due today");

        page = await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/decision", With(Date("DecidedOn", Today), ("Agreed", "yes"))));
        page.QuerySelector("#stage")!.TextContent.ShouldBe("Assessing");
        page.QuerySelector(".govuk-notification-banner__heading")!.TextContent.ShouldBe("Decision to assess recorded");
        page.QuerySelector("#timeline tr[data-milestone=decision-to-assess]")!.TextContent.ShouldContain("(on time)");

        var eps = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.EducationalPsychologyService));
        page = await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/advice/new", With(Date("RequestedOn", Today), ("OrganisationId", eps.Id.ToString()))));
        var adviceRow = page.QuerySelector("#advice tbody tr")!;
        adviceRow.QuerySelector("time")!.GetAttribute("datetime").ShouldBe("2026-04-13"); // 2 Mar + 42 days
        var adviceId = adviceRow.GetAttribute("data-advice")!;

        page = await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/advice/{adviceId}/received", With(Date("ReceivedOn", Today), ("AdviceText", "Maths support daily"))));
        page.QuerySelector("#advice tbody tr")!.TextContent.ShouldContain("2 Mar 2026");

        page = await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/draft", Date("On", Today)));
        page.QuerySelector("#stage")!.TextContent.ShouldBe("Draft plan out for comment");
        Due(page, "draft-comments-close").ShouldBe("2026-03-16"); // 15 days beginning with 2 Mar

        var tooEarly = await PostFormAsync(client, $"/cases/{id}/final", Date("On", Today));
        tooEarly.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = await tooEarly.ToDocumentAsync();
        errors.QuerySelector(".govuk-error-summary__list a")!.TextContent.ShouldContain("The family have until 16 March 2026 to comment");
        errors.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href").ShouldBe("#issuedOn-day");

        var caseForm = await client.GetFormAsync($"/cases/{id}");
        var version = caseForm.Document.QuerySelector("form input[name=version]")!.GetAttribute("value")!;
        var noMore = await client.PostAsync($"/cases/{id}?handler=NoFurtherComments", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["version"] = version,
            ["__RequestVerificationToken"] = caseForm.Token,
        }));
        noMore.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        page = await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/final", Date("On", Today)));
        page.QuerySelector("#stage")!.TextContent.ShouldBe("Plan issued");
        page.QuerySelector("#next-deadline time")!.GetAttribute("datetime").ShouldBe("2027-03-02"); // annual review: 12 months
        page.QuerySelectorAll("#case-audit tbody tr").Length.ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public async Task A_decision_dated_before_the_request_or_in_the_future_is_refused_with_the_field_named()
    {
        var id = await NewCaseAsync(new LocalDate(2026, 2, 2));
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        var before = await (await PostFormAsync(client, $"/cases/{id}/decision", With(Date("DecidedOn", new LocalDate(2026, 2, 1)), ("Agreed", "yes")))).ToDocumentAsync();
        var future = await (await PostFormAsync(client, $"/cases/{id}/decision", With(Date("DecidedOn", Today.PlusDays(1)), ("Agreed", "yes")))).ToDocumentAsync();
        var empty = await (await PostFormAsync(client, $"/cases/{id}/decision", [])).ToDocumentAsync();

        before.QuerySelector(".govuk-error-summary__list")!.TextContent.ShouldContain("must be the same as or after the date the request was received");
        future.QuerySelector(".govuk-error-summary__list")!.TextContent.ShouldContain("must be today or in the past");
        empty.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ShouldBe(["#agreed-yes", "#decidedOn-day"]);
        (await app.WithDbAsync(db => db.Cases.SingleAsync(c => c.Id == id))).Stage.ShouldBe(CaseStage.Deciding);
    }

    [Fact]
    public async Task A_change_made_on_a_stale_copy_is_refused_and_not_saved()
    {
        var id = await NewCaseAsync(new LocalDate(2026, 2, 2));
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        var form = await client.GetFormAsync($"/cases/{id}/decision");
        var staleVersion = form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        // Someone else records the decision first (through the API).
        var current = await client.GetFromJsonAsync<JsonObject>($"/api/cases/{id}");
        (await client.PostAsJsonAsync($"/api/cases/{id}/decision", new { version = (string)current!["version"]!, decidedOn = "2026-02-20", agreed = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await client.PostAsync($"/cases/{id}/decision", new FormUrlEncodedContent(With(Date("DecidedOn", Today),
            ("Agreed", "no"), ("Reasons", "x"), ("Version", staleVersion), ("__RequestVerificationToken", form.Token))));

        (await response.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Someone else changed this case");
        var saved = await app.WithDbAsync(db => db.Cases.SingleAsync(c => c.Id == id));
        saved.AgreedToAssess.ShouldBe(true);
        saved.DecisionToAssessOn.ShouldBe(new LocalDate(2026, 2, 20));
    }

    [Fact]
    public async Task The_API_gives_the_case_and_its_deadlines_and_refuses_bad_steps()
    {
        var id = await NewCaseAsync(new LocalDate(2026, 1, 5));
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        var c = (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))!;
        ((string)c["nextDeadline"]!["due"]!).ShouldBe("2026-02-16");
        ((string)c["nextDeadline"]!["status"]!).ShouldBe("Overdue");

        var noDraftYet = await client.PostAsJsonAsync($"/api/cases/{id}/final", new { version = (string)c["version"]!, issuedOn = "2026-03-01" });
        noDraftYet.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noDraftYet.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["stage"]![0]!.ToString().ShouldBe("A final plan can only be issued after a draft plan");

        var badDate = await client.PostAsJsonAsync($"/api/cases/{id}/decision", new { version = (string)c["version"]!, decidedOn = "2026-02-30", agreed = true });
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var stale = await client.PostAsJsonAsync($"/api/cases/{id}/decision", new { version = Guid.NewGuid(), decidedOn = "2026-02-10", agreed = true });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var decided = await client.PostAsJsonAsync($"/api/cases/{id}/decision", new { version = (string)c["version"]!, decidedOn = "2026-02-10", agreed = true });
        decided.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = (await decided.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string)after["stage"]!).ShouldBe("Assessing");
        ((string)after["version"]!).ShouldNotBe((string)c["version"]!);
    }

    [Fact]
    public async Task A_case_in_another_area_is_not_found_and_other_roles_cannot_open_cases()
    {
        var elsewhere = await NewCaseAsync(new LocalDate(2026, 2, 2), areaSlug: "southvale");
        var mine = await NewCaseAsync(new LocalDate(2026, 2, 2));
        var caseworker = await app.SignedInAsync(DemoUsers.Caseworker);

        (await caseworker.GetAsync($"/cases/{elsewhere}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await caseworker.GetAsync($"/cases/{elsewhere}/decision")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await caseworker.GetAsync($"/api/cases/{elsewhere}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await caseworker.PostAsJsonAsync($"/api/cases/{elsewhere}/decision", new { version = Guid.NewGuid(), decidedOn = "2026-02-10", agreed = true }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        foreach (var email in new[] { DemoUsers.Parent, DemoUsers.EducationalPsychologist, DemoUsers.Senco, DemoUsers.Board })
        {
            var other = await app.SignedInAsync(email);
            var page = await other.GetAsync($"/cases/{mine}");
            page.StatusCode.ShouldBe(HttpStatusCode.Redirect, email);
            page.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/access-denied");
            (await other.GetAsync($"/api/cases/{mine}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
        }

        (await app.Browser().GetAsync($"/api/cases/{mine}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_setting_consulted_on_the_draft_has_15_days_and_its_answer_shows_on_the_case()
    {
        var id = await NewCaseAsync(new LocalDate(2025, 12, 1));
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        var school = await app.WithDbAsync(db => db.Settings.Where(s => s.Name == "Northby Primary School").Select(s => s.Id).SingleAsync());
        async Task<JsonObject> Post(string path, object body)
        {
            var response = await client.PostAsJsonAsync($"/api/cases/{id}/{path}", body);
            var json = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToJsonString());
            return json;
        }

        var c = (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))!;
        c = await Post("decision", new { version = (string)c["version"]!, decidedOn = "2026-01-05", agreed = true });
        c = await Post("draft", new { version = (string)c["version"]!, issuedOn = "2026-02-23" });
        await Post("consultations", new { version = (string)c["version"]!, settingId = school, sentOn = "2026-02-24", preferred = true });

        var page = await client.GetDocumentAsync($"/cases/{id}");
        page.QuerySelector("#preferred-setting")!.TextContent.ShouldContain("Northby Primary School");
        var row = page.QuerySelector("#consultations tbody tr")!;
        row.QuerySelector("time")!.GetAttribute("datetime").ShouldBe("2026-03-11"); // 24 Feb + 15 days
        var answer = row.QuerySelector("a")!.GetAttribute("href")!;

        var form = await client.GetFormAsync(answer);
        var saved = await client.PostAsync(answer, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["Answer"] = "CanMeetNeeds",
            ["AnsweredOn.Day"] = "2",
            ["AnsweredOn.Month"] = "3",
            ["AnsweredOn.Year"] = "2026",
            ["__RequestVerificationToken"] = form.Token,
        }));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetDocumentAsync($"/cases/{id}")).QuerySelector("#consultations tbody tr")!.TextContent.ShouldContain("Can meet the needs, 2 Mar 2026");
    }

    [Fact]
    public async Task A_refusal_letter_gives_the_appeal_date()
    {
        var id = await NewCaseAsync(new LocalDate(2026, 1, 12));
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/decision", With(Date("DecidedOn", new LocalDate(2026, 2, 20)), ("Agreed", "no"), ("Reasons", "Needs can be met at SEN support"))));

        var letter = await client.GetDocumentAsync($"/cases/{id}/decision-letter");

        letter.QuerySelector("#letter")!.TextContent.ShouldContain("Needs can be met at SEN support");
        letter.QuerySelector("#letter time")!.GetAttribute("datetime").ShouldBe("2026-04-20"); // 2 months after 20 Feb
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CasePathwayOnSqlite(SqliteApp app) : CasePathwayTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CasePathwayOnPostgres : CasePathwayTests
{
    public CasePathwayOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}

/// <summary>The annual review through the API and the case page: schedule, report, amend, amended plan.</summary>
public abstract class AnnualReviewJourneyTests(TellItOnceApp app)
{
    [Fact]
    public async Task A_review_with_amendments_runs_to_an_amended_plan_and_the_next_review_is_a_year_after_the_meeting()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var area = await db.Areas.SingleAsync(a => a.Slug == DemoAreaSeeder.AreaSlug);
            var caseworker = await db.Users.SingleAsync(u => u.Email == DemoUsers.Caseworker);
            var child = new Child { Id = Guid.CreateVersion7(), AreaId = area.Id, GivenName = "Review", FamilyName = "Journey", DateOfBirth = new LocalDate(2016, 4, 1) };
            var c = new EhcCase
            {
                Id = Guid.CreateVersion7(),
                AreaId = area.Id,
                ChildId = child.Id,
                Reference = $"AR-{Guid.NewGuid():N}"[..12],
                CaseworkerId = caseworker.Id,
                Stage = CaseStage.PlanIssued,
                RequestReceived = new LocalDate(2024, 9, 2),
                DecisionToAssessOn = new LocalDate(2024, 10, 7),
                AgreedToAssess = true,
                DraftIssuedOn = new LocalDate(2024, 12, 16),
                FinalIssuedOn = new LocalDate(2025, 1, 20),
                Version = Guid.NewGuid(),
            };
            db.Children.Add(child);
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        async Task<JsonObject> Post(string path, object body)
        {
            var response = await client.PostAsJsonAsync($"/api/cases/{id}/{path}", body);
            var json = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToJsonString());
            return json;
        }

        var c = (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))!;
        ((string)c["nextDeadline"]!["due"]!).ShouldBe("2026-01-20"); // 12 months from the plan
        c = await Post("review/schedule", new { version = (string)c["version"]!, invitationsSentOn = "2026-01-26", meetingOn = "2026-02-09" });
        ((string)c["stage"]!).ShouldBe("InAnnualReview");
        c = await Post("review/report", new { version = (string)c["version"]!, receivedOn = "2026-02-20" });
        c = await Post("review/decision", new { version = (string)c["version"]!, decision = "Amend", decidedOn = "2026-02-23" });
        // 15 days to comment beginning 23 Feb end 9 Mar; the amended plan is due 23 Feb + 8 weeks = 20 Apr.
        ((string)c["nextDeadline"]!["due"]!).ShouldBe("2026-03-09");
        c["milestones"]!.AsArray().Select(m => (string)m!["due"]!).ShouldContain("2026-04-20");

        var early = await client.PostAsJsonAsync($"/api/cases/{id}/review/amended-plan", new { version = (string)c["version"]!, issuedOn = "2026-03-02" });
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the family's 15 days have not ended");

        // Ten days later (the clock is shared by the collection, so it is put back afterwards). A staff session ends
        // after 30 idle minutes, so the caseworker signs in again on each side of the jump.
        app.Clock.AdvanceDays(10);
        try
        {
            client = await app.SignedInAsync(DemoUsers.Caseworker);
            c = await Post("review/amended-plan", new { version = (string)c["version"]!, issuedOn = "2026-03-11" });
            ((string)c["stage"]!).ShouldBe("PlanIssued");
            ((string)c["nextDeadline"]!["due"]!).ShouldBe("2027-02-09"); // a year after the meeting
        }
        finally
        {
            app.Clock.AdvanceDays(-10);
        }

        client = await app.SignedInAsync(DemoUsers.Caseworker);
        var page = await client.GetDocumentAsync($"/cases/{id}");
        page.QuerySelector("#stage")!.TextContent.ShouldBe("Plan issued");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AnnualReviewJourneyOnSqlite(SqliteApp app) : AnnualReviewJourneyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AnnualReviewJourneyOnPostgres : AnnualReviewJourneyTests
{
    public AnnualReviewJourneyOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
