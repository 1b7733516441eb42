using NodaTime;
using TellItOnce.Domain.Children;

namespace TellItOnce.Domain.LocalOffer;

/// <summary>The Local Offer's categories (SEND Code of Practice 4.31: education, health, care, leisure, advice, PfA, transport).</summary>
public enum ServiceCategory
{
    Education,
    Health,
    SocialCare,
    Leisure,
    AdviceAndSupport,
    PreparingForAdulthood,
    Transport,
}

/// <summary>The types of need a service is for, as a set of <see cref="NeedType"/> (one bit each).</summary>
[Flags]
public enum NeedSet
{
    None = 0,
    SPLD = 1 << NeedType.SPLD,
    MLD = 1 << NeedType.MLD,
    SLD = 1 << NeedType.SLD,
    PMLD = 1 << NeedType.PMLD,
    SEMH = 1 << NeedType.SEMH,
    SLCN = 1 << NeedType.SLCN,
    HI = 1 << NeedType.HI,
    VI = 1 << NeedType.VI,
    MSI = 1 << NeedType.MSI,
    PD = 1 << NeedType.PD,
    ASD = 1 << NeedType.ASD,
    OTH = 1 << NeedType.OTH,
    DS = 1 << NeedType.DS,
    NSA = 1 << NeedType.NSA,
}

/// <summary>The days of the week a service runs (one bit each, Monday first).</summary>
[Flags]
public enum DaySet
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
}

public static class LocalOfferVocabulary
{
    public static string Describe(this ServiceCategory category) => category switch
    {
        ServiceCategory.Education => "Education",
        ServiceCategory.Health => "Health",
        ServiceCategory.SocialCare => "Social care",
        ServiceCategory.Leisure => "Leisure and activities",
        ServiceCategory.AdviceAndSupport => "Advice and support",
        ServiceCategory.PreparingForAdulthood => "Preparing for adulthood",
        ServiceCategory.Transport => "Transport",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static NeedSet ToSet(this NeedType need) => (NeedSet)(1 << (int)need);

    public static NeedSet ToSet(this IEnumerable<NeedType> needs) =>
        needs.Aggregate(NeedSet.None, (set, need) => set | need.ToSet());

    public static IReadOnlyList<NeedType> ToList(this NeedSet needs) =>
        [.. Enum.GetValues<NeedType>().Where(n => (needs & n.ToSet()) != 0)];

    public static DaySet ToSet(this IsoDayOfWeek day) => (DaySet)(1 << ((int)day - 1));

    public static IReadOnlyList<IsoDayOfWeek> ToList(this DaySet days) =>
        [.. Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None && (days & d.ToSet()) != 0)];

    /// <summary>The two-letter RFC 5545 day codes ORUK schedules use ("MO,WE").</summary>
    public static string ToRfc5545(this DaySet days) => string.Join(',', days.ToList().Select(d => d.ToString()[..2].ToUpperInvariant()));
}
