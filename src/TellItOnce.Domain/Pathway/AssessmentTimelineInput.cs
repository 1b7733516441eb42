using NodaTime;

namespace TellItOnce.Domain.Pathway;

/// <summary>What has happened on an EHC needs assessment so far; the timeline is derived from it.</summary>
public sealed record AssessmentTimelineInput(
    LocalDate RequestReceived,
    LocalDate? AdviceRequested = null,
    LocalDate? DraftIssued = null,
    IReadOnlyList<PathwayException>? Exceptions = null);
