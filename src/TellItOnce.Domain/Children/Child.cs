using NodaTime;

namespace TellItOnce.Domain.Children;

public enum Sex
{
    Female,
    Male,
    Unknown,
}

/// <summary>
/// The one record of a child or young person: what the family has told the partnership, recorded once and reused
/// in the request, every advice request, the plan's section A and every review.
/// </summary>
public sealed class Child
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    public LocalDate DateOfBirth { get; set; }

    public Sex Sex { get; set; }

    /// <summary>Unique pupil number: a letter and 12 digits, or a letter, 11 digits and a letter.</summary>
    public string? Upn { get; set; }

    /// <summary>Unique learner number: 10 digits.</summary>
    public string? Uln { get; set; }

    public string? Postcode { get; set; }

    /// <summary>The DfE ethnicity code for the SEN2 return (WBRI ... REFU refused, NOBT not yet obtained).</summary>
    public string? Ethnicity { get; set; }

    public string? District { get; set; }

    public NeedType? PrimaryNeed { get; set; }

    public NeedType? SecondaryNeed { get; set; }

    public Guid? CurrentSettingId { get; set; }

    /// <summary>"All about me": the child's and family's views, interests and aspirations, in their own words.</summary>
    public string? AllAboutMe { get; set; }

    /// <summary>On SEN support in their setting (K in the school census) without an EHC plan.</summary>
    public bool OnSenSupport { get; set; }

    /// <summary>The family or child needs an interpreter; <see cref="InterpreterLanguage"/> says which language.</summary>
    public bool NeedsInterpreter { get; set; }

    public string? InterpreterLanguage { get; set; }

    /// <summary>Letters and plans in large print.</summary>
    public bool LargePrint { get; set; }

    /// <summary>Letters and plans in easy read.</summary>
    public bool EasyRead { get; set; }

    /// <summary>Meetings with a British Sign Language interpreter.</summary>
    public bool Bsl { get; set; }

    /// <summary>Anything else about how to communicate with the child and family, in the family's words.</summary>
    public string? OtherCommunicationNeeds { get; set; }

    /// <summary>
    /// Set when this record was found to duplicate another and merged into it: everything it held moved there, and it
    /// stays only as a tombstone that points to the kept record (ADR 40).
    /// </summary>
    public Guid? MergedIntoId { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";

    public int AgeOn(LocalDate date) => Period.Between(DateOfBirth, date, PeriodUnits.Years).Years;
}
