using Microsoft.EntityFrameworkCore;
using TellItOnce.Data.Seeding;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>Each person sees only the records that are theirs to see.</summary>
public abstract class RecordAccessTests(TellItOnceApp app)
{
    private static async Task<IReadOnlyList<string>> FamilyChildNamesAsync(HttpClient client)
    {
        var document = await client.GetDocumentAsync("/family");
        return [.. document.QuerySelectorAll(".govuk-summary-card__title").Select(h => h.TextContent.Trim())];
    }

    [Fact]
    public async Task A_parent_sees_their_own_two_children_and_nobody_else()
    {
        var names = await FamilyChildNamesAsync(await app.SignedInAsync(DemoUsers.Parent));

        names.ShouldBe(["Maisie Whitfield", "Alfie Whitfield"], ignoreOrder: true);
    }

    [Fact]
    public async Task Another_parent_sees_only_their_own_child()
    {
        var names = await FamilyChildNamesAsync(await app.SignedInAsync(DemoUsers.Parent2));

        names.ShouldBe(["Noah Bellamy"]);
    }

    [Fact]
    public async Task A_young_person_sees_their_own_record()
    {
        var names = await FamilyChildNamesAsync(await app.SignedInAsync(DemoUsers.YoungPerson));

        names.ShouldBe(["Kai Robson"]);
    }

    [Fact]
    public async Task A_parent_sees_what_happens_next_with_the_engine_date()
    {
        var document = await (await app.SignedInAsync(DemoUsers.Parent2)).GetDocumentAsync("/family");

        // Noah's case is being assessed: the next step is the earliest outstanding advice, or the final plan.
        var next = document.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "What happens next");
        next.QuerySelector("time")!.GetAttribute("datetime").ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_SENCO_sees_only_pupils_of_their_own_setting()
    {
        var document = await (await app.SignedInAsync(DemoUsers.Senco)).GetDocumentAsync("/setting");
        var shown = document.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToHashSet();

        var (mine, others) = await app.WithDbAsync(async db =>
        {
            var settingId = await db.Users.Where(u => u.Email == DemoUsers.Senco).Select(u => u.SettingId).SingleAsync();
            var children = await db.Children.Select(c => new { Name = c.GivenName + " " + c.FamilyName, c.CurrentSettingId }).ToListAsync();
            return (children.Where(c => c.CurrentSettingId == settingId).Select(c => c.Name).ToHashSet(),
                children.Where(c => c.CurrentSettingId != settingId).Select(c => c.Name).ToHashSet());
        });
        shown.ShouldBe(mine, ignoreOrder: true);
        mine.ShouldContain("Maisie Whitfield");
        shown.Intersect(others.Except(mine)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_professional_sees_only_advice_requests_addressed_to_them_or_their_organisation()
    {
        var document = await (await app.SignedInAsync(DemoUsers.EducationalPsychologist)).GetDocumentAsync("/advice");
        var shown = document.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

        var expected = await app.WithDbAsync(async db =>
        {
            var ep = await db.Users.SingleAsync(u => u.Email == DemoUsers.EducationalPsychologist);
            var areas = await db.AreaMemberships.Where(m => m.UserId == ep.Id).Select(m => m.AreaId).ToListAsync();
            return await (from a in db.AdviceRequests
                          join c in db.Cases on a.CaseId equals c.Id
                          where a.ReceivedOn == null && (a.ProfessionalUserId == ep.Id || a.OrganisationId == ep.OrganisationId) && areas.Contains(c.AreaId)
                          select c.Reference).ToListAsync();
        });
        expected.ShouldNotBeEmpty();
        shown.ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public async Task A_caseworker_sees_only_cases_assigned_to_them()
    {
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        var references = new List<string>();
        for (var page = 1; page <= 10; page++)
        {
            var document = await client.GetDocumentAsync($"/work?p={page}");
            references.AddRange(document.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()));
            if (document.QuerySelector(".govuk-pagination__next") is null)
            {
                break;
            }
        }

        var expected = await app.WithDbAsync(async db =>
        {
            var me = await db.Users.SingleAsync(u => u.Email == DemoUsers.Caseworker);
            var myAreas = await db.AreaMemberships.Where(m => m.UserId == me.Id).Select(m => m.AreaId).ToListAsync();
            var open = Features.Workspaces.WorkspaceQueries.OpenStages.ToList();
            return await db.Cases.Where(c => c.CaseworkerId == me.Id && myAreas.Contains(c.AreaId) && open.Contains(c.Stage)).Select(c => c.Reference).ToListAsync();
        });
        references.ShouldBe(expected, ignoreOrder: true);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecordAccessOnSqlite(SqliteApp app) : RecordAccessTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RecordAccessOnPostgres : RecordAccessTests
{
    public RecordAccessOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
