using NodaTime;

namespace TellItOnce.Domain.Privacy;

/// <summary>Someone opened a page showing a child's record: who, when, which child and case, which page. Ids only.</summary>
public sealed class RecordView
{
    public long Id { get; set; }

    public Instant At { get; set; }

    public Guid UserId { get; set; }

    public Guid AreaId { get; set; }

    public Guid ChildId { get; set; }

    public Guid? CaseId { get; set; }

    /// <summary>The page's route, for example "/cases/{id}".</summary>
    public required string Page { get; set; }
}

/// <summary>A legal hold: while it is set, nothing about the child is deleted or anonymised under the retention schedule.</summary>
public sealed class LegalHold
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid ChildId { get; set; }

    public Instant SetAt { get; set; }

    /// <summary>Why (a tribunal appeal, a complaint, litigation): free text, never logged.</summary>
    public required string Reason { get; set; }

    public Instant? ReleasedAt { get; set; }
}
