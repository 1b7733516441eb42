using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Plans;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>The plan as an accessible PDF: it opens, reads as the plan, is tagged, and is refused to people outside the case.</summary>
public abstract class PlanPdfTests(TellItOnceApp app)
{
    private async Task<(Guid CaseId, Guid ChildId)> CaseWithPlanAsync(int outcomes)
    {
        var (caseId, childId, _) = await TestRecords.AssessingCaseAsync(app, givenName: "Zoë");
        await app.WithDbAsync(async db =>
        {
            var c = await db.Cases.SingleAsync(k => k.Id == caseId);
            var list = Enumerable.Range(1, outcomes).Select(i => new PlanOutcome { Id = Guid.CreateVersion7(), Text = $"Outcome {i}: Zoë reads a short book aloud to a friend and talks about what happened in it", ByWhen = "By the end of Year 4" }).ToList();
            db.PlanVersions.Add(new PlanVersion
            {
                Id = Guid.CreateVersion7(),
                AreaId = c.AreaId,
                CaseId = caseId,
                Number = 1,
                Kind = PlanVersionKind.Draft,
                IssuedOn = new LocalDate(2026, 2, 20),
                ViewsInterestsAspirations = "I like drawing and swimming.\nI want to be a vet. Mój przyjaciel Łukasz likes ponies.",
                SpecialEducationalNeeds = "Zoë has a speech and language need.",
                Outcomes = list,
                Provision = [new PlanProvision { Id = Guid.CreateVersion7(), Section = ProvisionSection.F, What = "Speech and language therapy", Who = "NHS therapist", HowOften = "Weekly, 30 minutes", AnnualCost = 1850m, OutcomeId = list[0].Id }],
                Placement = "Northby Primary School",
            });
            db.PlanVersions.Add(new PlanVersion { Id = Guid.CreateVersion7(), AreaId = c.AreaId, CaseId = caseId, Number = 2, Kind = PlanVersionKind.Working });
            return await db.SaveChangesAsync();
        });
        return (caseId, childId);
    }

    [Fact]
    public async Task The_plan_PDF_opens_reads_as_the_plan_and_is_tagged()
    {
        var (caseId, _) = await CaseWithPlanAsync(outcomes: 3);
        var child = await app.WithDbAsync(db => db.Children.SingleAsync(c => c.Id == db.Cases.Single(k => k.Id == caseId).ChildId));
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        var response = await client.GetAsync($"/cases/{caseId}/plan/1/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var document = PdfText.Open(bytes))
        {
            document.PageCount.ShouldBeInRange(1, 3);
            document.Info.Title.ShouldBe($"EHC plan for {child.FullName}, version 1");
        }

        var text = string.Join("\n", PdfText.Pages(bytes));
        text.ShouldContain($"Education, health and care plan: {child.FullName}");
        foreach (var heading in new[] { "A. The views", "B. Special educational needs", "E. Outcomes", "F. Special educational provision", "I. Placement", "K. Advice and information" })
        {
            text.ShouldContain(heading);
        }

        text.ShouldContain("Speech and language therapy");
        text.ShouldContain("Mój przyjaciel Łukasz");
        text.ShouldContain("£1,850");
        text.ShouldContain("Page 1 of");
        var tags = PdfText.StructureTypes(bytes);
        tags.ShouldContain("H1");
        tags.Count(t => t == "H2").ShouldBe(12);
        tags.ShouldContain("Table");
        tags.ShouldContain("TH");
        tags.ShouldContain("TD");
    }

    [Fact]
    public async Task A_long_plan_runs_over_pages_with_page_numbers()
    {
        var (caseId, _) = await CaseWithPlanAsync(outcomes: 60);

        var bytes = await (await app.SignedInAsync(DemoUsers.Caseworker)).GetByteArrayAsync($"/cases/{caseId}/plan/1/pdf");

        var pages = PdfText.Pages(bytes);
        pages.Count.ShouldBeInRange(4, 8);
        pages[^1].ShouldContain($"Page {pages.Count} of {pages.Count}");
        pages.Skip(1).Take(3).ShouldAllBe(p => p.Contains("Outcome By when"), "The outcomes table's header repeats on every page it runs onto");
    }

    [Fact]
    public async Task The_plan_PDF_is_refused_outside_the_case_and_the_working_version_to_the_family()
    {
        var (caseId, childId) = await CaseWithPlanAsync(outcomes: 1);
        var otherArea = await app.SignedInAsync(await TestRecords.OtherAreaUserAsync(app, Role.Caseworker));
        (await otherArea.GetAsync($"/cases/{caseId}/plan/1/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync(DemoUsers.Parent)).GetAsync($"/cases/{caseId}/plan/1/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync(DemoUsers.Caseworker)).GetAsync($"/cases/{caseId}/plan/9/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var parentEmail = $"family-{Guid.NewGuid():N}@northshire.example";
        var parentId = await app.CreateUserAsync(parentEmail, Role.Parent);
        await app.WithDbAsync(db =>
        {
            db.FamilyLinks.Add(new FamilyLink { Id = Guid.CreateVersion7(), ChildId = childId, UserId = parentId, Relationship = FamilyRelationship.Parent });
            return db.SaveChangesAsync();
        });
        var parent = await app.SignedInAsync(parentEmail);
        (await parent.GetAsync($"/cases/{caseId}/plan/1/pdf")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await parent.GetAsync($"/cases/{caseId}/plan/2/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync(DemoUsers.Caseworker)).GetAsync($"/cases/{caseId}/plan/2/pdf")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlanPdfOnSqlite(SqliteApp app) : PlanPdfTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlanPdfOnPostgres : PlanPdfTests
{
    public PlanPdfOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
