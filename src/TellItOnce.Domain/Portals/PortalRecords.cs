using NodaTime;

namespace TellItOnce.Domain.Portals;

public enum MessageTopic
{
    General,
    PersonalBudget,
    ReviewViews,
}

/// <summary>A message between the family (or a young person) and the SEND team, stored on the case and threaded.</summary>
public sealed class CaseMessage
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid AreaId { get; set; }

    /// <summary>The first message of the thread (its own id for a new thread).</summary>
    public Guid ThreadId { get; set; }

    public Guid AuthorUserId { get; set; }

    public bool FromFamily { get; set; }

    public MessageTopic Topic { get; set; }

    public required string Body { get; set; }

    public Instant At { get; set; }
}

/// <summary>A family's comment on one section of a draft plan, made within the 15 days (reg 13(1)).</summary>
public sealed class PlanComment
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid AreaId { get; set; }

    public Guid PlanVersionId { get; set; }

    public required string Section { get; set; }

    public required string Text { get; set; }

    public Guid AuthorUserId { get; set; }

    public Instant At { get; set; }
}

/// <summary>A family's request for an EHC needs assessment, saved a question at a time until they submit it.</summary>
public sealed class AssessmentRequestDraft
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid AreaId { get; set; }

    /// <summary>One of the family's children already on record, or null for a child new to the council.</summary>
    public Guid? ChildId { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public LocalDate? DateOfBirth { get; set; }

    public string? AllAboutMe { get; set; }

    /// <summary>What the family are worried about: the child's needs in their words.</summary>
    public string? Needs { get; set; }

    /// <summary>What help the child has had so far.</summary>
    public string? SupportSoFar { get; set; }

    public Instant UpdatedAt { get; set; }

    public Guid? SubmittedCaseId { get; set; }
}

/// <summary>A professional's advice for an assessment, structured as the plan will use it, saved as a draft until submitted.</summary>
public sealed class AdviceContribution
{
    /// <summary>The advice request it answers (one contribution per request).</summary>
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid AreaId { get; set; }

    public string? Needs { get; set; }

    public string? Outcomes { get; set; }

    public string? Provision { get; set; }

    public Guid AuthorUserId { get; set; }

    public Instant UpdatedAt { get; set; }

    public Instant? SubmittedAt { get; set; }

    /// <summary>The advice as one text for the case record and section K of the plan.</summary>
    public string Combined() =>
        $"Needs: {Needs?.Trim()}\nOutcomes: {Outcomes?.Trim()}\nProvision: {Provision?.Trim()}";
}

/// <summary>One assess-plan-do-review cycle of SEN support for a pupil without a plan (SEND Code of Practice 6.44-6.56).</summary>
public sealed class SenSupportCycle
{
    public Guid Id { get; set; }

    public Guid ChildId { get; set; }

    public Guid SettingId { get; set; }

    public Guid AreaId { get; set; }

    /// <summary>Assess: the needs identified.</summary>
    public required string Needs { get; set; }

    /// <summary>Plan and do: the provision put in place.</summary>
    public required string Provision { get; set; }

    /// <summary>The outcomes sought.</summary>
    public required string Outcomes { get; set; }

    public LocalDate StartedOn { get; set; }

    public LocalDate ReviewOn { get; set; }

    /// <summary>Review: what difference the support made, once reviewed.</summary>
    public string? ReviewNotes { get; set; }

    public bool? NeedsMet { get; set; }

    public Guid RecordedByUserId { get; set; }
}

/// <summary>
/// An invitation to a professional or their organisation to contribute to an annual review (reg 20(1)-(2)): sent by
/// whoever hosts the review (usually the setting), answered with a written contribution before the meeting. An
/// invitation is what lets a professional see the case (ADR 56).
/// </summary>
public sealed class ReviewInvitation
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid AreaId { get; set; }

    /// <summary>The meeting the invitation is for: one review of the case.</summary>
    public LocalDate ReviewMeetingOn { get; set; }

    /// <summary>The organisation invited, so the invitation survives a person leaving.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The person invited, when a named person was.</summary>
    public Guid? ProfessionalUserId { get; set; }

    public LocalDate InvitedOn { get; set; }

    public Guid InvitedByUserId { get; set; }

    /// <summary>The professional's contribution: progress, needs and what should change.</summary>
    public string? Contribution { get; set; }

    public Guid? AuthorUserId { get; set; }

    public Instant? SubmittedAt { get; set; }
}
