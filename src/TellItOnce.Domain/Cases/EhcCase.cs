using NodaTime;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Domain.Cases;

/// <summary>Where a case is on the statutory EHC pathway.</summary>
public enum CaseStage
{
    /// <summary>A request for an EHC needs assessment has been received; nobody has started on it yet.</summary>
    NewRequest,

    /// <summary>The local authority is deciding whether to assess (6 weeks).</summary>
    Deciding,

    /// <summary>Agreed to assess; advice is being gathered.</summary>
    Assessing,

    /// <summary>A draft plan has been sent to the family for comment.</summary>
    DraftIssued,

    /// <summary>A final plan is in force.</summary>
    PlanIssued,

    /// <summary>The plan's annual review is under way.</summary>
    InAnnualReview,

    /// <summary>The local authority decided not to assess.</summary>
    NotAssessed,

    /// <summary>The local authority assessed and decided not to issue a plan.</summary>
    NotIssued,

    /// <summary>The plan has ceased.</summary>
    Ceased,

    /// <summary>The family moved away and the plan went to the new area's council; this area keeps a read-only record.</summary>
    TransferredOut,
}

/// <summary>What the council decides after an annual review meeting (reg 22): the SEN2 ReviewOutcome M, A or C.</summary>
public enum ReviewDecision
{
    Maintain,
    Amend,
    Cease,
}

public enum RequesterKind
{
    Parent,
    YoungPerson,
    Setting,
    Professional,
}

/// <summary>
/// One EHC case of a child: a request and, when it goes ahead, the assessment, the plan and its reviews.
/// It stores what happened (dates of events); every due date is derived by the statutory timeline engine.
/// </summary>
public sealed partial class EhcCase
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid ChildId { get; set; }

    /// <summary>A human-friendly reference, unique in the area, for example "NS-2026-0042".</summary>
    public required string Reference { get; set; }

    public Guid? CaseworkerId { get; set; }

    public CaseStage Stage { get; set; }

    public RequesterKind RequestedBy { get; set; }

    public LocalDate RequestReceived { get; set; }

    /// <summary>What came with the request: the evidence of need and of SEN support so far, as the requester described it.</summary>
    public string? RequestEvidence { get; set; }

    public LocalDate? DecisionToAssessOn { get; set; }

    public bool? AgreedToAssess { get; set; }

    /// <summary>The date of the panel that advised on the decision to assess, when there was one.</summary>
    public LocalDate? DecisionPanelOn { get; set; }

    /// <summary>Who sat on the panel (names and roles, as the manager records them).</summary>
    public string? DecisionPanelMembers { get; set; }

    /// <summary>The reasons given for the decision, which go into the letter to the family.</summary>
    public string? DecisionReasons { get; set; }

    /// <summary>The family confirmed they have no more comments on the draft, so the final plan may be issued before the 15 days end.</summary>
    public bool FamilyConfirmedNoFurtherComments { get; set; }

    public LocalDate? DecisionNotToIssueOn { get; set; }

    public LocalDate? DraftIssuedOn { get; set; }

    public LocalDate? FinalIssuedOn { get; set; }

    /// <summary>When the plan in force was last issued: the first final plan, or the latest amended plan.</summary>
    public LocalDate? LatestPlanIssuedOn { get; set; }

    public Guid? NamedSettingId { get; set; }

    /// <summary>The date of the last annual review meeting, when there has been one.</summary>
    public LocalDate? LastReviewOn { get; set; }

    /// <summary>The date of the annual review meeting under way, when the case is in review.</summary>
    public LocalDate? ReviewMeetingOn { get; set; }

    public LocalDate? CeasedOn { get; set; }

    /// <summary>Why the plan ceased: the SEN2 CeaseReason code (1 to 9).</summary>
    public int? CeaseReason { get; set; }

    /// <summary>When invitations to the review meeting under way were sent (at least 2 weeks before it, reg 20).</summary>
    public LocalDate? ReviewInvitationsSentOn { get; set; }

    /// <summary>When the setting's report of the review meeting reached the council (due 2 weeks after the meeting).</summary>
    public LocalDate? ReviewReportReceivedOn { get; set; }

    /// <summary>The council's decision after the review meeting under way.</summary>
    public ReviewDecision? ReviewDecision { get; set; }

    public LocalDate? ReviewDecisionOn { get; set; }

    /// <summary>When the proposed amendments went to the family (with the decision to amend).</summary>
    public LocalDate? AmendmentsProposedOn { get; set; }

    /// <summary>The setting the amended plan names for the child's next phase (phase transfer, reg 18).</summary>
    public Guid? NextPhaseSettingId { get; set; }

    /// <summary>When the amended plan naming the next phase's setting was issued.</summary>
    public LocalDate? NextPhaseNamedOn { get; set; }

    public List<AdviceRequest> AdviceRequests { get; set; } = [];

    public List<ExceptionPeriod> Exceptions { get; set; } = [];

    /// <summary>Settings asked whether they can meet the child's needs (CFA 2014 s39), each with 15 days to answer.</summary>
    public List<SettingConsultation> Consultations { get; set; } = [];

    /// <summary>The school or college the family asked to be named in the plan, from their comments on the draft.</summary>
    public Guid? PreferredSettingId { get; set; }

    /// <summary>Optimistic concurrency: a change made on a stale copy is refused, not silently applied.</summary>
    public Guid Version { get; set; }

    public IReadOnlyList<PathwayException> PathwayExceptions() =>
        [.. Exceptions.Select(e => new PathwayException(e.From, e.To, e.Reason))];
}

public enum AdviceSource
{
    Education,
    Health,
    SocialCare,
    EducationalPsychology,
    Other,
}

/// <summary>A request for advice or information for an EHC needs assessment (reg 6); each has its own 6-week due date.</summary>
public sealed class AdviceRequest
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public AdviceSource Source { get; set; }

    /// <summary>The organisation asked, so the request survives a person leaving.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The professional asked, when a named person was asked.</summary>
    public Guid? ProfessionalUserId { get; set; }

    public LocalDate RequestedOn { get; set; }

    public LocalDate? ReceivedOn { get; set; }

    /// <summary>When the caseworker last chased this advice.</summary>
    public LocalDate? LastChasedOn { get; set; }

    /// <summary>The advice itself, as text, once received.</summary>
    public string? AdviceText { get; set; }
}

public enum ConsultationAnswer
{
    CanMeetNeeds,
    CannotMeetNeeds,
}

/// <summary>A consultation with a school or college about naming it in the plan: sent, then answered within 15 days.</summary>
public sealed class SettingConsultation
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid SettingId { get; set; }

    public LocalDate SentOn { get; set; }

    public LocalDate? AnsweredOn { get; set; }

    public ConsultationAnswer? Answer { get; set; }

    /// <summary>The setting's reasons, in brief.</summary>
    public string? Notes { get; set; }

    /// <summary>The setting has 15 days to answer (SEND Code of Practice 9.79; CFA 2014 s39(2)).</summary>
    public LocalDate AnswerDue => SentOn.PlusDays(15);
}

/// <summary>An exception to the statutory time limits (regs 5(4), 8(2), 10(4), 13(3)), recorded with its dates and reason.</summary>
public sealed class ExceptionPeriod
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public LocalDate From { get; set; }

    public LocalDate To { get; set; }

    public ExceptionReason Reason { get; set; }

    public string? Note { get; set; }
}
