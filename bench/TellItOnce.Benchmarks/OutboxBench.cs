using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Domain.Notifications;
using TellItOnce.Testing;
using TellItOnce.Web.Features.Notifications;

/// <summary>
/// Outbox throughput: N messages on SQLite, sent by one worker in batches of 50 to the pickup folder and to a local
/// SMTP server (MailKit, one connection per batch). Usage: dotnet run -c Release --project bench/TellItOnce.Benchmarks -- outbox [N]
/// </summary>
internal static class OutboxBench
{
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    public static async Task RunAsync(int count)
    {
        var now = Instant.FromUtc(2026, 3, 2, 10, 0);
        var folder = Path.Combine(Path.GetTempPath(), $"tellitonce-outbox-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var pickupOptions = Options.Create(new NotificationOptions { PickupDirectory = Path.Combine(folder, "mail") });
            var environment = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = folder };
            await MeasureAsync("pickup folder", folder, count, now, new PickupFolderEmailSender(pickupOptions, environment), pickupOptions);

            await using var server = new TinySmtpServer();
            var smtpOptions = Options.Create(new NotificationOptions { Delivery = MailDelivery.Smtp, SmtpHost = "127.0.0.1", SmtpPort = server.Port });
            await MeasureAsync("local SMTP server", folder, count, now, new SmtpEmailSender(smtpOptions), smtpOptions);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (the SMTP server received {server.Messages.Count} messages)"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(string name, string folder, int count, Instant now, IEmailSender sender, IOptions<NotificationOptions> options)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        var dbOptions = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={path}").Options;
        var audit = new SystemAuditContext(now, "Outbox benchmark");
        await using (var db = new SqliteAppDbContext(dbOptions, audit))
        {
            await db.Database.MigrateAsync();
            db.OutboxMessages.AddRange(Enumerable.Range(0, count).Select(i => new OutboxMessage
            {
                Id = Guid.CreateVersion7(),
                ToAddress = $"person{i}@example.org",
                Subject = "Advice has arrived for Sam's assessment",
                Body = "Advice from the educational psychologist has arrived. Sign in to see it: http://localhost:5080/family/cases/x",
                Kind = "bench",
                CreatedAt = now,
                NextAttemptAt = now,
            }));
            await db.SaveChangesAsync();
        }

        var services = new ServiceCollection().AddScoped<AppDbContext>(_ => new SqliteAppDbContext(dbOptions, audit)).BuildServiceProvider();
        var processor = new OutboxProcessor(services.GetRequiredService<IServiceScopeFactory>(), sender, new FixedClock(now), options, NullLogger<OutboxProcessor>.Instance);
        var watch = Stopwatch.StartNew();
        while (await processor.ProcessBatchAsync(CancellationToken.None) > 0)
        {
        }

        watch.Stop();
        await using (var db = new SqliteAppDbContext(dbOptions, audit))
        {
            var sent = await db.OutboxMessages.CountAsync(m => m.SentAt != null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Outbox to the {name}: {sent} of {count} sent in {watch.Elapsed.TotalSeconds:0.00} s = {sent / watch.Elapsed.TotalSeconds:0} messages/s"));
        }
    }
}
