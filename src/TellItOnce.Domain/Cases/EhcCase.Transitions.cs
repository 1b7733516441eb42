using NodaTime;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Domain.Cases;

/// <summary>
/// The statutory steps of a case. Each checks that the step makes sense now and returns the reasons when it
/// does not; only when there are none does it change the case. Pure: "today" is a parameter.
/// </summary>
public sealed partial class EhcCase
{
    public static readonly IReadOnlySet<CaseStage> Closed = new HashSet<CaseStage> { CaseStage.NotAssessed, CaseStage.NotIssued, CaseStage.Ceased, CaseStage.TransferredOut };

    public IReadOnlyList<PathwayError> DecideWhetherToAssess(
        LocalDate decidedOn, bool agreed, LocalDate today, LocalDate? panelOn = null, string? panelMembers = null, string? reasons = null)
    {
        var errors = new List<PathwayError>();
        RequireStage(errors, "The decision whether to assess has already been made", CaseStage.NewRequest, CaseStage.Deciding);
        RequireDate(errors, "decidedOn", "The date of the decision", decidedOn, RequestReceived, "the date the request was received", today);
        if (panelOn is { } panel)
        {
            RequireDate(errors, "panelOn", "The date of the panel", panel, RequestReceived, "the date the request was received", today);
            if (panel > decidedOn)
            {
                errors.Add(new("panelOn", "The date of the panel must be the same as or before the date of the decision"));
            }
        }

        if (!agreed && string.IsNullOrWhiteSpace(reasons))
        {
            errors.Add(new("reasons", "Enter the reasons for deciding not to assess: they go in the letter to the family"));
        }

        if (errors.Count == 0)
        {
            DecisionToAssessOn = decidedOn;
            AgreedToAssess = agreed;
            DecisionPanelOn = panelOn;
            DecisionPanelMembers = panelMembers?.Trim();
            DecisionReasons = reasons?.Trim();
            Stage = agreed ? CaseStage.Assessing : CaseStage.NotAssessed;
        }

        return errors;
    }

    public IReadOnlyList<PathwayError> RequestAdvice(AdviceRequest advice, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(advice);
        var errors = new List<PathwayError>();
        RequireStage(errors, "Advice can only be requested while the needs assessment is under way", CaseStage.Assessing);
        if (DecisionToAssessOn is { } decided)
        {
            RequireDate(errors, "requestedOn", "The date advice was requested", advice.RequestedOn, decided, "the decision to assess", today);
        }

        if (advice.OrganisationId is null && advice.ProfessionalUserId is null)
        {
            errors.Add(new("organisationId", "Choose who is being asked for advice"));
        }

        if (errors.Count == 0)
        {
            advice.CaseId = Id;
            advice.ReceivedOn = null;
            AdviceRequests.Add(advice);
        }

        return errors;
    }

    public IReadOnlyList<PathwayError> RecordAdviceReceived(Guid adviceId, LocalDate receivedOn, string? text, LocalDate today)
    {
        var errors = new List<PathwayError>();
        var advice = AdviceRequests.SingleOrDefault(a => a.Id == adviceId);
        if (advice is null)
        {
            errors.Add(new("adviceId", "That advice request is not part of this case"));
            return errors;
        }

        if (advice.ReceivedOn is not null)
        {
            errors.Add(new("adviceId", "That advice has already been received"));
        }

        RequireDate(errors, "receivedOn", "The date the advice was received", receivedOn, advice.RequestedOn, "the date it was requested", today);
        if (errors.Count == 0)
        {
            advice.ReceivedOn = receivedOn;
            advice.AdviceText = text?.Trim();
        }

        return errors;
    }

    public IReadOnlyList<PathwayError> ChaseAdvice(Guid adviceId, LocalDate today)
    {
        var advice = AdviceRequests.SingleOrDefault(a => a.Id == adviceId);
        if (advice is null || advice.ReceivedOn is not null)
        {
            return [new("adviceId", "Only outstanding advice on this case can be chased")];
        }

        advice.LastChasedOn = today;
        return [];
    }

