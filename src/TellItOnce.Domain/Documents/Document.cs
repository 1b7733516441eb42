using NodaTime;

namespace TellItOnce.Domain.Documents;

/// <summary>What a document is, so a caseworker can find it among a case's papers.</summary>
public enum DocumentKind
{
    Advice,
    Evidence,
    Report,
    Letter,
    Other,
}

/// <summary>
/// A file attached to a child's record: to one of their cases and, when it came with a piece of advice, to that advice
/// request. The bytes live in the document store under <see cref="StorageKey"/>, never under the uploader's file name.
/// </summary>
public sealed class Document
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid ChildId { get; set; }

    public Guid? CaseId { get; set; }

    public Guid? AdviceRequestId { get; set; }

    public required string Title { get; set; }

    public DocumentKind Kind { get; set; }

    /// <summary>The uploader's file name, made safe: no folders, no control characters. Shown and offered on download only.</summary>
    public required string FileName { get; set; }

    /// <summary>The media type found by reading the file's first bytes, not the one the browser claimed.</summary>
    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>SHA-256 of the bytes, lower-case hex: shows the file was not changed after upload.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The store's name for the bytes: a generated id.</summary>
    public required string StorageKey { get; set; }

    public Guid UploadedBy { get; set; }

    public Instant UploadedAt { get; set; }
}
