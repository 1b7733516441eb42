using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Web.Features.Insight.Sen2;

/// <summary>One case of one child as the SEN2 return needs it: a row of the return's query.</summary>
public sealed record Sen2Record
{
    public Guid ChildId { get; init; }

    public required string Surname { get; init; }

    public required string Forename { get; init; }

    public LocalDate BirthDate { get; init; }

    public required string Sex { get; init; }

    public string? Ethnicity { get; init; }

    public string? Postcode { get; init; }

    public string? Upn { get; init; }

    public string? Uln { get; init; }

    public string? PrimaryNeed { get; init; }

    public string? SecondaryNeed { get; init; }

    public Guid CaseId { get; init; }

    public required string Reference { get; init; }

    public required string RequestedBy { get; init; }

    public LocalDate RequestReceived { get; init; }

    public LocalDate? DecisionToAssessOn { get; init; }

    public bool? AgreedToAssess { get; init; }

    public LocalDate? DecisionNotToIssueOn { get; init; }

    public LocalDate? FinalIssuedOn { get; init; }

    public LocalDate? LatestPlanIssuedOn { get; init; }

    public LocalDate? CeasedOn { get; init; }

    public int? CeaseReason { get; init; }

    public LocalDate? LastReviewOn { get; init; }

    public string? ReviewDecision { get; init; }

    public string? SettingUrn { get; init; }

    public string? SettingUkprn { get; init; }

    public bool HasSetting { get; init; }

    public bool HasException { get; init; }

    public bool MediationOnAssessing { get; init; }

    public bool TribunalOnAssessing { get; init; }

    public bool MediationOnIssuing { get; init; }

    public bool TribunalOnIssuing { get; init; }

    public bool MediationOther { get; init; }

    public bool TribunalOther { get; init; }

    public bool PersonalBudget { get; init; }

    /// <summary>The SEN2 RequestOutcome: Y assess, N not, A not yet decided.</summary>
    public string RequestOutcome => AgreedToAssess switch { true => "Y", false => "N", _ => "A" };

    /// <summary>The SEN2 AssessmentOutcome: Y plan issued, N not issued, A not yet decided.</summary>
    public string AssessmentOutcome => FinalIssuedOn is not null ? "Y" : DecisionNotToIssueOn is not null ? "N" : "A";

    public LocalDate? AssessmentOutcomeDate => FinalIssuedOn ?? DecisionNotToIssueOn;

    /// <summary>Week20: issued within 20 weeks of the request. Left out where an exception applied (it is excluded from the national measure).</summary>
    public bool? Week20 => FinalIssuedOn is { } issued && !HasException ? issued <= StatutoryTimeline.FinalPlanDue(RequestReceived).Due : null;

    public bool PlanActiveOn(LocalDate date) => FinalIssuedOn <= date && (CeasedOn is null || CeasedOn > date);

    /// <summary>UN1 for a child under 6 with no UPN (not yet at school); otherwise none is derived.</summary>
    public string? UpnUnknown(LocalDate referenceDate) =>
        Upn is null && Uln is null && BirthDate.PlusYears(6) > referenceDate ? "UN1" : null;

    public string? ReviewOutcome => ReviewDecision switch
    {
        nameof(Domain.Cases.ReviewDecision.Maintain) => "M",
        nameof(Domain.Cases.ReviewDecision.Amend) => "A",
        nameof(Domain.Cases.ReviewDecision.Cease) => "C",
        _ => null,
    };

    internal static Sen2Record Read(DbDataReader r)
    {
        var i = 0;
        return new Sen2Record
        {
            ChildId = Id(r, i++),
            Surname = r.GetString(i++),
            Forename = r.GetString(i++),
            BirthDate = Date(r, i++)!.Value,
            Sex = r.GetString(i++) switch { "Male" => "M", "Female" => "F", _ => "U" },
            Ethnicity = Text(r, i++),
            Postcode = Text(r, i++),
            Upn = Text(r, i++),
            Uln = Text(r, i++),
            PrimaryNeed = Text(r, i++),
            SecondaryNeed = Text(r, i++),
            CaseId = Id(r, i++),
            Reference = r.GetString(i++),
            RequestedBy = r.GetString(i++),
            RequestReceived = Date(r, i++)!.Value,
            DecisionToAssessOn = Date(r, i++),
            AgreedToAssess = r.IsDBNull(i++) ? null : Flag(r, i - 1),
            DecisionNotToIssueOn = Date(r, i++),
            FinalIssuedOn = Date(r, i++),
            LatestPlanIssuedOn = Date(r, i++),
            CeasedOn = Date(r, i++),
            CeaseReason = r.IsDBNull(i++) ? null : Convert.ToInt32(r.GetValue(i - 1), CultureInfo.InvariantCulture),
            LastReviewOn = Date(r, i++),
            ReviewDecision = Text(r, i++),
            SettingUrn = Text(r, i++),
            SettingUkprn = Text(r, i++),
            HasSetting = Flag(r, i++),
            HasException = Flag(r, i++),
            MediationOnAssessing = Flag(r, i++),
            TribunalOnAssessing = Flag(r, i++),
            MediationOnIssuing = Flag(r, i++),
            TribunalOnIssuing = Flag(r, i++),
            MediationOther = Flag(r, i++),
            TribunalOther = Flag(r, i++),
            PersonalBudget = Flag(r, i),
        };
    }

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static Guid Id(DbDataReader r, int i) => r.GetValue(i) is Guid g ? g : Guid.Parse(r.GetString(i));

