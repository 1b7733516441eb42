using NodaTime;

namespace TellItOnce.Domain.LocalOffer;

public enum RevisionState
{
    /// <summary>Waiting for the council to approve it.</summary>
    Pending,
    Approved,
    Rejected,
}

/// <summary>One version of a service's entry: what was proposed, by whom, and what the council decided. The history.</summary>
public sealed class ServiceRevision
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid ServiceId { get; set; }

    /// <summary>1 for the first version of a service, then 2, 3, ...</summary>
    public int Number { get; set; }

    public RevisionState State { get; set; }

    public ServiceDetails Details { get; set; } = new();

    /// <summary>Who proposed it: a provider's user, a council user, or null for an import or the demo seed.</summary>
    public Guid? SubmittedBy { get; set; }

    public Instant SubmittedAt { get; set; }

    public string? Note { get; set; }

    public Guid? DecidedBy { get; set; }

    public Instant? DecidedAt { get; set; }

    /// <summary>Why the council rejected it (required then), or a note on approval.</summary>
    public string? DecisionReason { get; set; }
}