    public IReadOnlyList<PathwayError> DecideNotToIssue(LocalDate decidedOn, string? reasons, LocalDate today)
    {
        var errors = new List<PathwayError>();
        RequireStage(errors, "A decision not to issue a plan can only follow an assessment", CaseStage.Assessing);
        if (DecisionToAssessOn is { } decided)
        {
            RequireDate(errors, "decidedOn", "The date of the decision", decidedOn, decided, "the decision to assess", today);
        }

        if (string.IsNullOrWhiteSpace(reasons))
        {
            errors.Add(new("reasons", "Enter the reasons for not issuing a plan: they go in the letter to the family"));
        }

        if (errors.Count == 0)
        {
            DecisionNotToIssueOn = decidedOn;
            DecisionReasons = reasons!.Trim();
            Stage = CaseStage.NotIssued;
        }

        return errors;
    }

    public IReadOnlyList<PathwayError> IssueDraft(LocalDate issuedOn, LocalDate today)
    {
        var errors = new List<PathwayError>();
        RequireStage(errors, "A draft plan can only be issued after deciding to assess, and only once", CaseStage.Assessing);
        if (DecisionToAssessOn is { } decided)
        {
            RequireDate(errors, "issuedOn", "The date the draft plan was sent", issuedOn, decided, "the decision to assess", today);
        }

        if (errors.Count == 0)
        {
            DraftIssuedOn = issuedOn;
            FamilyConfirmedNoFurtherComments = false;
            Stage = CaseStage.DraftIssued;
        }

        return errors;
    }

    public IReadOnlyList<PathwayError> IssueFinal(LocalDate issuedOn, LocalDate today)
    {
        var errors = new List<PathwayError>();
        RequireStage(errors, "A final plan can only be issued after a draft plan", CaseStage.DraftIssued);
        if (DraftIssuedOn is { } draft)
        {
            RequireDate(errors, "issuedOn", "The date the final plan was issued", issuedOn, draft, "the date the draft was sent", today);
            var commentsClose = StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(RequestReceived, DraftIssued: draft))
                .Single(m => m.Key == MilestoneKeys.DraftCommentsClose).Due;
            if (issuedOn <= commentsClose && !FamilyConfirmedNoFurtherComments)
            {
                errors.Add(new("issuedOn", $"The family have until {commentsClose.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} to comment on the draft. Issue the final plan after that, or record that they have no more comments"));
            }
        }

        if (errors.Count == 0)
        {
            FinalIssuedOn = issuedOn;
            LatestPlanIssuedOn = issuedOn;
            Stage = CaseStage.PlanIssued;
        }

