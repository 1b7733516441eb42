using NodaTime;

namespace TellItOnce.Domain.Plans;

public enum PlanVersionKind
{
    /// <summary>Being written; not yet sent to anyone.</summary>
    Working,

    /// <summary>Sent to the family as a draft (reg 13(1)).</summary>
    Draft,

    /// <summary>Issued as the final plan (reg 13(2)), or an amended final plan after a review.</summary>
    Final,
}

/// <summary>The provision sections of an EHC plan.</summary>
public enum ProvisionSection
{
    /// <summary>Special educational provision.</summary>
    F,

    /// <summary>Health provision.</summary>
    G,

    /// <summary>Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.</summary>
    H1,

    /// <summary>Other social care provision.</summary>
    H2,
}

/// <summary>Section E: an outcome the child or young person is working towards, and by when.</summary>
public sealed class PlanOutcome
{
    public Guid Id { get; set; }

    public required string Text { get; set; }

    /// <summary>By when, in the plan's words (for example "By the end of Year 6").</summary>
    public required string ByWhen { get; set; }
}

/// <summary>One line of provision in section F, G or H: what, who, how often, cost when known, and the outcome it serves.</summary>
public sealed class PlanProvision
{
    public Guid Id { get; set; }

    public ProvisionSection Section { get; set; }

    public required string What { get; set; }

    public required string Who { get; set; }

    public required string HowOften { get; set; }

    /// <summary>Cost a year in pounds, when known.</summary>
    public decimal? AnnualCost { get; set; }

    public Guid? OutcomeId { get; set; }

    /// <summary>The Local Offer service that delivers this provision, when it is one: the directory's sufficiency evidence.</summary>
    public Guid? ServiceId { get; set; }
}

/// <summary>
/// One version of a child's EHC plan, sections A to K (DOMAIN.md). Each draft and each final plan issued is kept
/// as it was sent; changes go into a new working version, so any two versions can be compared.
/// </summary>
public sealed class PlanVersion
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>1 for the first version of the case's plan, then 2, 3...</summary>
    public int Number { get; set; }

    public PlanVersionKind Kind { get; set; }

    public LocalDate? IssuedOn { get; set; }

    /// <summary>A: the views, interests and aspirations of the child and family.</summary>
    public string? ViewsInterestsAspirations { get; set; }

    /// <summary>B: special educational needs.</summary>
    public string? SpecialEducationalNeeds { get; set; }

    /// <summary>C: health needs related to the SEN.</summary>
    public string? HealthNeeds { get; set; }

    /// <summary>D: social care needs related to the SEN or disability.</summary>
    public string? SocialCareNeeds { get; set; }

    /// <summary>E: outcomes.</summary>
    public List<PlanOutcome> Outcomes { get; set; } = [];

    /// <summary>F, G, H1 and H2: provision.</summary>
    public List<PlanProvision> Provision { get; set; } = [];

    /// <summary>I: the type and name of the school or other institution.</summary>
    public string? Placement { get; set; }

    /// <summary>J: the personal budget, if there is one.</summary>
    public string? PersonalBudget { get; set; }

    /// <summary>K: the advice and information gathered during the assessment.</summary>
    public string? AdviceAndInformation { get; set; }

    /// <summary>Changes on every save: the optimistic concurrency token, so one caseworker's save cannot silently overwrite another's.</summary>
    public Guid Revision { get; set; } = Guid.NewGuid();

    public bool IsIssued => Kind != PlanVersionKind.Working;

    /// <summary>A new working version that starts as a copy of this one.</summary>
    public PlanVersion NextWorkingCopy(int number) => new()
    {
        Id = Guid.CreateVersion7(),
        AreaId = AreaId,
        CaseId = CaseId,
        Number = number,
        Kind = PlanVersionKind.Working,
        ViewsInterestsAspirations = ViewsInterestsAspirations,
        SpecialEducationalNeeds = SpecialEducationalNeeds,
        HealthNeeds = HealthNeeds,
        SocialCareNeeds = SocialCareNeeds,
        Outcomes = [.. Outcomes.Select(o => new PlanOutcome { Id = o.Id, Text = o.Text, ByWhen = o.ByWhen })],
        Provision = [.. Provision.Select(p => new PlanProvision { Id = p.Id, Section = p.Section, What = p.What, Who = p.Who, HowOften = p.HowOften, AnnualCost = p.AnnualCost, OutcomeId = p.OutcomeId, ServiceId = p.ServiceId })],
        Placement = Placement,
        PersonalBudget = PersonalBudget,
        AdviceAndInformation = AdviceAndInformation,
    };

    /// <summary>The plan's sections as headed text, in order, for display and comparison.</summary>
    public IReadOnlyList<(string Section, string Heading, string Text)> Sections() =>
    [
        ("A", "The views, interests and aspirations of the child or young person and their family", ViewsInterestsAspirations ?? string.Empty),
        ("B", "Special educational needs", SpecialEducationalNeeds ?? string.Empty),
        ("C", "Health needs", HealthNeeds ?? string.Empty),
        ("D", "Social care needs", SocialCareNeeds ?? string.Empty),
        ("E", "Outcomes", string.Join("\n", Outcomes.Select(o => $"{o.Text} ({o.ByWhen})"))),
        ("F", "Special educational provision", ProvisionText(ProvisionSection.F)),
        ("G", "Health provision", ProvisionText(ProvisionSection.G)),
        ("H1", "Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)", ProvisionText(ProvisionSection.H1)),
        ("H2", "Other social care provision", ProvisionText(ProvisionSection.H2)),
        ("I", "Placement", Placement ?? string.Empty),
        ("J", "Personal budget", PersonalBudget ?? string.Empty),
        ("K", "Advice and information", AdviceAndInformation ?? string.Empty),
    ];

    private string ProvisionText(ProvisionSection section) => string.Join("\n", Provision.Where(p => p.Section == section).Select(p =>
        $"{p.What}; by {p.Who}; {p.HowOften}{(p.AnnualCost is { } cost ? $"; £{cost:0.##} a year" : string.Empty)}"
        + (Outcomes.FirstOrDefault(o => o.Id == p.OutcomeId) is { } outcome ? $" (for: {outcome.Text})" : string.Empty)));
}

/// <summary>Which sections differ between two versions of a plan.</summary>
public static class PlanComparison
{
    public sealed record SectionChange(string Section, string Heading, string Before, string After);

    public static IReadOnlyList<SectionChange> Changes(PlanVersion before, PlanVersion after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return [.. before.Sections().Zip(after.Sections())
            .Where(p => !string.Equals(p.First.Text, p.Second.Text, StringComparison.Ordinal))
            .Select(p => new SectionChange(p.First.Section, p.First.Heading, p.First.Text, p.Second.Text))];
    }
}
