using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Plans;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>The EHC plan: written once from what is already known, kept as sent at each issue, compared between versions.</summary>
public abstract class PlanTests(TellItOnceApp app)
{
    private async Task<Guid> AssessingCaseAsync()
    {
        return await app.WithDbAsync(async db =>
        {
            var area = await db.Areas.SingleAsync(a => a.Slug == DemoAreaSeeder.AreaSlug);
            var caseworker = await db.Users.SingleAsync(u => u.Email == DemoUsers.Caseworker);
            var eps = await db.Organisations.SingleAsync(o => o.Kind == Domain.People.OrganisationKind.EducationalPsychologyService);
            var child = new Child
            {
                Id = Guid.CreateVersion7(),
                AreaId = area.Id,
                GivenName = "Plan",
                FamilyName = "Writer",
                DateOfBirth = new LocalDate(2017, 2, 1),
                AllAboutMe = "I like trains and I want to be a driver.",
            };
            var c = new EhcCase
            {
                Id = Guid.CreateVersion7(),
                AreaId = area.Id,
                ChildId = child.Id,
                Reference = $"PL-{Guid.NewGuid():N}"[..12],
                CaseworkerId = caseworker.Id,
                Stage = CaseStage.Assessing,
                RequestReceived = new LocalDate(2025, 12, 1),
                DecisionToAssessOn = new LocalDate(2026, 1, 5),
                AgreedToAssess = true,
                Version = Guid.NewGuid(),
            };
            c.AdviceRequests.Add(new AdviceRequest { Id = Guid.CreateVersion7(), CaseId = c.Id, Source = AdviceSource.EducationalPsychology, OrganisationId = eps.Id, RequestedOn = new LocalDate(2026, 1, 6), ReceivedOn = new LocalDate(2026, 2, 10) });
            db.Children.Add(child);
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string handler, Dictionary<string, string> fields)
    {
        var form = await client.GetFormAsync($"/cases/{id}/plan");
        fields["__RequestVerificationToken"] = form.Token;
        if (form.Document.QuerySelector("input[name=Revision]")?.GetAttribute("value") is { } revision)
        {
            fields.TryAdd("Revision", revision);
        }

        return await client.PostAsync($"/cases/{id}/plan?handler={handler}", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task A_save_made_on_a_plan_someone_else_changed_is_refused_and_keeps_what_was_typed()
    {
        var id = await AssessingCaseAsync();
        var caseworker = await app.SignedInAsync(DemoUsers.Caseworker);
        var manager = await app.SignedInAsync(DemoUsers.Manager);
        (await PostAsync(caseworker, id, "Start", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Both open the plan; the caseworker saves first.
        var managersForm = await manager.GetFormAsync($"/cases/{id}/plan");
        var seenRevision = managersForm.Document.QuerySelector("input[name=Revision]")!.GetAttribute("value")!;
        (await PostAsync(caseworker, id, "Save", new() { ["B"] = "Caseworker's needs" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await manager.PostAsync($"/cases/{id}/plan?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = managersForm.Token,
            ["Revision"] = seenRevision,
            ["B"] = "Manager's needs",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Someone else changed this plan while you were editing. Your changes have not been saved");
        page.QuerySelector("textarea#b")!.TextContent.Trim().ShouldBe("Manager's needs");
        (await VersionsAsync(id)).Single().SpecialEducationalNeeds.ShouldBe("Caseworker's needs");

        // Adding an outcome against the old revision is refused too; against the current one it works.
        (await PostAsync(manager, id, "AddOutcome", new() { ["Revision"] = seenRevision, ["OutcomeText"] = "Reads", ["OutcomeByWhen"] = "Year 6" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(manager, id, "AddOutcome", new() { ["OutcomeText"] = "Reads", ["OutcomeByWhen"] = "Year 6" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await VersionsAsync(id)).Single().Outcomes.ShouldHaveSingleItem();
    }

    private Task<List<PlanVersion>> VersionsAsync(Guid id) =>
        app.WithDbAsync(db => db.PlanVersions.AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.Number).ToListAsync());

    [Fact]
    public async Task A_plan_is_prefilled_kept_as_sent_and_compared_between_versions()
    {
        var id = await AssessingCaseAsync();
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        (await PostAsync(client, id, "Start", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var first = (await VersionsAsync(id)).ShouldHaveSingleItem();
        first.ViewsInterestsAspirations.ShouldBe("I like trains and I want to be a driver.");
        first.AdviceAndInformation!.ShouldContain("EducationalPsychology advice from Northshire Educational Psychology Service, received 10 February 2026");

        (await PostAsync(client, id, "AddOutcome", new() { ["OutcomeText"] = "Read a short story alone", ["OutcomeByWhen"] = "By the end of Year 4" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var outcomeId = (await VersionsAsync(id)).Single().Outcomes.Single().Id;
        var service = await app.WithDbAsync(db => db.LocalOfferServices.Where(s => s.IsPublished).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        (await PostAsync(client, id, "AddProvision", new()
        {
            ["ServiceId"] = service.ToString(),
            ["Section"] = "F",
            ["What"] = "Small-group phonics",
            ["Who"] = "Trained teaching assistant",
            ["HowOften"] = "3 x 30 minutes a week",
            ["Cost"] = "£1,500",
            ["ForOutcome"] = outcomeId.ToString(),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var manager = await app.SignedInAsync(DemoUsers.Manager);
        async Task<string> RelyingAsync() => (await manager.GetDocumentAsync($"/local-offer/manage/services/{service}")).QuerySelector("#plans-relying strong")!.TextContent;
        (await RelyingAsync()).ShouldBe("0", "a plan still being written relies on nothing yet");
        var badCost = await PostAsync(client, id, "AddProvision", new() { ["Section"] = "F", ["What"] = "x", ["Who"] = "y", ["HowOften"] = "z", ["Cost"] = "lots" });
        (await badCost.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Enter the cost a year as an amount in pounds");

        var c = (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))!;
        (await client.PostAsJsonAsync($"/api/cases/{id}/draft", new { version = (string)c["version"]!, issuedOn = "2026-02-23" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var draft = (await VersionsAsync(id)).Single();
        draft.Kind.ShouldBe(PlanVersionKind.Draft);
        draft.IssuedOn.ShouldBe(new LocalDate(2026, 2, 23));
        draft.Provision.Single().AnnualCost.ShouldBe(1500m);

        var refused = await PostAsync(client, id, "Save", new() { ["B"] = "Changed after sending" });
        (await refused.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("issued versions are kept as they were sent");

        (await PostAsync(client, id, "Start", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(client, id, "Save", new() { ["A"] = draft.ViewsInterestsAspirations!, ["B"] = "Difficulties with reading and writing.", ["K"] = draft.AdviceAndInformation! }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var compare = await client.GetDocumentAsync($"/cases/{id}/plan/compare?from=1&to=2");
        compare.QuerySelectorAll("[data-section]").Select(h => h.GetAttribute("data-section")).ShouldBe(["B"]);
        compare.QuerySelector("[data-after]")!.TextContent.ShouldBe("Difficulties with reading and writing.");

        c = (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))!;
        var casePage = await client.GetFormAsync($"/cases/{id}");
        (await client.PostAsync($"/cases/{id}?handler=NoFurtherComments", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["version"] = (string)c["version"]!,
            ["__RequestVerificationToken"] = casePage.Token,
        }))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        c = (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))!;
        (await client.PostAsJsonAsync($"/api/cases/{id}/final", new { version = (string)c["version"]!, issuedOn = "2026-03-02" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var versions = await VersionsAsync(id);
        versions.Select(v => (v.Number, v.Kind, v.IssuedOn)).ShouldBe([(1, PlanVersionKind.Draft, (LocalDate?)new LocalDate(2026, 2, 23)), (2, PlanVersionKind.Final, new LocalDate(2026, 3, 2))]);
        var printable = await client.GetDocumentAsync($"/cases/{id}/plan/2");
        printable.QuerySelector("#section-F")!.ParentElement!.TextContent.ShouldContain("Small-group phonics; by Trained teaching assistant; 3 x 30 minutes a week");
        printable.QuerySelector("#section-F")!.ParentElement!.TextContent.ShouldContain("(for: Read a short story alone)");
        (await RelyingAsync()).ShouldBe("1", "the issued final plan names the service");
        var audited = await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(PlanVersion) && a.Changes.Contains("Small-group phonics")));
        audited.ShouldBeTrue();
    }

    [Fact]
    public async Task Another_area_s_plan_and_other_roles_are_refused()
    {
        var id = await AssessingCaseAsync();

        var parent = await app.SignedInAsync(DemoUsers.Parent);
        (await parent.GetAsync($"/cases/{id}/plan")).Headers.Location!.OriginalString.ShouldStartWith("http://localhost/access-denied");
        var caseworker = await app.SignedInAsync(DemoUsers.Caseworker);
        (await caseworker.GetAsync($"/cases/{Guid.NewGuid()}/plan")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await caseworker.GetAsync($"/cases/{id}/plan/7")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlanOnSqlite(SqliteApp app) : PlanTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlanOnPostgres : PlanTests
{
    public PlanOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
