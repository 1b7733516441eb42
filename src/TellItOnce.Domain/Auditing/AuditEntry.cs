using NodaTime;

namespace TellItOnce.Domain.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}

/// <summary>One change to one record: who, when, what before and after. Written in the same transaction as the change.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public Instant At { get; set; }

    /// <summary>The user who made the change; null for the system (seeding, scheduled jobs).</summary>
    public Guid? UserId { get; set; }

    public Guid? AreaId { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>JSON object of changed properties: { "Name": { "before": ..., "after": ... } }.</summary>
    public required string Changes { get; set; }

    /// <summary>Why the change was made, when the operation says (for example "Seeded demo area").</summary>
    public string? Reason { get; set; }
}