        return errors;
    }

    public IReadOnlyList<PathwayError> RecordNoFurtherComments()
    {
        if (Stage != CaseStage.DraftIssued)
        {
            return [new("stage", "There is no draft plan out for comment")];
        }

        FamilyConfirmedNoFurtherComments = true;
        return [];
    }

    public IReadOnlyList<PathwayError> RecordException(ExceptionPeriod exception, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var errors = new List<PathwayError>();
        if (Closed.Contains(Stage))
        {
            errors.Add(new("stage", "Exceptions can only be recorded on an open case"));
        }

        if (exception.From < RequestReceived)
        {
            errors.Add(new("from", "An exception cannot start before the request was received"));
        }

        if (exception.From > today)
        {
            errors.Add(new("from", "The date the exception started must be today or in the past"));
        }

        if (exception.To < exception.From)
        {
            errors.Add(new("to", "The date the exception ended must be the same as or after the date it started"));
        }

        if (errors.Count == 0)
        {
            exception.CaseId = Id;
            Exceptions.Add(exception);
        }

        return errors;
    }

    /// <summary>Schedules the annual review meeting and records the invitations (which should go at least 2 weeks before it).</summary>
    public IReadOnlyList<PathwayError> ScheduleReview(LocalDate meetingOn, LocalDate invitationsSentOn, LocalDate today)
    {
        var errors = new List<PathwayError>();
        RequireStage(errors, "An annual review can only be scheduled for a plan in force that is not already under review", CaseStage.PlanIssued);
        if (FinalIssuedOn is { } issued)
        {
            RequireDate(errors, "invitationsSentOn", "The date the invitations were sent", invitationsSentOn, issued, "the date the plan was issued", today);
        }

        if (meetingOn < invitationsSentOn.PlusWeeks(2))
        {
            errors.Add(new("meetingOn", $"The meeting must be at least 2 weeks after the invitations are sent: {invitationsSentOn.PlusWeeks(2).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} at the earliest"));
        }

        if (errors.Count == 0)
        {
            ReviewMeetingOn = meetingOn;
            ReviewInvitationsSentOn = invitationsSentOn;
            ReviewReportReceivedOn = null;
            ReviewDecision = null;
            ReviewDecisionOn = null;
            AmendmentsProposedOn = null;
            Stage = CaseStage.InAnnualReview;
        }

        return errors;
    }

    /// <summary>Records that the setting's report of the review meeting arrived.</summary>
    public IReadOnlyList<PathwayError> RecordReviewReport(LocalDate receivedOn, LocalDate today)
    {
        var errors = new List<PathwayError>();
        RequireStage(errors, "There is no annual review under way", CaseStage.InAnnualReview);
        if (ReviewMeetingOn is { } meeting)
        {
            RequireDate(errors, "receivedOn", "The date the report was received", receivedOn, meeting, "the review meeting", today);
        }

        if (errors.Count == 0)
        {
            ReviewReportReceivedOn = receivedOn;
        }

        return errors;
    }

    /// <summary>
    /// The council's decision after the meeting: maintain (the review is complete), amend (the proposed amendments go
    /// with the decision, R (L, M, P) v Devon CC [2022]) or cease (with the SEN2 reason code).
    /// </summary>
    public IReadOnlyList<PathwayError> DecideAfterReview(ReviewDecision decision, LocalDate decidedOn, LocalDate today, int? ceaseReason = null)
    {
        var errors = new List<PathwayError>();
        RequireStage(errors, "There is no annual review under way", CaseStage.InAnnualReview);
        if (ReviewDecision is not null)
        {
            errors.Add(new("stage", "The decision after this review has already been made"));
        }

        if (ReviewMeetingOn is { } meeting)
        {
            RequireDate(errors, "decidedOn", "The date of the decision", decidedOn, meeting, "the review meeting", today);
        }

        if (decision == Cases.ReviewDecision.Cease && ceaseReason is not (>= 1 and <= 9))
        {
            errors.Add(new("ceaseReason", "Choose why the plan is ceasing"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        ReviewDecision = decision;
        ReviewDecisionOn = decidedOn;
        switch (decision)
        {
            case Cases.ReviewDecision.Maintain:
                CompleteReview();
                break;
            case Cases.ReviewDecision.Amend:
                AmendmentsProposedOn = decidedOn;
                break;
            case Cases.ReviewDecision.Cease:
                LastReviewOn = ReviewMeetingOn;
                CeasedOn = decidedOn;
                CeaseReason = ceaseReason;
                Stage = CaseStage.Ceased;
                break;
        }

        return errors;
    }

    /// <summary>Issues the amended plan after a review: due 8 weeks after the proposed amendments, not before the family's 15 days end.</summary>
    public IReadOnlyList<PathwayError> IssueAmendedPlan(LocalDate issuedOn, LocalDate today)
    {
        var errors = new List<PathwayError>();
        if (Stage != CaseStage.InAnnualReview || AmendmentsProposedOn is null)
        {
            errors.Add(new("stage", "An amended plan can only follow proposed amendments"));
            return errors;
        }

        var proposed = AmendmentsProposedOn.Value;
        RequireDate(errors, "issuedOn", "The date the amended plan was issued", issuedOn, proposed, "the date the amendments were proposed", today);
        var commentsClose = StatutoryTimeline.AmendmentCommentsClose(proposed).Due;
        if (issuedOn <= commentsClose)
        {
            errors.Add(new("issuedOn", $"The family have until {commentsClose.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} to comment on the proposed amendments"));
        }

        if (errors.Count == 0)
        {
            FinalIssuedOn ??= issuedOn;
            LatestPlanIssuedOn = issuedOn;
            CompleteReview();
        }

        return errors;
    }

    private void CompleteReview()
    {
        LastReviewOn = ReviewMeetingOn;
        ReviewMeetingOn = null;
        Stage = CaseStage.PlanIssued;
    }

    /// <summary>Records the school or college the family asked for in their comments on the draft.</summary>
    public IReadOnlyList<PathwayError> RecordPreferredSetting(Guid settingId)
    {
        var errors = new List<PathwayError>();
        RequireStage(errors, "The family name a preferred setting in their comments on a draft plan", CaseStage.DraftIssued);
        if (errors.Count == 0)
        {
            PreferredSettingId = settingId;
        }

        return errors;
    }

    /// <summary>Consults a setting about being named in the plan; it has 15 days to answer.</summary>
    public IReadOnlyList<PathwayError> ConsultSetting(SettingConsultation consultation, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        var errors = new List<PathwayError>();
        RequireStage(errors, "Settings are consulted once a draft plan has been sent", CaseStage.DraftIssued);
        if (DraftIssuedOn is { } draft)
        {
            RequireDate(errors, "sentOn", "The date the consultation was sent", consultation.SentOn, draft, "the date the draft was sent", today);
        }

        if (Consultations.Any(c => c.SettingId == consultation.SettingId && c.Answer is null))
        {
            errors.Add(new("settingId", "That setting has already been consulted and has not answered yet"));
        }

        if (errors.Count == 0)
        {
            consultation.CaseId = Id;
            Consultations.Add(consultation);
        }

        return errors;
    }

    /// <summary>Records a setting's answer to a consultation.</summary>
    public IReadOnlyList<PathwayError> RecordConsultationAnswer(Guid consultationId, ConsultationAnswer answer, LocalDate answeredOn, string? notes, LocalDate today)
    {
        var errors = new List<PathwayError>();
        var consultation = Consultations.SingleOrDefault(c => c.Id == consultationId);
        if (consultation is null || consultation.Answer is not null)
        {
            errors.Add(new("consultationId", "Only an unanswered consultation on this case can be answered"));
            return errors;
        }

        RequireDate(errors, "answeredOn", "The date of the answer", answeredOn, consultation.SentOn, "the date the consultation was sent", today);
        if (errors.Count == 0)
        {
            consultation.Answer = answer;
            consultation.AnsweredOn = answeredOn;
            consultation.Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        }

        return errors;
    }

    /// <summary>Records that the plan was amended to name the setting for the child's next phase.</summary>
    public IReadOnlyList<PathwayError> NameNextPhaseSetting(Guid settingId, LocalDate namedOn, LocalDate today)
    {
        var errors = new List<PathwayError>();
        RequireStage(errors, "Only a plan in force can name a setting for the next phase", CaseStage.PlanIssued, CaseStage.InAnnualReview);
        if (FinalIssuedOn is { } issued)
        {
            RequireDate(errors, "namedOn", "The date the amended plan was issued", namedOn, issued, "the date the plan was first issued", today);
        }

        if (errors.Count == 0)
        {
            NextPhaseSettingId = settingId;
            NextPhaseNamedOn = namedOn;
        }

        return errors;
    }

    internal void RequireStage(List<PathwayError> errors, string message, params CaseStage[] allowed)
    {
        if (!allowed.Contains(Stage))
        {
            errors.Add(new("stage", message));
        }
    }

    internal static void RequireDate(List<PathwayError> errors, string field, string label, LocalDate date, LocalDate notBefore, string notBeforeLabel, LocalDate today)
    {
        if (date > today)
        {
            errors.Add(new(field, $"{label} must be today or in the past"));
        }

        if (date < notBefore)
        {
            errors.Add(new(field, $"{label} must be the same as or after {notBeforeLabel}"));
        }
    }
}
