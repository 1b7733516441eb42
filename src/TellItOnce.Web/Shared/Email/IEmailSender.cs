using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;
using TellItOnce.Web.Features.Notifications;

namespace TellItOnce.Web.Shared.Email;

/// <summary>One email to one person. Bodies are plain text; they never go to the logs.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends one email now, outside the outbox: for account emails whose links must arrive at once.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>
/// Sends an account email (confirmation, password reset) at once, through the same delivery the notifications use
/// (SMTP with MailKit, or the demo's pickup folder): account emails carry short-lived links, so they do not wait in the
/// outbox, but they reach people by the same road.
/// </summary>
public sealed class DeliveryEmailSender(Features.Notifications.IEmailSender delivery, IOptions<NotificationOptions> options, IClock clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage
        {
            MessageId = $"{Guid.CreateVersion7():N}@tellitonce",
            Subject = message.Subject,
            Date = clock.GetCurrentInstant().ToDateTimeOffset(),
            Body = new TextPart("plain") { Text = message.Body },
        };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        await using var session = await delivery.OpenAsync(cancellationToken);
        await session.SendAsync(mime, cancellationToken);
    }
}

/// <summary>Keeps messages in memory, for tests.</summary>
public sealed class InMemoryEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _sent = new();

    public IReadOnlyList<EmailMessage> Sent => [.. _sent];

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}

public static class EmailServiceCollectionExtensions
{
    /// <summary>Registers the sender that uses the notifications' delivery, unless another <see cref="IEmailSender"/> is already registered.</summary>
    public static IServiceCollection TryAddEmailSender(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(IEmailSender)))
        {
            services.AddSingleton<IEmailSender, DeliveryEmailSender>();
        }

        return services;
    }
}