    private static bool Flag(DbDataReader r, int i) => r.GetValue(i) switch
    {
        bool b => b,
        DBNull => false,
        var v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0,
    };

    private static LocalDate? Date(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        DateOnly d => LocalDate.FromDateOnly(d),
        DateTime dt => LocalDate.FromDateTime(dt),
        var v => LocalDatePattern.Iso.Parse(Convert.ToString(v, CultureInfo.InvariantCulture)!).Value,
    };
}

/// <summary>A record that breaks a rule of the return, in plain English, with the case to fix it on.</summary>
public sealed record Sen2Failure(Guid CaseId, string Reference, string Name, string Rule, string Message);

/// <summary>
/// The SEN2 format and cross-field rules TellItOnce checks before export (DOMAIN.md; see docs/adr/0027-sen2-return.md
/// for how each item is read). Each rule names what is wrong and what to record.
/// </summary>
public static partial class Sen2Rules
{
    public static readonly IReadOnlySet<string> Ethnicities = new HashSet<string>(StringComparer.Ordinal)
    {
        "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH",
        "CHNE", "OOTH", "REFU", "NOBT",
    };

    [GeneratedRegex("^[A-Z][0-9]{12}$|^[A-Z][0-9]{11}[A-Z]$")]
    private static partial Regex UpnFormat();

    [GeneratedRegex("^[0-9]{10}$")]
    private static partial Regex UlnFormat();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex UrnFormat();

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex UkprnFormat();

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodeFormat();

    public static IEnumerable<Sen2Failure> Check(Sen2Record r, LocalDate referenceDate)
    {
        ArgumentNullException.ThrowIfNull(r);
        var name = $"{r.Forename} {r.Surname}";
        Sen2Failure Fail(string rule, string message) => new(r.CaseId, r.Reference, name, rule, message);

        if (string.IsNullOrWhiteSpace(r.Surname) || string.IsNullOrWhiteSpace(r.Forename))
        {
            yield return Fail("Name", "The child's forename and surname are both needed.");
        }

        if (r.BirthDate >= referenceDate)
        {
            yield return Fail("PersonBirthDate", "The date of birth is on or after the reference date.");
        }

        if (r.Ethnicity is null || !Ethnicities.Contains(r.Ethnicity))
        {
            yield return Fail("Ethnicity", "Ethnicity is missing or is not a DfE code: record it, or REFU if the family refused, or NOBT if not yet obtained.");
        }

        if (r.Postcode is null || !PostcodeFormat().IsMatch(r.Postcode.ToUpperInvariant()))
        {
            yield return Fail("PostCode", "The home postcode is missing or is not a UK postcode.");
        }

        if (r.Upn is { } upn && !UpnFormat().IsMatch(upn))
        {
            yield return Fail("UPN", "The UPN must be a letter and 12 digits, or a letter, 11 digits and a letter.");
        }

        if (r.Uln is { } uln && !UlnFormat().IsMatch(uln))
        {
            yield return Fail("UniqueLearnerNumber", "The ULN must be 10 digits.");
        }

        if (r.Upn is null && r.Uln is null && r.UpnUnknown(referenceDate) is null)
        {
            yield return Fail("UPN", "There is no UPN or ULN, and no reason it is unknown: record the UPN from the child's school.");
        }

        if (r.DecisionToAssessOn < r.RequestReceived)
        {
            yield return Fail("RequestOutcomeDate", "The decision whether to assess is dated before the request was received.");
        }

        if (r.AgreedToAssess is not null && r.DecisionToAssessOn is null)
        {
            yield return Fail("RequestOutcomeDate", "The request has an outcome but no date of decision.");
        }

        if (r.AssessmentOutcomeDate < r.RequestReceived)
        {
            yield return Fail("AssessmentOutcomeDate", "The assessment outcome is dated before the request was received.");
        }

        if (r.FinalIssuedOn is not null && r.AgreedToAssess != true)
        {
            yield return Fail("AssessmentOutcome", "A plan was issued but the request is not recorded as agreed to assess.");
        }

        if (r.FinalIssuedOn is not null && !r.HasSetting)
        {
            yield return Fail("PlanDetail", "The plan has no placement: name the school, college or other setting in the plan (section I).");
        }

        if (r.SettingUrn is { } urn && !UrnFormat().IsMatch(urn))
        {
            yield return Fail("URN", "The setting's URN must be 6 digits.");
        }

        if (r.SettingUkprn is { } ukprn && !UkprnFormat().IsMatch(ukprn))
        {
            yield return Fail("UKPRN", "The setting's UKPRN must be 8 digits.");
        }

        if (r.PlanActiveOn(referenceDate) && r.PrimaryNeed is null)
        {
            yield return Fail("SENneed", "A plan in force needs the primary type of need.");
        }

        if (r.PrimaryNeed is not null && r.PrimaryNeed == r.SecondaryNeed)
        {
            yield return Fail("SENneed", "The secondary need is the same as the primary need.");
        }

        if (r.CeasedOn is not null && r.CeaseReason is not (>= 1 and <= 9))
        {
            yield return Fail("CeaseReason", "The plan ceased but the reason (1 to 9) is not recorded.");
        }

        if (r.CeasedOn < r.FinalIssuedOn)
        {
            yield return Fail("CeaseDate", "The plan is recorded as ceasing before it was issued.");
        }
    }
}
