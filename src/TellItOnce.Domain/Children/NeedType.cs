namespace TellItOnce.Domain.Children;

/// <summary>Type of need codes from the school census and SEN2 (DOMAIN.md).</summary>
public enum NeedType
{
    SPLD,
    MLD,
    SLD,
    PMLD,
    SEMH,
    SLCN,
    HI,
    VI,
    MSI,
    PD,
    ASD,
    OTH,
    DS,
    NSA,
}

public static class NeedTypes
{
    public static string Describe(this NeedType need) => need switch
    {
        NeedType.SPLD => "Specific learning difficulty",
        NeedType.MLD => "Moderate learning difficulty",
        NeedType.SLD => "Severe learning difficulty",
        NeedType.PMLD => "Profound and multiple learning difficulty",
        NeedType.SEMH => "Social, emotional and mental health",
        NeedType.SLCN => "Speech, language and communication needs",
        NeedType.HI => "Hearing impairment",
        NeedType.VI => "Visual impairment",
        NeedType.MSI => "Multi-sensory impairment",
        NeedType.PD => "Physical disability",
        NeedType.ASD => "Autistic spectrum disorder",
        NeedType.OTH => "Other difficulty or disability",
        NeedType.DS => "Down syndrome",
        NeedType.NSA => "No specialist assessment of type of need",
        _ => throw new ArgumentOutOfRangeException(nameof(need), need, null),
    };
}
