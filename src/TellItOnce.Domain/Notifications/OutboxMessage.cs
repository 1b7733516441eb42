using NodaTime;

namespace TellItOnce.Domain.Notifications;

/// <summary>
/// An email waiting to be sent, written in the same transaction as the change it tells someone about. A worker claims
/// it with a lease (so several app instances never send it twice), sends it, and records when; a failure is retried
/// with exponential backoff until <see cref="Attempts"/> reaches the limit, then it is marked failed.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public Guid? RecipientUserId { get; set; }

    public required string ToAddress { get; set; }

    public required string Subject { get; set; }

    /// <summary>Plain text: what changed, what is due, a link. Never personal details beyond the child's first name.</summary>
    public required string Body { get; set; }

    /// <summary>What kind of event this tells about (for figures and tests), for example "advice-received".</summary>
    public required string Kind { get; set; }

    public Instant CreatedAt { get; set; }

    /// <summary>Not to be tried before this instant (backoff after a failure).</summary>
    public Instant NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>The claim of the worker that holds the message now; null when nobody does.</summary>
    public Guid? LeaseToken { get; set; }

    public Instant? LeaseUntil { get; set; }

    public Instant? SentAt { get; set; }

    /// <summary>Set when the message was given up after too many attempts (a poison message).</summary>
    public Instant? FailedAt { get; set; }

    /// <summary>The last failure, by type only (an SMTP reply could echo an address).</summary>
    public string? LastError { get; set; }
}

/// <summary>What a user sees in their in-app list of notifications.</summary>
public sealed class UserNotification
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public required string Link { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant? ReadAt { get; set; }
}

/// <summary>How a user wants to be told about changes. Both are on until they choose otherwise.</summary>
public sealed class NotificationPreference
{
    public Guid UserId { get; set; }

    public bool Email { get; set; } = true;

    public bool InApp { get; set; } = true;
}

/// <summary>How many days before a deadline an area sends reminders (defaults from the issue: 5, 3 and 30).</summary>
public sealed class ReminderSettings
{
    public Guid AreaId { get; set; }

    public int AdviceDueDays { get; set; } = 5;

    public int DraftCommentsCloseDays { get; set; } = 3;

    public int ReviewDueDays { get; set; } = 30;
}

/// <summary>One reminder that has been generated, keyed so it is generated once however often the scan runs.</summary>
public sealed class ReminderSent
{
    public required string Key { get; set; }

    public Instant At { get; set; }
}
