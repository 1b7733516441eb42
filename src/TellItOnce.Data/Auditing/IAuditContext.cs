using NodaTime;

namespace TellItOnce.Data.Auditing;

/// <summary>Who is making the change now, and why: the audit trail falls out of every save.</summary>
public interface IAuditContext
{
    Guid? UserId { get; }

    Instant Now { get; }

    string? Reason { get; }
}

/// <summary>An audit context for work the system does on its own (seeding, migrations, scheduled jobs).</summary>
public sealed record SystemAuditContext(Instant Now, string? Reason) : IAuditContext
{
    public Guid? UserId => null;
}
