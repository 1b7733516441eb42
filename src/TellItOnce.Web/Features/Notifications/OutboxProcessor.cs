using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Notifications;

namespace TellItOnce.Web.Features.Notifications;

/// <summary>
/// Claims due outbox messages with a lease, sends them, and records the result (ADR 21). The claim is one conditional
/// UPDATE that only takes rows whose lease is free, tagged with a fresh token; the rows carrying that token are this
/// worker's alone, on SQLite and PostgreSQL alike, however many app instances run. A message claimed by a worker
/// that then stopped is taken again once its lease has expired.
/// </summary>
public sealed class OutboxProcessor(IServiceScopeFactory scopes, IEmailSender sender, IClock clock, IOptions<NotificationOptions> options, ILogger<OutboxProcessor> logger)
{
    /// <summary>Claims and sends one batch; returns how many messages it handled (sent or failed).</summary>
    public async Task<int> ProcessBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (token, claimed) = await ClaimAsync(db, ct);
        if (claimed.Count == 0)
        {
            return 0;
        }

        IEmailSession? session = null;
        try
        {
            session = await sender.OpenAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var message in claimed)
            {
                await FailedAsync(db, token, message, e, ct);
            }

            return claimed.Count;
        }

        await using (session)
        {
            foreach (var message in claimed)
            {
                try
                {
                    await session.SendAsync(ToMime(message), ct);
                    await db.OutboxMessages.Where(m => m.Id == message.Id && m.LeaseToken == token).ExecuteUpdateAsync(s => s
                        .SetProperty(m => m.SentAt, clock.GetCurrentInstant())
                        .SetProperty(m => m.Attempts, message.Attempts + 1)
                        .SetProperty(m => m.LeaseToken, (Guid?)null)
                        .SetProperty(m => m.LeaseUntil, (Instant?)null), ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    await FailedAsync(db, token, message, e, ct);
                }
            }
        }

        return claimed.Count;
    }

    /// <summary>Takes up to a batch of due, unleased messages for this worker.</summary>
    public async Task<(Guid Token, IReadOnlyList<OutboxMessage> Claimed)> ClaimAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = clock.GetCurrentInstant();
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(options.Value.BatchSize).ToListAsync(ct);
        var token = Guid.NewGuid();
        if (candidates.Count == 0)
        {
            return (token, []);
        }

        var until = now + Duration.FromTimeSpan(options.Value.Lease);

        // The lease condition is repeated in the UPDATE itself: on PostgreSQL a row another worker claimed meanwhile is
        // re-checked after its lock is released and skipped; SQLite runs one writer at a time.
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.SentAt == null && m.FailedAt == null && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseToken, token).SetProperty(m => m.LeaseUntil, until), ct);
        var claimed = await db.OutboxMessages.AsNoTracking().Where(m => m.LeaseToken == token).OrderBy(m => m.NextAttemptAt).ToListAsync(ct);
        return (token, claimed);
    }

    private async Task FailedAsync(AppDbContext db, Guid token, OutboxMessage message, Exception e, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var attempts = message.Attempts + 1;
        var o = options.Value;
        var poison = attempts >= o.MaxAttempts;
        var wait = Duration.FromTimeSpan(o.RetryBase * Math.Pow(2, attempts - 1));
        Log.SendFailed(logger, message.Id, attempts, e.GetType().Name, poison);
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.LastError, e.GetType().Name)
            .SetProperty(m => m.NextAttemptAt, now + wait)
            .SetProperty(m => m.FailedAt, poison ? now : null)
            .SetProperty(m => m.LeaseToken, (Guid?)null)
            .SetProperty(m => m.LeaseUntil, (Instant?)null), ct);
    }

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage
        {
            // The outbox id names the message, so a receiving system (or the pickup folder) can recognise a repeat.
            MessageId = $"{message.Id:N}@tellitonce",
            Subject = message.Subject,
            Date = message.CreatedAt.ToDateTimeOffset(),
            Body = new TextPart("plain") { Text = message.Body },
        };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.ToAddress));
        return mime;
    }
}

/// <summary>Runs the reminder scan now and then, and sends the outbox continuously.</summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, OutboxProcessor processor, IClock clock, IOptions<NotificationOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Instant? lastScan = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = clock.GetCurrentInstant();
                if (lastScan is null || now - lastScan.Value >= Duration.FromTimeSpan(options.Value.ReminderScanInterval))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<ReminderScanner>().ScanAsync(stoppingToken);
                    lastScan = now;
                }

                while (await processor.ProcessBatchAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.WorkerFailed(logger, e);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Outbox message {MessageId} failed on attempt {Attempts} ({Error}); given up: {Poison}")]
    public static partial void SendFailed(ILogger logger, Guid messageId, int attempts, string error, bool poison);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "The outbox worker's pass failed; it will try again")]
    public static partial void WorkerFailed(ILogger logger, Exception exception);
}
