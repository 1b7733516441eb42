namespace TellItOnce.Domain.Areas;

/// <summary>A local area: one local authority's SEND partnership. Every child, case and setting belongs to one.</summary>
public sealed class Area
{
    public Guid Id { get; set; }

    /// <summary>The DfE three-digit local authority code used in the SEN2 return.</summary>
    public required string LaCode { get; set; }

    public required string Name { get; set; }

    /// <summary>A short, URL-safe name, for example "northshire".</summary>
    public required string Slug { get; set; }

    public List<string> Districts { get; set; } = [];

    /// <summary>The start of this area's case references, for example "NS" gives "NS-2026-0042".</summary>
    public string ReferencePrefix { get; set; } = "EHC";
}
