using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Auditing;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Settings;
using TellItOnce.Testing;
using TellItOnce.Web.Cli;

namespace TellItOnce.Web.Tests;

/// <summary>The database, the demo area, the audit trail and the health endpoints, on each database provider.</summary>
public abstract class PlatformTests(TellItOnceApp app)
{
    [Fact]
    public async Task The_migrations_match_the_model()
    {
        var pending = await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        pending.ShouldBeFalse("run dotnet ef migrations add for both providers (docs/adr/0004-two-database-providers.md)");
    }

    [Fact]
    public async Task The_command_line_migrate_command_brings_the_database_up_to_date_and_unknown_commands_fail()
    {
        var root = CommandLineHost.BuildRoot(app.Services);

        root.Subcommands.Select(c => c.Name).ShouldContain("migrate");
        (await root.Parse(["migrate"]).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken)).ShouldBe(0);
        (await root.Parse(["no-such-command"]).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken)).ShouldNotBe(0);
    }

    [Fact]
    public async Task The_demo_area_has_about_200_children_over_every_pathway_state_and_30_settings()
    {
        var (children, settings, stages, settingTypes, adviceOverdue) = await app.WithDbAsync(async db =>
        {
            var today = Domain.Pathway.EnglishCalendar.DateOf(TellItOnceApp.Now);
            var outstanding = await db.AdviceRequests.Where(a => a.ReceivedOn == null).Select(a => a.RequestedOn).ToListAsync();
            var demo = await db.Areas.SingleAsync(a => a.Slug == Data.Seeding.DemoAreaSeeder.AreaSlug);
            // Children the seeding created (its audit entries say so): other tests add children of their own to the demo area.
            var seeded = db.AuditEntries.Where(e => e.EntityType == nameof(Domain.Children.Child) && e.Action == Domain.Auditing.AuditAction.Created && e.Reason == "Seeded the demo area")
                .Select(e => e.EntityId);
            var children = await db.Children.Where(c => c.AreaId == demo.Id).Select(c => c.Id.ToString()).ToListAsync();
            var seededIds = (await seeded.ToListAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return (children.Count(seededIds.Contains), await db.Settings.CountAsync(s => s.AreaId == demo.Id),
                (await db.Cases.Select(c => c.Stage).Distinct().ToListAsync()).ToHashSet(),
                (await db.Settings.Select(s => s.Type).Distinct().ToListAsync()).ToHashSet(),
                outstanding.Count(r => r.PlusDays(42) < today));
        });

        children.ShouldBeInRange(190, 230);
        settings.ShouldBe(30);
        stages.ShouldBe(Enum.GetValues<CaseStage>().ToHashSet(), ignoreOrder: true);
        new[] { SettingType.Nursery, SettingType.Primary, SettingType.Secondary, SettingType.Special, SettingType.College }.ShouldBeSubsetOf(settingTypes);
        adviceOverdue.ShouldBeGreaterThan(0, "the demo shows advice overdue");
    }

    [Fact]
    public async Task Every_demo_user_exists_with_a_role_in_the_demo_area()
    {
        var emails = await app.WithDbAsync(async db =>
            await (from m in db.AreaMemberships join u in db.Users on m.UserId equals u.Id select u.Email).Distinct().ToListAsync());

        DemoUsers.All.Select(u => (string?)u.Email).ShouldBeSubsetOf(emails);
    }

    [Fact]
    public async Task The_young_person_is_17_and_has_a_plan()
    {
        var (dob, stage) = await app.WithDbAsync(async db =>
            await (from u in db.Users
                   where u.Email == DemoUsers.YoungPerson
                   join l in db.FamilyLinks on u.Id equals l.UserId
                   join c in db.Children on l.ChildId equals c.Id
                   join k in db.Cases on c.Id equals k.ChildId
                   select new Tuple<NodaTime.LocalDate, CaseStage>(c.DateOfBirth, k.Stage)).SingleAsync());

        var today = Domain.Pathway.EnglishCalendar.DateOf(TellItOnceApp.Now);
        NodaTime.Period.Between(dob, today, NodaTime.PeriodUnits.Years).Years.ShouldBe(17);
        stage.ShouldBe(CaseStage.PlanIssued);
    }

    [Fact]
    public async Task A_change_is_audited_with_who_when_and_before_and_after()
    {
        var userId = await app.CreateUserAsync($"auditor-{Guid.NewGuid():N}@northshire.example", Domain.People.Role.Caseworker);
        var caseId = await app.WithDbAsync(async db =>
        {
            var c = await db.Cases.OrderBy(k => k.Reference).FirstAsync(k => k.Stage == CaseStage.Deciding);
            db.UseAuditContext(new TestAudit(userId, app.Clock.GetCurrentInstant()));
            c.CaseworkerId = userId;
            await db.SaveChangesAsync();
            return c.Id;
        });

        var entry = await app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == nameof(EhcCase) && a.EntityId == caseId.ToString() && a.Action == AuditAction.Updated)
            .OrderByDescending(a => a.Id).FirstAsync());
        entry.UserId.ShouldBe(userId);
        entry.At.ShouldBe(TellItOnceApp.Now);
        entry.AreaId.ShouldNotBeNull();
        var change = JsonNode.Parse(entry.Changes)!["CaseworkerId"]!;
        ((string)change["after"]!).ShouldBe(userId.ToString());
        ((string?)change["before"]).ShouldNotBe(userId.ToString());
    }

    [Fact]
    public async Task A_manager_sees_the_audit_trail_of_their_area()
    {
        var document = await (await app.SignedInAsync(DemoUsers.Manager)).GetDocumentAsync("/audit?type=Child");

        var rows = document.QuerySelectorAll("tbody tr");
        rows.Length.ShouldBeGreaterThan(0);
        rows.ShouldAllBe(r => r.QuerySelectorAll("td")[3].TextContent.Trim() == "Child");
    }

    [Fact]
    public async Task Health_reports_the_database_ready()
    {
        var client = app.CreateClient();

        foreach (var path in new[] { "/health", "/health/ready", "/health/live" })
        {
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!).ShouldBe("Healthy");
        }
    }

    private sealed record TestAudit(Guid? UserId, NodaTime.Instant Now) : Data.Auditing.IAuditContext
    {
        public string? Reason => "Test";
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlatformOnSqlite(SqliteApp app) : PlatformTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlatformOnPostgres : PlatformTests
{
    public PlatformOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
