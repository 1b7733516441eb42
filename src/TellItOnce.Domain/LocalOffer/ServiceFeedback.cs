using NodaTime;

namespace TellItOnce.Domain.LocalOffer;

public enum FeedbackState
{
    /// <summary>Waiting for the council to read it; never shown to the public.</summary>
    AwaitingModeration,
    Published,
    Rejected,
}

/// <summary>
/// What a family said about a service. Moderated before anyone else sees it; the council may answer it, and published
/// feedback with an answer is the area's "You said, we did".
/// </summary>
public sealed class ServiceFeedback
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid ServiceId { get; set; }

    public string Comment { get; set; } = string.Empty;

    /// <summary>How the family rated the service, 1 (poor) to 5 (very good), if they said.</summary>
    public int? Rating { get; set; }

    public Instant SubmittedAt { get; set; }

    public FeedbackState State { get; set; }

    public Guid? ModeratedBy { get; set; }

    public Instant? ModeratedAt { get; set; }

    /// <summary>The council's "we did": what changed because of this feedback.</summary>
    public string? Response { get; set; }

    public LocalDate? RespondedOn { get; set; }
}
