using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Notifications;
using TellItOnce.Testing;
using TellItOnce.Web.Cli;
using TellItOnce.Web.Features.Notifications;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Tests.Operations;

/// <summary>Several app instances on one database: migrations take turns, and background work runs once across them.</summary>
public abstract class ScaleOutTests(TellItOnceApp app)
{
    /// <summary>Counts every email any instance sends, by its outbox id.</summary>
    private sealed class CountingSender : IEmailSender, IEmailSession
    {
        public ConcurrentBag<string> Sent { get; } = [];

        public Task<IEmailSession> OpenAsync(CancellationToken ct) => Task.FromResult<IEmailSession>(this);

        public Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            Sent.Add((message.MessageId ?? string.Empty).Split('@')[0]);
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private WebApplicationFactory<Program> Instance(string? connectionString = null, CountingSender? sender = null) => app.WithWebHostBuilder(b =>
    {
        if (connectionString is not null)
        {
            b.UseSetting("Database:ConnectionString", connectionString);
        }

        if (sender is not null)
        {
            b.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<IEmailSender>(sender)));
        }
    });

    [Fact]
    public async Task Two_instances_starting_together_on_an_empty_database_migrate_and_seed_it_once_and_migrate_waits_its_turn()
    {
        await using var database = TestDatabase.Create(app.Provider);
        await using var first = Instance(database.ConnectionString);
        await using var second = Instance(database.ConnectionString);

        // Starting a host migrates and seeds it; both start at once on the same empty database.
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Areas.CountAsync(a => a.Slug == DemoAreaSeeder.AreaSlug)).ShouldBe(1);
            (await db.Users.CountAsync(u => u.Email == DemoUsers.Caseworker)).ShouldBe(1);
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await db.Database.GetAppliedMigrationsAsync()).Count().ShouldBe(db.Database.GetMigrations().Count());

            // While one instance holds the lock, the migrate command waits for it, then finds nothing to do.
            var held = await MigrationLock.AcquireAsync(db, TestContext.Current.CancellationToken);
            var migrate = Task.Run(() => CommandLineHost.RunAsync(second.Services, ["migrate"]), TestContext.Current.CancellationToken);
            await Task.WhenAny(migrate, Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken));
            migrate.IsCompleted.ShouldBeFalse("migrate waits while another migrator holds the lock");
            await held.DisposeAsync();
            (await migrate).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Two_instances_send_each_outbox_message_once_and_only_one_takes_a_job_lease()
    {
        var sender = new CountingSender();
        await using var first = Instance(sender: sender);
        await using var second = Instance(sender: sender);
        var kind = $"scale-{Guid.NewGuid():N}"[..20];
        var ids = await app.WithDbAsync(async db =>
        {
            var messages = Enumerable.Range(0, 60).Select(i => new OutboxMessage
            {
                Id = Guid.CreateVersion7(),
                ToAddress = $"person{i}@example.org",
                Subject = $"Scale-out {i}",
                Body = "Hello",
                Kind = kind,
                CreatedAt = TellItOnceApp.Now,
                NextAttemptAt = TellItOnceApp.Now - Duration.FromDays(1),
            }).ToList();
            db.OutboxMessages.AddRange(messages);
            await db.SaveChangesAsync();
            return messages.Select(m => m.Id.ToString("N")).ToList();
        });

        // Two workers on each instance, all at once, until none finds anything left.
        static async Task DrainAsync(OutboxProcessor processor)
        {
            while (await processor.ProcessBatchAsync(TestContext.Current.CancellationToken) > 0)
            {
            }
        }

        var processors = new[] { first, second, first, second }.Select(i => i.Services.GetRequiredService<OutboxProcessor>()).ToList();
        await Task.WhenAll(processors.Select(p => Task.Run(() => DrainAsync(p))));

        var mine = sender.Sent.Where(ids.Contains).ToList();
        mine.Count.ShouldBe(ids.Count, "every message was sent, none twice");
        mine.Distinct().Count().ShouldBe(ids.Count);
        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == kind && m.SentAt != null && m.Attempts == 1))).ShouldBe(ids.Count);

        // The retention job's lease: of eight attempts from two instances at once, one wins; the holder may renew it.
        var job = $"test-job-{Guid.NewGuid():N}";
        async Task<bool> TryAsync(WebApplicationFactory<Program> instance)
        {
            await using var scope = instance.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(job, Duration.FromHours(1), TestContext.Current.CancellationToken);
        }

        var winners = await Task.WhenAll(new[] { first, second, first, second, first, second, first, second }.Select(i => Task.Run(() => TryAsync(i))));
        var holders = await app.WithDbAsync(db => db.JobLeases.Where(l => l.Job == job).Select(l => l.Holder).ToListAsync());
        holders.Count.ShouldBe(1);
        var holder = holders[0] == first.Services.GetRequiredService<LeaseHolder>().Name ? first : second;
        var other = holder == first ? second : first;
        winners.ShouldContain(true);
        (await TryAsync(other)).ShouldBeFalse("the other instance waits until the lease lapses");
        (await TryAsync(holder)).ShouldBeTrue("the holder renews its own lease");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ScaleOutOnSqlite(SqliteApp app) : ScaleOutTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ScaleOutOnPostgres : ScaleOutTests
{
    public ScaleOutOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
