using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>
/// The child's one record: family and contacts, people involved and communication needs, told once and reused; and the
/// merge of a duplicate record into the kept one (ADR 40).
/// </summary>
public abstract class ChildRecordTests(TellItOnceApp app)
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var form = await client.GetFormAsync(url);
        fields["__RequestVerificationToken"] = form.Token;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static async Task<IHtmlDocument> RefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ToDocumentAsync();
    }

    private static string[] SummaryLinks(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public async Task Family_people_involved_and_communication_needs_are_told_once_shown_on_the_case_and_prefilled_into_section_A()
    {
        var (caseId, childId, _) = await TestRecords.AssessingCaseAsync(app);
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        var contacts = $"/children/{childId}/contacts";

        var empty = await RefusedAsync(await PostAsync(client, contacts, []));
        SummaryLinks(empty).ShouldBe(["#kind-Family", "#name"]);
        var noWayToWrite = await RefusedAsync(await PostAsync(client, contacts, new() { ["Kind"] = "Family", ["Name"] = "Ana Novak", ["Relationship"] = "Mother", ["PreferredContact"] = "Email", ["ReceivesLetters"] = "true", ["Email"] = "not-an-email" }));
        noWayToWrite.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Enter an email address in the correct format");

        (await PostAsync(client, contacts, new()
        {
            ["Kind"] = "Family",
            ["Name"] = "Ana Novak",
            ["Relationship"] = "Mother",
            ["ParentalResponsibility"] = "true",
            ["Email"] = "ana@example.com",
            ["PreferredContact"] = "Email",
            ["ReceivesLetters"] = "true",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(client, contacts, new() { ["Kind"] = "SocialWorker", ["Name"] = "Sam Reed", ["Organisation"] = "Northshire children's services", ["Phone"] = "01632 960 001" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var communication = $"/children/{childId}/communication";
        var noLanguage = await RefusedAsync(await PostAsync(client, communication, new() { ["NeedsInterpreter"] = "true" }));
        SummaryLinks(noLanguage).ShouldBe(["#interpreterLanguage"]);
        (await PostAsync(client, communication, new() { ["NeedsInterpreter"] = "true", ["InterpreterLanguage"] = "Polish", ["LargePrint"] = "true" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var casePage = await client.GetDocumentAsync($"/cases/{caseId}");
        casePage.QuerySelector("#communication-needs")!.TextContent.ShouldBe("An interpreter (Polish); Large print.");
        casePage.QuerySelector("#family-contacts")!.TextContent.ShouldContain("Mother, parental responsibility, receives letters");
        casePage.QuerySelector("#people-involved")!.TextContent.ShouldContain("Social worker, Northshire children's services");
        var record = await client.GetDocumentAsync($"/children/{childId}");
        record.QuerySelector("#case-list a")!.GetAttribute("href").ShouldBe($"/cases/{caseId}");

        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(ChildContact) || (a.EntityType == nameof(Child) && a.EntityId == childId.ToString()))
            .Select(a => a.EntityType).ToListAsync());
        audited.Count(t => t == nameof(ChildContact)).ShouldBeGreaterThanOrEqualTo(2);
        audited.ShouldContain(nameof(Child));

        var plan = await client.GetFormAsync($"/cases/{caseId}/plan");
        (await client.PostAsync($"/cases/{caseId}/plan?handler=Start", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = plan.Token })))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sectionA = await app.WithDbAsync(db => db.PlanVersions.Where(p => p.CaseId == caseId).Select(p => p.ViewsInterestsAspirations).SingleAsync());
        sectionA.ShouldNotBeNull();
        sectionA.ShouldContain("My family: Ana Novak (Mother).");
        sectionA.ShouldContain("How to communicate with me and my family: An interpreter (Polish); Large print.");
    }

    [Fact]
    public async Task A_contact_is_changed_and_removed_and_other_areas_and_roles_are_refused()
    {
        var (_, childId, _) = await TestRecords.AssessingCaseAsync(app);
        var contactId = await app.WithDbAsync(async db =>
        {
            var area = await db.Children.Where(c => c.Id == childId).Select(c => c.AreaId).SingleAsync();
            var contact = db.ChildContacts.Add(new ChildContact { Id = Guid.CreateVersion7(), ChildId = childId, AreaId = area, Kind = ContactKind.Setting, Name = "Jo Park", Relationship = "SENCO" }).Entity;
            await db.SaveChangesAsync();
            return contact.Id;
        });
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        var url = $"/children/{childId}/contacts/{contactId}";

        (await client.GetDocumentAsync(url)).QuerySelector("#name")!.GetAttribute("value").ShouldBe("Jo Park");
        (await PostAsync(client, url, new() { ["Kind"] = "Setting", ["Name"] = "Jo Park", ["Relationship"] = "Deputy SENCO" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.ChildContacts.SingleAsync(c => c.Id == contactId))).Relationship.ShouldBe("Deputy SENCO");

        var elsewhere = await app.SignedInAsync(await TestRecords.OtherAreaUserAsync(app, Role.Caseworker));
        (await elsewhere.GetAsync($"/children/{childId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await elsewhere.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await elsewhere.GetAsync($"/children/{childId}/communication")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var senco = await app.SignedInAsync(DemoUsers.Senco);
        (await senco.GetAsync($"/children/{childId}")).Headers.Location!.OriginalString.ShouldStartWith("http://localhost/access-denied");

        (await PostAsync(client, url + "?handler=Remove", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.ChildContacts.AnyAsync(c => c.Id == contactId))).ShouldBeFalse();
        (await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == contactId.ToString() && a.Action == Domain.Auditing.AuditAction.Deleted))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_request_with_a_known_unique_pupil_number_asks_before_creating_a_second_record()
    {
        var upn = $"A{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";
        var (_, childId, _) = await TestRecords.AssessingCaseAsync(app);
        await app.WithDbAsync(async db =>
        {
            (await db.Children.SingleAsync(c => c.Id == childId)).Upn = upn;
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        var before = await app.WithDbAsync(db => db.Children.CountAsync());

        var asked = await RefusedAsync(await PostAsync(client, "/cases/new", new()
        {
            ["GivenName"] = "Quite",
            ["FamilyName"] = "Different",
            ["DateOfBirth.Day"] = "3",
            ["DateOfBirth.Month"] = "3",
            ["DateOfBirth.Year"] = "2015",
            ["Upn"] = upn.ToLowerInvariant(),
            ["RequestedBy"] = "Setting",
            ["Received.Day"] = "23",
            ["Received.Month"] = "2",
            ["Received.Year"] = "2026",
        }));

        asked.QuerySelector("input[name=SameChild][value='" + childId + "']").ShouldNotBeNull();
        (await app.WithDbAsync(db => db.Children.CountAsync())).ShouldBe(before);
    }

    /// <summary>Two records of the same child in the demo area: the kept one with a case and a contact, the duplicate with a case, a contact, a family link and a UPN.</summary>
    private async Task<(Guid Kept, Guid Duplicate, Guid DuplicateCase)> DuplicatesAsync()
    {
        var (_, kept, _) = await TestRecords.AssessingCaseAsync(app, givenName: "Twin");
        var (dupCase, duplicate, _) = await TestRecords.AssessingCaseAsync(app, givenName: "Twin");
        var parentId = await app.CreateUserAsync($"twin-parent-{Guid.NewGuid():N}@northshire.example", Role.Parent);
        await app.WithDbAsync(async db =>
        {
            var k = await db.Children.SingleAsync(c => c.Id == kept);
            var d = await db.Children.SingleAsync(c => c.Id == duplicate);
            d.FamilyName = k.FamilyName;
            d.Upn = $"B{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";
            d.LargePrint = true;
            db.FamilyLinks.Add(new FamilyLink { Id = Guid.CreateVersion7(), ChildId = duplicate, UserId = parentId, Relationship = FamilyRelationship.Parent });
            db.ChildContacts.Add(new ChildContact { Id = Guid.CreateVersion7(), ChildId = duplicate, AreaId = d.AreaId, Kind = ContactKind.Family, Name = "Dup Parent", Relationship = "Father" });
            return await db.SaveChangesAsync();
        });
        return (kept, duplicate, dupCase);
    }

    [Fact]
    public async Task A_manager_merges_a_duplicate_moving_everything_and_keeping_its_history_behind_a_tombstone()
    {
        var (kept, duplicate, dupCase) = await DuplicatesAsync();
        var manager = await app.SignedInAsync(DemoUsers.Manager);
        var merge = $"/children/{kept}/merge";

        (await manager.GetDocumentAsync(merge)).QuerySelector($"input[name=DuplicateId][value='{duplicate}']").ShouldNotBeNull();
        var unconfirmed = await RefusedAsync(await PostAsync(manager, merge, new() { ["DuplicateId"] = duplicate.ToString() }));
        SummaryLinks(unconfirmed).ShouldBe(["#confirmed"]);

        (await PostAsync(manager, merge, new() { ["DuplicateId"] = duplicate.ToString(), ["Confirmed"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (cases, contacts, links, keptChild, tombstone) = await app.WithDbAsync(async db => (
            await db.Cases.Where(c => c.ChildId == kept).Select(c => c.Id).ToListAsync(),
            await db.ChildContacts.Where(c => c.ChildId == kept).Select(c => c.Name).ToListAsync(),
            await db.FamilyLinks.Where(l => l.ChildId == kept).CountAsync(),
            await db.Children.SingleAsync(c => c.Id == kept),
            await db.Children.SingleAsync(c => c.Id == duplicate)));
        cases.ShouldContain(dupCase);
        cases.Count.ShouldBe(2);
        contacts.ShouldBe(["Dup Parent"]);
        links.ShouldBe(1);
        keptChild.Upn.ShouldNotBeNull();
        keptChild.LargePrint.ShouldBeTrue();
        tombstone.MergedIntoId.ShouldBe(kept);

        // The merge is in the audit trail, with the reason, and the kept record's history shows the duplicate's.
        var reasons = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == dupCase.ToString() || a.EntityId == duplicate.ToString()).Select(a => a.Reason).ToListAsync());
        reasons.ShouldContain($"Merged child record {duplicate} into {kept}");
        var access = await manager.GetDocumentAsync($"/children/{kept}/access");
        access.Body!.TextContent.ShouldContain("Merged child record");

        // The tombstone sends the area's SEND team to the kept record, is gone for everyone else, and no longer matches.
        var redirect = await manager.GetAsync($"/children/{duplicate}");
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.OriginalString.ShouldBe($"/children/{kept}");
        var elsewhere = await app.SignedInAsync(await TestRecords.OtherAreaUserAsync(app, Role.Caseworker));
        (await elsewhere.GetAsync($"/children/{duplicate}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.GetDocumentAsync(merge)).QuerySelector("#no-duplicates").ShouldNotBeNull();
        (await manager.GetAsync($"/children/{duplicate}/merge")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_merge_is_refused_to_a_caseworker_into_itself_and_across_areas()
    {
        var (kept, duplicate, _) = await DuplicatesAsync();
        var (_, southvaleChild, _) = await TestRecords.AssessingCaseAsync(app, TestRecords.OtherAreaSlug);
        var manager = await app.SignedInAsync(DemoUsers.Manager);
        var merge = $"/children/{kept}/merge";

        var caseworker = await app.SignedInAsync(DemoUsers.Caseworker);
        (await caseworker.GetAsync(merge)).Headers.Location!.OriginalString.ShouldStartWith("http://localhost/access-denied");

        var itself = await RefusedAsync(await PostAsync(manager, merge, new() { ["DuplicateId"] = kept.ToString(), ["Confirmed"] = "true" }));
        itself.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("cannot be merged into itself");

        var across = await RefusedAsync(await PostAsync(manager, merge, new() { ["DuplicateId"] = southvaleChild.ToString(), ["Confirmed"] = "true" }));
        across.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Select a record of this area's children");

        var otherManager = await app.SignedInAsync(await TestRecords.OtherAreaUserAsync(app, Role.Manager));
        (await otherManager.GetAsync(merge)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherManager.GetAsync($"/children/{southvaleChild}/merge")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var untouched = await app.WithDbAsync(async db => (
            await db.Children.Where(c => c.Id == duplicate || c.Id == southvaleChild || c.Id == kept).AllAsync(c => c.MergedIntoId == null),
            await db.Cases.CountAsync(c => c.ChildId == kept)));
        untouched.ShouldBe((true, 1));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ChildRecordOnSqlite(SqliteApp app) : ChildRecordTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ChildRecordOnPostgres : ChildRecordTests
{
    public ChildRecordOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
