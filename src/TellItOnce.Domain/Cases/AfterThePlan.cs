using NodaTime;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Domain.Cases;

/// <summary>Progress towards one section E outcome, as the annual review found it (reg 20(7)/21(5)).</summary>
public enum OutcomeProgress
{
    Met,
    PartlyMet,
    NotMet,
}

/// <summary>
/// One row per outcome per review: the plan's outcome (by id and its words when reviewed), the progress and a comment.
/// A row with no outcome id is a new outcome the review suggested. Managers count these for "% outcomes met".
/// </summary>
public sealed class ReviewOutcomeResult
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The review meeting the result belongs to: one review of the case.</summary>
    public LocalDate ReviewMeetingOn { get; set; }

    /// <summary>The section E outcome of the plan in force; null for a suggested new outcome.</summary>
    public Guid? OutcomeId { get; set; }

    public required string OutcomeText { get; set; }

    /// <summary>Null only for a suggested new outcome.</summary>
    public OutcomeProgress? Progress { get; set; }

    public string? Comment { get; set; }
}

/// <summary>A review's finding on one outcome, as entered.</summary>
public sealed record OutcomeFinding(Guid OutcomeId, OutcomeProgress? Progress, string? Comment);

/// <summary>What a family can take to mediation and the tribunal (CFA 2014 s51).</summary>
public enum DisputeSubject
{
    RefusalToAssess,
    RefusalToIssue,

    /// <summary>The contents of the plan: sections B, F and I (and the named setting).</summary>
    PlanContents,
    Ceasing,
}

public enum MediationOutcome
{
    Agreed,
    PartlyAgreed,
    NotAgreed,
}

/// <summary>
/// Mediation (regs 32-42): the family contacts a mediation adviser after a decision; the adviser issues a certificate
/// within 3 working days (of being told they do not want mediation, or of the mediation ending); mediation is held
/// within 30 days.
/// </summary>
public sealed class MediationCase
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public DisputeSubject Subject { get; set; }

    /// <summary>When the decision the family disagree with was notified: the appeal clock starts here.</summary>
    public LocalDate DecisionNotifiedOn { get; set; }

    /// <summary>When the family contacted the mediation adviser.</summary>
    public LocalDate AdviserContactedOn { get; set; }

    public bool WantsMediation { get; set; }

    public LocalDate? HeldOn { get; set; }

    public MediationOutcome? Outcome { get; set; }

    public string? OutcomeNotes { get; set; }

    public LocalDate? CertificateIssuedOn { get; set; }

    /// <summary>The certificate is due 3 working days after the family decline mediation, or after mediation ends.</summary>
    public Milestone? CertificateDue(BankHolidays holidays) =>
        !WantsMediation ? StatutoryTimeline.MediationCertificateDue(AdviserContactedOn, holidays)
        : HeldOn is { } held ? StatutoryTimeline.MediationCertificateDue(held, holidays)
        : null;
}

public enum TribunalOutcome
{
    Upheld,
    PartlyUpheld,
    Dismissed,
    Withdrawn,
    Conceded,
}

/// <summary>An appeal to the First-tier Tribunal (SEND): registered, heard, decided, and the order carried out (reg 44).</summary>
public sealed class TribunalAppeal
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public DisputeSubject Subject { get; set; }

    /// <summary>For an appeal on the plan's contents, the sections appealed, for example "B, F, I".</summary>
    public string? Sections { get; set; }

    public LocalDate DecisionNotifiedOn { get; set; }

    public LocalDate RegisteredOn { get; set; }

    public LocalDate? HearingOn { get; set; }

    public LocalDate? DecidedOn { get; set; }

    public TribunalOutcome? Outcome { get; set; }

    public TribunalOrder? Order { get; set; }

    /// <summary>What the order changed in the plan, in brief.</summary>
    public string? Changes { get; set; }

    public LocalDate? OrderCompletedOn { get; set; }

    public bool IsOpen => DecidedOn is null;

    /// <summary>An appeal only about the named school or college (section I) needs no mediation certificate (CFA 2014 s55(2)).</summary>
    public bool IsPlacementOnly => Subject == DisputeSubject.PlanContents && string.Equals(Sections?.Replace(" ", string.Empty, StringComparison.Ordinal), "I", StringComparison.OrdinalIgnoreCase);
}

public enum ComplaintOutcome
{
    Upheld,
    PartlyUpheld,
    NotUpheld,
}

/// <summary>A complaint about the handling of a case, under the council's own procedure (stage 1, then stage 2).</summary>
public sealed class Complaint
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public LocalDate ReceivedOn { get; set; }

    public int Stage { get; set; }

    public required string Summary { get; set; }

    /// <summary>The council's timescale for this stage when the complaint arrived, in working days: a later change of policy does not move it.</summary>
    public int ResponseWorkingDays { get; set; }

    public LocalDate? RespondedOn { get; set; }

    public ComplaintOutcome? Outcome { get; set; }

    public Milestone ResponseDue(BankHolidays holidays) => StatutoryTimeline.ComplaintResponseDue(ReceivedOn, ResponseWorkingDays, holidays);
}

/// <summary>How a personal budget is paid (Personal Budgets Regulations 2014).</summary>
public enum BudgetArrangement
{
    DirectPayment,
    ThirdPartyArrangement,
    NotionalArrangement,
}

/// <summary>The three elements of a personal budget, in pounds a year.</summary>
public sealed record BudgetAmounts(decimal? Education, decimal? Health, decimal? SocialCare)
{
    public bool Any => new[] { Education, Health, SocialCare }.Any(a => a > 0);

    public bool Valid => new[] { Education, Health, SocialCare }.All(a => a is null or >= 0);

    public decimal Total => (Education ?? 0) + (Health ?? 0) + (SocialCare ?? 0);
}

/// <summary>A family's request for a personal budget (section J), and the council's decision.</summary>
public sealed class PersonalBudgetRequest
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public LocalDate RequestedOn { get; set; }

    public decimal? EducationRequested { get; set; }

    public decimal? HealthRequested { get; set; }

    public decimal? SocialCareRequested { get; set; }

    public BudgetArrangement Arrangement { get; set; }

    public LocalDate? DecidedOn { get; set; }

    public bool? Agreed { get; set; }

    public decimal? EducationAgreed { get; set; }

    public decimal? HealthAgreed { get; set; }

    public decimal? SocialCareAgreed { get; set; }

    public string? RefusalReasons { get; set; }

    public BudgetAmounts Requested => new(EducationRequested, HealthRequested, SocialCareRequested);

    public BudgetAmounts AgreedAmounts => new(EducationAgreed, HealthAgreed, SocialCareAgreed);
}
