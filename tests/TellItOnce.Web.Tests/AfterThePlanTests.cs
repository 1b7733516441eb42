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
using TellItOnce.Domain.Plans;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>
/// After the plan: review results per outcome, ceasing, transfers between areas, mediation and appeals, complaints and
/// personal budgets, through the pages and the API, with the deadlines on the case page from the engine.
/// </summary>
public abstract class AfterThePlanTests(TellItOnceApp app)
{
    private static readonly Guid Reading = Guid.Parse("0199a000-0000-7000-8000-000000000001");
    private static readonly Guid Friends = Guid.Parse("0199a000-0000-7000-8000-000000000002");

    /// <summary>A case with a final plan (two outcomes) issued 20 Jan 2025, optionally in review with a meeting on 9 Feb 2026.</summary>
    private Task<Guid> PlanAsync(bool inReview = false, string areaSlug = DemoAreaSeeder.AreaSlug) => app.WithDbAsync(async db =>
    {
        var area = await db.Areas.SingleOrDefaultAsync(a => a.Slug == areaSlug)
            ?? db.Areas.Add(new Area { Id = Guid.CreateVersion7(), LaCode = "991", Name = "Southvale", Slug = areaSlug, ReferencePrefix = "SV" }).Entity;
        var child = new Child { Id = Guid.CreateVersion7(), AreaId = area.Id, GivenName = "After", FamilyName = $"Plan{Guid.NewGuid():N}"[..12], DateOfBirth = new LocalDate(2016, 4, 1) };
        var c = new EhcCase
        {
            Id = Guid.CreateVersion7(),
            AreaId = area.Id,
            ChildId = child.Id,
            Reference = $"AP-{Guid.NewGuid():N}"[..12],
            Stage = inReview ? CaseStage.InAnnualReview : CaseStage.PlanIssued,
            RequestReceived = new LocalDate(2024, 9, 2),
            DecisionToAssessOn = new LocalDate(2024, 10, 7),
            AgreedToAssess = true,
            DraftIssuedOn = new LocalDate(2024, 12, 16),
            FinalIssuedOn = new LocalDate(2025, 1, 20),
            LatestPlanIssuedOn = new LocalDate(2025, 1, 20),
            Version = Guid.NewGuid(),
            ReviewMeetingOn = inReview ? new LocalDate(2026, 2, 9) : null,
            ReviewInvitationsSentOn = inReview ? new LocalDate(2026, 1, 26) : null,
        };
        db.Children.Add(child);
        db.Cases.Add(c);
        db.PlanVersions.Add(new PlanVersion
        {
            Id = Guid.CreateVersion7(),
            AreaId = area.Id,
            CaseId = c.Id,
            Number = 1,
            Kind = PlanVersionKind.Final,
            IssuedOn = c.FinalIssuedOn,
            Outcomes = [new PlanOutcome { Id = Reading, Text = "Reads a short book aloud", ByWhen = "July 2026" }, new PlanOutcome { Id = Friends, Text = "Plays with two friends at break", ByWhen = "July 2026" }],
        });
        db.PlanVersions.Add(new PlanVersion { Id = Guid.CreateVersion7(), AreaId = area.Id, CaseId = c.Id, Number = 2, Kind = PlanVersionKind.Working });
        await db.SaveChangesAsync();
        return c.Id;
    });

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var form = await client.GetFormAsync(url);
        fields["__RequestVerificationToken"] = form.Token;
        fields["Version"] = form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static void Date(Dictionary<string, string> fields, string name, string iso)
    {
        var d = NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
        fields[$"{name}.Day"] = d.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields[$"{name}.Month"] = d.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields[$"{name}.Year"] = d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<IHtmlDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await response.ToDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent);
        return await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
    }

    private static string? Due(IHtmlDocument page, string key) =>
        page.QuerySelector($"#timeline tr[data-milestone={key}] time")?.GetAttribute("datetime");

    /// <summary>Posts a step to the API, expecting success unless a status is given; returns the JSON answer.</summary>
    private static async Task<JsonObject> StepAsync(HttpClient client, Guid id, string step, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{id}/steps/{step}", body);
        var json = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        response.StatusCode.ShouldBe(expected, json.ToJsonString());
        return json;
    }

    private static async Task<string> VersionAsync(HttpClient client, Guid id) => (string)(await client.GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))!["version"]!;

    [Fact]
    public async Task A_review_records_each_outcome_as_met_partly_or_not_and_the_case_and_review_pages_show_them()
    {
        var id = await PlanAsync(inReview: true);
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        var url = $"/cases/{id}/steps/review-outcomes";
        (await client.GetDocumentAsync($"/cases/{id}")).QuerySelector($"a[href='{url}']").ShouldNotBeNull();

        var missing = await (await PostFormAsync(client, url, new() { ["outcome-0"] = "Met" })).ToDocumentAsync();
        var link = missing.QuerySelector(".govuk-error-summary__list a")!;
        link.TextContent.ShouldContain("Plays with two friends at break");
        link.GetAttribute("href").ShouldBe("#outcome-1-Met");

        var page = await FollowAsync(client, await PostFormAsync(client, url, new()
        {
            ["outcome-0"] = "Met",
            ["comment-0"] = "Reads every day",
            ["outcome-1"] = "PartlyMet",
            ["suggested"] = "Travels to school with a friend\nJoins a club",
        }));
        page.QuerySelectorAll("#outcome-results tbody tr").Select(r => r.GetAttribute("data-progress")).ShouldBe(["Met", "PartlyMet"], ignoreOrder: true);
        page.QuerySelector("#outcome-results")!.PreviousElementSibling!.TextContent.ShouldContain("1 of 2 outcomes met");
        page.QuerySelectorAll("#suggested-outcomes li").Length.ShouldBe(2);
        (await client.GetDocumentAsync($"/cases/{id}/review/decision")).QuerySelectorAll("#outcome-results tbody tr").Length.ShouldBe(2);

        var rows = await app.WithDbAsync(db => db.ReviewOutcomeResults.Where(r => r.CaseId == id).ToListAsync());
        rows.Count.ShouldBe(4);
        rows.ShouldAllBe(r => r.ReviewMeetingOn == new LocalDate(2026, 2, 9));
        rows.Single(r => r.OutcomeId == Friends).Progress.ShouldBe(OutcomeProgress.PartlyMet);

        // The API takes the same fields; a plan not in review refuses.
        var notInReview = await PlanAsync();
        var refused = await StepAsync(client, notInReview, "review-outcomes", new { version = await VersionAsync(client, notInReview), outcome0 = "Met" }, HttpStatusCode.BadRequest);
        refused["errors"]!["stage"]![0]!.ToString().ShouldContain("during an annual review");
    }

    [Fact]
    public async Task Ceasing_outside_a_review_waits_for_the_time_to_appeal_and_shows_on_the_timeline()
    {
        var id = await PlanAsync();
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        var future = new Dictionary<string, string> { ["reason"] = "4" };
        Date(future, "proposedOn", "2026-03-03");
        (await (await PostFormAsync(client, $"/cases/{id}/steps/propose-ceasing", future)).ToDocumentAsync())
            .QuerySelector(".govuk-error-summary__list a[href='#proposedOn-day']")!.TextContent.ShouldContain("today or in the past");

        var proposal = new Dictionary<string, string> { ["reason"] = "4" };
        Date(proposal, "proposedOn", "2025-11-03");
        await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/steps/propose-ceasing", proposal));
        var decision = new Dictionary<string, string> { ["cease"] = "yes" };
        Date(decision, "decidedOn", "2025-12-01");
        var page = await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/steps/ceasing-decision", decision));
        Due(page, "plan-ceases").ShouldBe("2026-02-01"); // 2 months after the decision

        await StepAsync(client, id, "cease-plan", new { version = await VersionAsync(client, id), ceasedOn = "2026-01-15" }, HttpStatusCode.BadRequest);
        var ceased = await StepAsync(client, id, "cease-plan", new { version = await VersionAsync(client, id), ceasedOn = "2026-02-02" });
        ((string)ceased["stage"]!).ShouldBe("Ceased");
        (await app.WithDbAsync(db => db.Cases.SingleAsync(c => c.Id == id))).CeaseReason.ShouldBe(4);
    }

    [Fact]
    public async Task A_plan_transferred_to_another_area_keeps_its_history_there_and_a_read_only_record_here()
    {
        var southvale = await PlanAsync(areaSlug: "southvale"); // makes the second area
        var id = await PlanAsync();
        var area = await app.WithDbAsync(db => db.Areas.SingleAsync(a => a.Slug == "southvale"));
        var email = $"sv-{Guid.NewGuid():N}@example.test";
        var svUser = await app.CreateUserAsync(email, Role.Caseworker);
        await app.WithDbAsync(async db =>
        {
            db.AreaMemberships.RemoveRange(db.AreaMemberships.Where(m => m.UserId == svUser));
            db.AreaMemberships.Add(new AreaMembership { Id = Guid.CreateVersion7(), UserId = svUser, AreaId = area.Id, Role = Role.Caseworker });
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        var same = await StepAsync(client, id, "transfer-out", new { version = await VersionAsync(client, id), toAreaId = Guid.NewGuid(), learnedOn = "2026-02-02", movedOn = "2026-02-10", transferredOn = "2026-02-16" }, HttpStatusCode.BadRequest);
        same["errors"]!["toAreaId"].ShouldNotBeNull();
        var form = new Dictionary<string, string> { ["toAreaId"] = area.Id.ToString() };
        Date(form, "learnedOn", "2026-02-02");
        Date(form, "movedOn", "2026-02-10");
        Date(form, "transferredOn", "2026-02-16");
        var page = await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/steps/transfer-out", form));
        page.QuerySelector("#stage")!.TextContent.ShouldBe("Transferred to another area");
        page.QuerySelector("#transferred-out")!.TextContent.ShouldContain("Southvale");
        Due(page, "transfer-out").ShouldBe("2026-02-20"); // under 15 working days' notice: 15th working day from 2 Feb
        page.QuerySelectorAll("#next-steps + ul a").Select(a => a.GetAttribute("href")).ShouldNotContain($"/cases/{id}/review/schedule");
        await StepAsync(client, id, "complaint", new { version = await VersionAsync(client, id), receivedOn = "2026-03-02", complaintStage = "1", summary = "x" }, HttpStatusCode.OK);
        (await client.PostAsJsonAsync($"/api/cases/{id}/review/schedule", new { version = await VersionAsync(client, id), invitationsSentOn = "2026-03-02", meetingOn = "2026-03-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var received = await app.WithDbAsync(db => db.Cases.SingleAsync(c => c.TransferredFromCaseId == id));
        received.AreaId.ShouldBe(area.Id);
        received.Reference.ShouldStartWith($"{area.ReferencePrefix}-2026-");
        var sv = await app.SignedInAsync(email);
        var there = await sv.GetDocumentAsync($"/cases/{received.Id}");
        there.QuerySelector("#transferred-in").ShouldNotBeNull();
        there.QuerySelector("#next-deadline time")!.GetAttribute("datetime").ShouldBe("2026-03-30"); // 16 Feb + 6 weeks: say whether to reassess
        Due(there, "annual-review").ShouldBeNull();
        there.QuerySelector("#timeline tr[data-milestone=transfer-review] time")!.GetAttribute("datetime").ShouldBe("2026-05-16"); // 3 months from transfer beats 20 Jan 2026
        (await app.WithDbAsync(db => db.PlanVersions.Where(p => p.CaseId == received.Id).CountAsync())).ShouldBe(2);
        (await sv.GetAsync($"/cases/{received.Id}/plan")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sv.GetAsync($"/cases/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await StepAsync(sv, received.Id, "transfer-decision", new { version = await VersionAsync(sv, received.Id), reassess = false, decidedOn = "2026-03-02" });
        southvale.ShouldNotBe(id);
    }

    [Fact]
    public async Task Mediation_then_an_appeal_and_the_tribunals_order_with_its_regulation_44_deadline()
    {
        var id = await PlanAsync();
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        var early = await StepAsync(client, id, "appeal", new { version = await VersionAsync(client, id), subject = "PlanContents", sections = "B, F", decisionNotifiedOn = "2025-01-20", registeredOn = "2025-02-10" }, HttpStatusCode.BadRequest);
        early["errors"]!["subject"]![0]!.ToString().ShouldContain("mediation certificate");

        var mediation = new Dictionary<string, string> { ["subject"] = "PlanContents", ["wantsMediation"] = "no" };
        Date(mediation, "decisionNotifiedOn", "2025-01-20");
        Date(mediation, "contactedOn", "2025-02-03");
        var page = await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/steps/mediation", mediation));
        page.QuerySelector("#mediations tbody tr time")!.GetAttribute("datetime").ShouldBe("2025-02-06"); // 3 working days
        var certificateUrl = page.QuerySelector("#mediations a")!.GetAttribute("href")!;
        var certificate = new Dictionary<string, string>();
        Date(certificate, "issuedOn", "2025-02-05");
        page = await FollowAsync(client, await PostFormAsync(client, certificateUrl, certificate));
        Due(page, "tribunal-appeal").ShouldBe("2025-03-20"); // 2 months from the decision beats 1 month from the certificate

        await StepAsync(client, id, "appeal", new { version = await VersionAsync(client, id), subject = "PlanContents", sections = "B, F", decisionNotifiedOn = "2025-01-20", registeredOn = "2025-03-10" });
        var appealId = (await app.WithDbAsync(db => db.TribunalAppeals.SingleAsync(a => a.CaseId == id))).Id;
        await StepAsync(client, id, $"appeal-hearing/{appealId}", new { version = await VersionAsync(client, id), hearingOn = "2026-04-14" });
        var wrongOrder = await StepAsync(client, id, $"appeal-decision/{appealId}", new { version = await VersionAsync(client, id), decidedOn = "2026-02-16", outcome = "Upheld", order = "Assess" }, HttpStatusCode.BadRequest);
        wrongOrder["errors"]!["order"].ShouldNotBeNull();

        var decision = new Dictionary<string, string> { ["outcome"] = "Upheld", ["order"] = "AmendContents", ["changes"] = "Section F: speech and language therapy weekly" };
        Date(decision, "decidedOn", "2026-02-16");
        page = await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/steps/appeal-decision/{appealId}", decision));
        Due(page, "tribunal-order").ShouldBe("2026-03-23"); // amended plan within 5 weeks of the order
        page.QuerySelector("#appeals")!.TextContent.ShouldContain("speech and language therapy weekly");

        var done = new Dictionary<string, string>();
        Date(done, "completedOn", "2026-03-03");
        (await (await PostFormAsync(client, $"/cases/{id}/steps/appeal-order-done/{appealId}", done)).ToDocumentAsync())
            .QuerySelector(".govuk-error-summary__list a[href='#completedOn-day']").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_complaint_is_due_in_the_councils_working_days_and_stage_2_follows_an_answered_stage_1()
    {
        var id = await PlanAsync();
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        var stage2 = new Dictionary<string, string> { ["complaintStage"] = "2", ["summary"] = "Provision not delivered" };
        Date(stage2, "receivedOn", "2026-02-16");
        (await (await PostFormAsync(client, $"/cases/{id}/steps/complaint", stage2)).ToDocumentAsync())
            .QuerySelector(".govuk-error-summary__list a[href='#complaintStage-1']")!.TextContent.ShouldContain("follows a stage 1 complaint");
        var empty = await (await PostFormAsync(client, $"/cases/{id}/steps/complaint", [])).ToDocumentAsync();
        empty.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ShouldBe(["#receivedOn-day"]);

        var stage1 = new Dictionary<string, string> { ["complaintStage"] = "1", ["summary"] = "Provision not delivered" };
        Date(stage1, "receivedOn", "2026-02-16");
        var page = await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/steps/complaint", stage1));
        page.QuerySelector("#complaints tbody tr time")!.GetAttribute("datetime").ShouldBe("2026-03-02"); // 10 working days
        Due(page, "complaint-response").ShouldBe("2026-03-02");

        var reply = new Dictionary<string, string> { ["outcome"] = "PartlyUpheld" };
        Date(reply, "respondedOn", "2026-02-27");
        page = await FollowAsync(client, await PostFormAsync(client, page.QuerySelector("#complaints a")!.GetAttribute("href")!, reply));
        page.QuerySelector("#complaints")!.TextContent.ShouldContain("PartlyUpheld");
        Date(stage2, "receivedOn", "2026-03-02");
        await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/steps/complaint", stage2));
        (await app.WithDbAsync(db => db.Complaints.Where(k => k.CaseId == id).Select(k => k.ResponseWorkingDays).ToListAsync())).ShouldBe([10, 20], ignoreOrder: true);
    }

    [Fact]
    public async Task A_personal_budget_is_requested_then_agreed_into_section_J_or_refused_with_reasons()
    {
        var id = await PlanAsync();
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        var none = await StepAsync(client, id, "personal-budget", new { version = await VersionAsync(client, id), requestedOn = "2026-02-02", arrangement = "DirectPayment" }, HttpStatusCode.BadRequest);
        none["errors"]!["education"].ShouldNotBeNull();
        await StepAsync(client, id, "personal-budget", new { version = await VersionAsync(client, id), requestedOn = "2026-02-02", education = "£1,500", socialCare = 600, arrangement = "DirectPayment" });
        var requestId = (await app.WithDbAsync(db => db.PersonalBudgetRequests.SingleAsync(p => p.CaseId == id))).Id;

        var refusal = await StepAsync(client, id, $"personal-budget-decision/{requestId}", new { version = await VersionAsync(client, id), agreed = false, decidedOn = "2026-02-20" }, HttpStatusCode.BadRequest);
        refusal["errors"]!["reasons"].ShouldNotBeNull();

        // A colleague opens the plan editor before the budget is agreed.
        var editor = await client.GetFormAsync($"/cases/{id}/plan");
        var staleRevision = editor.Document.QuerySelector("input[name=Revision]")!.GetAttribute("value")!;

        var form = new Dictionary<string, string> { ["agreed"] = "yes", ["education"] = "1200", ["socialCare"] = "600" };
        Date(form, "decidedOn", "2026-02-20");
        var page = await FollowAsync(client, await PostFormAsync(client, $"/cases/{id}/steps/personal-budget-decision/{requestId}", form));
        page.QuerySelector("#section-j")!.TextContent.ShouldBe("Education: £1,200 a year; Social care: £600 a year; paid as a direct payment.");
        (await app.WithDbAsync(db => db.PlanVersions.SingleAsync(p => p.CaseId == id && p.Kind == PlanVersionKind.Working))).PersonalBudget
            .ShouldBe("Education: £1,200 a year; Social care: £600 a year; paid as a direct payment.");

        // Their save, made against the plan as it was before section J changed, is refused with the clear message.
        var stale = await client.PostAsync($"/cases/{id}/plan?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = editor.Token,
            ["Revision"] = staleRevision,
            ["J"] = "No personal budget",
        }));
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Someone else changed this plan while you were editing");
        (await app.WithDbAsync(db => db.PlanVersions.SingleAsync(p => p.CaseId == id && p.Kind == PlanVersionKind.Working))).PersonalBudget
            .ShouldBe("Education: £1,200 a year; Social care: £600 a year; paid as a direct payment.");
    }

    [Fact]
    public async Task Steps_are_refused_outside_the_users_areas_to_other_roles_and_on_a_stale_copy()
    {
        var elsewhere = await PlanAsync(areaSlug: "southvale");
        var mine = await PlanAsync();
        var caseworker = await app.SignedInAsync(DemoUsers.Caseworker);

        (await caseworker.GetAsync($"/cases/{elsewhere}/steps/complaint")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await caseworker.PostAsJsonAsync($"/api/cases/{elsewhere}/steps/complaint", new { version = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await caseworker.GetAsync($"/cases/{mine}/steps/no-such-step")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await caseworker.GetAsync($"/cases/{mine}/steps/complaint-response")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "that step needs a complaint");
        await StepAsync(caseworker, mine, "complaint", new { version = Guid.NewGuid(), receivedOn = "2026-03-02", complaintStage = "1", summary = "x" }, HttpStatusCode.Conflict);

        var parent = await app.SignedInAsync(DemoUsers.Parent);
        (await parent.PostAsJsonAsync($"/api/cases/{mine}/steps/complaint", new { version = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await parent.GetAsync($"/cases/{mine}/steps/complaint")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var openApi = await app.Browser().GetStringAsync("/openapi/v1.json");
        foreach (var operation in new[] { "RecordReviewOutcomes", "ProposeCeasing", "TransferOut", "RequestMediation", "RegisterAppeal", "RecordTribunalDecision", "RecordComplaint", "DecidePersonalBudget" })
        {
            openApi.ShouldContain($"\"operationId\": \"{operation}\"");
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AfterThePlanOnSqlite(SqliteApp app) : AfterThePlanTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AfterThePlanOnPostgres : AfterThePlanTests
{
    public AfterThePlanOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
