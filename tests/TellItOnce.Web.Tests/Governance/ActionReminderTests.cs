using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Governance;
using TellItOnce.Domain.People;
using TellItOnce.Testing;
using TellItOnce.Web.Features.Notifications;

namespace TellItOnce.Web.Tests.Governance;

/// <summary>Owners of an action (its sub-group's members) are reminded once as its due date comes near, and not for a finished one.</summary>
public abstract class ActionReminderTests(TellItOnceApp app)
{
    private async Task<int> ScanAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderScanner>().ScanActionsAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Sub_group_members_are_reminded_once_of_an_action_due_within_14_days_and_not_of_one_completed_or_further_off()
    {
        var member = await app.CreateUserAsync($"owner-{Guid.NewGuid():N}@northshire.example", Role.Manager);
        var today = new LocalDate(2026, 3, 2);
        var (soon, later, done) = await app.WithDbAsync(async db =>
        {
            var area = await db.Areas.Where(a => a.Slug == DemoAreaSeeder.AreaSlug).Select(a => a.Id).SingleAsync();
            var priority = await db.StrategyPriorities.Where(p => p.AreaId == area).Select(p => p.Id).FirstAsync();
            var group = new SubGroup { Id = Guid.CreateVersion7(), AreaId = area, Name = $"Test group {Guid.NewGuid():N}" };
            db.SubGroups.Add(group);
            db.SubGroupMembers.Add(new SubGroupMember { Id = Guid.CreateVersion7(), AreaId = area, SubGroupId = group.Id, UserId = member });
            StrategyAction Action(string title, int dueInDays) => new()
            {
                Id = Guid.CreateVersion7(),
                AreaId = area,
                PriorityId = priority,
                SubGroupId = group.Id,
                Title = title,
                OwnerName = "Test owner",
                OwnerOrganisation = "Northshire Council",
                StartDate = today.PlusDays(-30),
                DueDate = today.PlusDays(dueInDays),
                AddedOn = today.PlusDays(-30),
            };
            var soon = Action("Publish the new Local Offer pages", 10);
            var later = Action("Run the spring parent carer survey", 20);
            var done = Action("Agree the inclusion charter", 5);
            done.Updates.Add(new ActionUpdate { Id = Guid.CreateVersion7(), AreaId = area, ActionId = done.Id, On = today.PlusDays(-1), Status = ActionStatus.Completed, Rag = Rag.Green, Note = "Agreed", ByName = "Test owner" });
            db.StrategyActions.AddRange(soon, later, done);
            await db.SaveChangesAsync();
            return (soon.Id, later.Id, done.Id);
        });

        (await ScanAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await ScanAsync();

        var notices = await app.WithDbAsync(db => db.UserNotifications.Where(n => n.UserId == member).ToListAsync());
        notices.ShouldHaveSingleItem().Link.ShouldBe($"/strategy/actions/{soon}");
        notices[0].Title.ShouldBe("An action in the SEND action plan is due by Thursday 12 March 2026");
        var emails = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.RecipientUserId == member).ToListAsync());
        emails.ShouldHaveSingleItem().Body.ShouldContain("Publish the new Local Offer pages");
        notices.ShouldNotContain(n => n.Link!.Contains(later.ToString(), StringComparison.Ordinal) || n.Link!.Contains(done.ToString(), StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ActionReminderOnSqlite(SqliteApp app) : ActionReminderTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ActionReminderOnPostgres : ActionReminderTests
{
    public ActionReminderOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
