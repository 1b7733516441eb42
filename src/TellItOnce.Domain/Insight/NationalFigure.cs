using NodaTime;

namespace TellItOnce.Domain.Insight;

/// <summary>
/// A published figure for England shown beside an area's own (for example 46.4% of new plans issued within 20 weeks
/// in 2024). Reference data: an administrator updates it when the DfE publishes new statistics.
/// </summary>
public sealed class NationalFigure
{
    public Guid Id { get; set; }

    /// <summary>The dashboard measure it compares with.</summary>
    public required string MeasureKey { get; set; }

    /// <summary>The period it describes, as published ("2024", "January 2025").</summary>
    public required string Period { get; set; }

    public decimal Value { get; set; }

    public required string Source { get; set; }

    public LocalDate UpdatedOn { get; set; }
}

/// <summary>A key an administrator issues so a BI tool can read the dashboard's figures. Only a hash of the key is kept.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The key's first characters, to tell keys apart in lists; not enough to use it.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole key, hex. Keys are 256 random bits, so a fast hash is enough.</summary>
    public required string Hash { get; set; }

    /// <summary>The areas whose figures the key may read: those of the administrator who issued it.</summary>
    public List<Guid> AreaIds { get; set; } = [];

    public Guid IssuedBy { get; set; }

    public Instant IssuedAt { get; set; }

    public Instant? RevokedAt { get; set; }
}
