namespace TellItOnce.Domain.Settings;

public enum SettingType
{
    Nursery,
    Primary,
    Secondary,
    AllThrough,
    Special,
    College,
    AlternativeProvision,
}

/// <summary>A nursery, school or college.</summary>
public sealed class EducationSetting
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public required string Name { get; set; }

    public SettingType Type { get; set; }

    /// <summary>Unique reference number (6 digits) for schools; colleges use a UKPRN (8 digits).</summary>
    public string? Urn { get; set; }

    public string? Ukprn { get; set; }

    public string? District { get; set; }

    /// <summary>The multi-academy trust the school belongs to, if any: its trust lead sees its pupils.</summary>
    public Guid? TrustId { get; set; }
}

/// <summary>A multi-academy trust: several academies under one trust, whose SEND lead oversees all of them.</summary>
public sealed class Trust
{
    public Guid Id { get; set; }

    public required string Name { get; set; }
}
