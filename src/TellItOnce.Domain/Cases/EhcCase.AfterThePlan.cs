using NodaTime;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Domain.Cases;

/// <summary>
/// What happens around a plan in force: per-outcome review results, ceasing outside a review, moving between areas,
/// mediation and tribunal appeals, complaints and personal budgets. Same shape as the pathway's steps: each returns
/// its refusals and changes nothing unless there are none. Pure: "today" is a parameter.
/// </summary>
public sealed partial class EhcCase
{
    private static readonly CaseStage[] PlanInForce = [CaseStage.PlanIssued, CaseStage.InAnnualReview];

    public List<ReviewOutcomeResult> OutcomeResults { get; set; } = [];

    public List<MediationCase> Mediations { get; set; } = [];

    public List<TribunalAppeal> Appeals { get; set; } = [];

    public List<Complaint> Complaints { get; set; } = [];

    public List<PersonalBudgetRequest> PersonalBudgets { get; set; } = [];

    /// <summary>When the council told the family it is considering ceasing the plan outside a review (reg 31(1)).</summary>
    public LocalDate? CeasingProposedOn { get; set; }

    /// <summary>The SEN2 CeaseReason code (1 to 9) the proposal gives.</summary>
    public int? CeasingProposedReason { get; set; }

    /// <summary>When the council decided, after consulting, whether to cease (reg 31(2)).</summary>
    public LocalDate? CeasingDecidedOn { get; set; }

    /// <summary>True: decided to cease (the plan continues until the appeal time passes); false: the plan continues.</summary>
    public bool? CeasingDecision { get; set; }

    /// <summary>The receiving area, when the plan moved away.</summary>
    public Guid? TransferredToAreaId { get; set; }

    /// <summary>The receiving area's case carrying the plan on.</summary>
    public Guid? TransferredToCaseId { get; set; }

    /// <summary>When this council learned the family were moving.</summary>
    public LocalDate? MoveLearnedOn { get; set; }

    /// <summary>The day the family moved.</summary>
    public LocalDate? MovedOn { get; set; }

    /// <summary>When the plan was transferred (set on both the old and the new area's case).</summary>
    public LocalDate? TransferredOn { get; set; }

    /// <summary>On a transferred-in case: the case in the area the plan came from.</summary>
    public Guid? TransferredFromCaseId { get; set; }

    /// <summary>On a transferred-in case: when the new council told the family whether it will reassess.</summary>
    public LocalDate? TransferDecisionOn { get; set; }

    public bool? WillReassess { get; set; }

    public bool TransferredIn => TransferredFromCaseId is not null;

    /// <summary>Records, for each outcome of the plan in force, how far the review found it met, and any new outcomes suggested.</summary>
    public IReadOnlyList<PathwayError> RecordOutcomeResults(
        IReadOnlyList<Plans.PlanOutcome> planOutcomes, IReadOnlyList<OutcomeFinding> findings, IReadOnlyList<string> suggested, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(planOutcomes);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(suggested);
        var errors = new List<PathwayError>();
        RequireStage(errors, "Progress towards outcomes is recorded during an annual review", CaseStage.InAnnualReview);
        if (ReviewMeetingOn is { } meeting && meeting > today)
        {
            errors.Add(new("stage", "Record progress towards outcomes after the review meeting has taken place"));
        }

        if (planOutcomes.Count == 0)
        {
            errors.Add(new("stage", "The plan in force has no outcomes in section E to review"));
        }

        foreach (var unknown in findings.Where(f => planOutcomes.All(o => o.Id != f.OutcomeId)))
        {
            errors.Add(new("outcomes", $"Outcome {unknown.OutcomeId} is not in the plan in force"));
        }

        for (var i = 0; i < planOutcomes.Count; i++)
        {
            var finding = findings.FirstOrDefault(f => f.OutcomeId == planOutcomes[i].Id);
            if (finding?.Progress is not { } progress || !Enum.IsDefined(progress))
            {
                errors.Add(new($"outcome-{i}", $"Select whether \"{planOutcomes[i].Text}\" was met, partly met or not met"));
            }
        }

        if (errors.Count > 0 || ReviewMeetingOn is not { } on)
        {
            return errors;
        }

        OutcomeResults.RemoveAll(r => r.ReviewMeetingOn == on);
        foreach (var outcome in planOutcomes)
        {
            var finding = findings.First(f => f.OutcomeId == outcome.Id);
            OutcomeResults.Add(new ReviewOutcomeResult
            {
                Id = Guid.CreateVersion7(),
                CaseId = Id,
                ReviewMeetingOn = on,
                OutcomeId = outcome.Id,
                OutcomeText = outcome.Text,
                Progress = finding.Progress,
                Comment = Clean(finding.Comment),
            });
        }

        foreach (var text in suggested.Select(Clean).OfType<string>())
        {
            OutcomeResults.Add(new ReviewOutcomeResult { Id = Guid.CreateVersion7(), CaseId = Id, ReviewMeetingOn = on, OutcomeText = text });
        }

        return errors;
    }

    /// <summary>The council tells the family it is considering ceasing the plan outside a review, and consults them (reg 31(1)).</summary>
    public IReadOnlyList<PathwayError> ProposeCeasing(LocalDate proposedOn, int reason, LocalDate today)
    {
        var errors = new List<PathwayError>();
        RequireStage(errors, "Ceasing outside a review applies to a plan in force that is not under review", CaseStage.PlanIssued);
        if (CeasingProposedOn is not null && CeasingDecision is not false)
        {
            errors.Add(new("stage", "Ceasing this plan has already been proposed"));
        }

        RequireDate(errors, "proposedOn", "The date the family were told", proposedOn, LatestPlanIssuedOn ?? RequestReceived, "the date the plan was issued", today);
        if (reason is not (>= 1 and <= 9))
        {
            errors.Add(new("reason", "Choose why the council is considering ceasing the plan"));
        }

        if (errors.Count == 0)
        {
            CeasingProposedOn = proposedOn;
            CeasingProposedReason = reason;
            CeasingDecidedOn = null;
            CeasingDecision = null;
        }

        return errors;
    }

    /// <summary>After consulting the family and the setting, the council decides whether to cease; the family are told of their right to appeal (reg 31(2)-(3)).</summary>
    public IReadOnlyList<PathwayError> DecideOnCeasing(bool cease, LocalDate decidedOn, LocalDate today)
    {
        var errors = new List<PathwayError>();
        if (CeasingProposedOn is not { } proposed || CeasingDecision is not null || Stage != CaseStage.PlanIssued)
        {
            return [new("stage", "There is no proposal to cease this plan waiting for a decision")];
        }

        RequireDate(errors, "decidedOn", "The date of the decision", decidedOn, proposed, "the date the family were told ceasing was being considered", today);
        if (errors.Count == 0)
        {
            CeasingDecidedOn = decidedOn;
            CeasingDecision = cease;
        }

        return errors;
    }

    /// <summary>When the plan may cease after a decision to cease: once the time to appeal has passed, or a tribunal dismissed the appeal.</summary>
    public Milestone? CeasingTakesEffect()
    {
        if (CeasingDecision is not true || CeasingDecidedOn is not { } decided)
        {
            return null;
        }

        var certificate = Mediations.Where(m => m.Subject == DisputeSubject.Ceasing && m.DecisionNotifiedOn == decided)
            .Select(m => m.CertificateIssuedOn).OfType<LocalDate>().DefaultIfEmpty().Max();
        return StatutoryTimeline.PlanCeasesFrom(decided, certificate == default ? null : certificate);
    }

    /// <summary>The plan ceases: not before the time to appeal has passed, nor while an appeal against ceasing is open.</summary>
    public IReadOnlyList<PathwayError> CeasePlan(LocalDate ceasedOn, LocalDate today)
    {
        var errors = new List<PathwayError>();
        if (Stage != CaseStage.PlanIssued || CeasingDecision is not true || CeasingDecidedOn is not { } decided)
        {
            return [new("stage", "The plan can only cease after a decision to cease it")];
        }

        RequireDate(errors, "ceasedOn", "The date the plan ceased", ceasedOn, decided, "the decision to cease", today);
        var appeals = Appeals.Where(a => a.Subject == DisputeSubject.Ceasing && a.RegisteredOn >= decided).ToList();
        if (appeals.Any(a => a.IsOpen))
        {
            errors.Add(new("ceasedOn", "The family have appealed against ceasing: the plan stays in place until the tribunal decides"));
        }
        else if (appeals.FirstOrDefault(a => a.Order == TribunalOrder.ContinueToMaintain || a.Order == TribunalOrder.ContinueAndAmend) is not null)
        {
            errors.Add(new("ceasedOn", "The tribunal ordered the council to keep the plan in place"));
        }
        else if (appeals.Count == 0 && CeasingTakesEffect() is { } effect && ceasedOn < effect.Due)
        {
            errors.Add(new("ceasedOn", $"The family can appeal until {Long(effect.Due)}: the plan stays in place until then"));
        }

        if (errors.Count == 0)
        {
            CeasedOn = ceasedOn;
            CeaseReason = CeasingProposedReason;
            Stage = CaseStage.Ceased;
        }

        return errors;
    }

    /// <summary>
    /// The family moved to another area: this council sends the plan (reg 15) and keeps a read-only record. The
    /// receiving area's case is made by <see cref="ReceiveTransfer"/>.
    /// </summary>
    public IReadOnlyList<PathwayError> TransferOut(Guid toAreaId, LocalDate learnedOn, LocalDate movedOn, LocalDate transferredOn, LocalDate today)
    {
        var errors = new List<PathwayError>();
        RequireStage(errors, "Only a plan in force can be transferred to another area", PlanInForce);
        if (toAreaId == AreaId)
        {
            errors.Add(new("toAreaId", "Choose the area the family moved to, not this one"));
        }

        RequireDate(errors, "learnedOn", "The date the council learned of the move", learnedOn, FinalIssuedOn ?? RequestReceived, "the date the plan was issued", today);
        if (movedOn < learnedOn.PlusYears(-1))
        {
            errors.Add(new("movedOn", "The date of the move must be within a year of the council learning of it"));
        }

        RequireDate(errors, "transferredOn", "The date the plan was transferred", transferredOn, learnedOn, "the date the council learned of the move", today);
        if (errors.Count == 0)
        {
            TransferredToAreaId = toAreaId;
            MoveLearnedOn = learnedOn;
            MovedOn = movedOn;
            TransferredOn = transferredOn;
            Stage = CaseStage.TransferredOut;
        }

        return errors;
    }

    /// <summary>The receiving area's case: the same child and plan history, the new council's deadlines from the transfer date.</summary>
    public EhcCase ReceiveTransfer(Guid newId, string reference)
    {
        if (Stage != CaseStage.TransferredOut || TransferredToAreaId is not { } area || TransferredOn is not { } on)
        {
            throw new InvalidOperationException("Only a case transferred out can be received in another area.");
        }

        TransferredToCaseId = newId;
        return new EhcCase
        {
            Id = newId,
            AreaId = area,
            ChildId = ChildId,
            Reference = reference,
            Stage = CaseStage.PlanIssued,
            RequestedBy = RequestedBy,
            RequestReceived = RequestReceived,
            RequestEvidence = RequestEvidence,
            DecisionToAssessOn = DecisionToAssessOn,
            AgreedToAssess = AgreedToAssess,
            DraftIssuedOn = DraftIssuedOn,
            FinalIssuedOn = FinalIssuedOn,
            LatestPlanIssuedOn = LatestPlanIssuedOn,
            LastReviewOn = LastReviewOn,
            TransferredFromCaseId = Id,
            TransferredOn = on,
            MovedOn = MovedOn,
            Version = Guid.NewGuid(),
        };
    }

    /// <summary>The new council tells the family whether it will reassess (within 6 weeks of the transfer, reg 15).</summary>
    public IReadOnlyList<PathwayError> DecideAfterTransfer(bool reassess, LocalDate decidedOn, LocalDate today)
    {
        var errors = new List<PathwayError>();
        if (!TransferredIn || TransferDecisionOn is not null || Closed.Contains(Stage))
        {
            return [new("stage", "Only a plan transferred in from another area, without a decision yet, needs this decision")];
        }

        RequireDate(errors, "decidedOn", "The date of the decision", decidedOn, TransferredOn!.Value, "the date of the transfer", today);
        if (errors.Count == 0)
        {
            TransferDecisionOn = decidedOn;
            WillReassess = reassess;
        }

        return errors;
    }

    /// <summary>The family contacted a mediation adviser about a decision (CFA 2014 s55; regs 32-33).</summary>
    public IReadOnlyList<PathwayError> RequestMediation(MediationCase mediation, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(mediation);
        var errors = new List<PathwayError>();
        RequireDecisionToDispute(errors, mediation.Subject, mediation.DecisionNotifiedOn, today);
        RequireDate(errors, "contactedOn", "The date the family contacted the mediation adviser", mediation.AdviserContactedOn, mediation.DecisionNotifiedOn, "the date of the decision", today);
        if (Mediations.Any(m => m.Subject == mediation.Subject && m.DecisionNotifiedOn == mediation.DecisionNotifiedOn && m.CertificateIssuedOn is null))
        {
            errors.Add(new("subject", "Mediation about this decision is already under way"));
        }

        if (errors.Count == 0)
        {
            mediation.CaseId = Id;
            mediation.HeldOn = null;
            mediation.CertificateIssuedOn = null;
            Mediations.Add(mediation);
        }

        return errors;
    }

    /// <summary>Mediation took place, with its outcome (within 30 days of the council being told, reg 37).</summary>
    public IReadOnlyList<PathwayError> RecordMediationHeld(Guid mediationId, LocalDate heldOn, MediationOutcome outcome, string? notes, LocalDate today)
    {
        var mediation = Mediations.SingleOrDefault(m => m.Id == mediationId);
        if (mediation is null || !mediation.WantsMediation || mediation.HeldOn is not null)
        {
            return [new("mediationId", "Only mediation the family asked for, not yet held, can be recorded as held")];
        }

        var errors = new List<PathwayError>();
        RequireDate(errors, "heldOn", "The date of the mediation", heldOn, mediation.AdviserContactedOn, "the date the family contacted the adviser", today);
        if (!Enum.IsDefined(outcome))
        {
            errors.Add(new("outcome", "Select the outcome of the mediation"));
        }

        if (errors.Count == 0)
        {
            mediation.HeldOn = heldOn;
            mediation.Outcome = outcome;
            mediation.OutcomeNotes = Clean(notes);
        }

        return errors;
    }

    /// <summary>The adviser issued the mediation certificate: the family may now appeal (1 month from it, or 2 from the decision).</summary>
    public IReadOnlyList<PathwayError> RecordMediationCertificate(Guid mediationId, LocalDate issuedOn, LocalDate today)
    {
        var mediation = Mediations.SingleOrDefault(m => m.Id == mediationId);
        if (mediation is null || mediation.CertificateIssuedOn is not null)
        {
            return [new("mediationId", "Only mediation on this case without a certificate yet can have one recorded")];
        }

        var errors = new List<PathwayError>();
        if (mediation.WantsMediation && mediation.HeldOn is null)
        {
            errors.Add(new("mediationId", "The family chose mediation: record the mediation first, then the certificate that follows it"));
        }

        var from = mediation.HeldOn ?? mediation.AdviserContactedOn;
        RequireDate(errors, "issuedOn", "The date the certificate was issued", issuedOn, from, mediation.HeldOn is null ? "the date the family contacted the adviser" : "the date of the mediation", today);
        if (errors.Count == 0)
        {
            mediation.CertificateIssuedOn = issuedOn;
        }

        return errors;
    }

    /// <summary>An appeal to the tribunal, registered within the time limit; a certificate first unless it is about section I alone.</summary>
    public IReadOnlyList<PathwayError> RegisterAppeal(TribunalAppeal appeal, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        var errors = new List<PathwayError>();
        RequireDecisionToDispute(errors, appeal.Subject, appeal.DecisionNotifiedOn, today);
        RequireDate(errors, "registeredOn", "The date the appeal was registered", appeal.RegisteredOn, appeal.DecisionNotifiedOn, "the date of the decision", today);
        if (appeal.Subject == DisputeSubject.PlanContents && string.IsNullOrWhiteSpace(appeal.Sections))
        {
            errors.Add(new("sections", "Enter the sections of the plan appealed, for example B, F, I"));
        }

        var certificate = Mediations.Where(m => m.Subject == appeal.Subject && m.DecisionNotifiedOn == appeal.DecisionNotifiedOn)
            .Select(m => m.CertificateIssuedOn).OfType<LocalDate>().Where(d => d <= appeal.RegisteredOn).DefaultIfEmpty().Max();
        if (certificate == default && !appeal.IsPlacementOnly)
        {
            errors.Add(new("subject", "The family need a mediation certificate about this decision before appealing (except an appeal about section I alone)"));
        }

        var deadline = StatutoryTimeline.TribunalAppealDeadline(appeal.DecisionNotifiedOn, certificate == default ? null : certificate).Due;
        if (appeal.RegisteredOn > deadline)
        {
            errors.Add(new("registeredOn", $"The time to appeal ended on {Long(deadline)}"));
        }

        if (Appeals.Any(a => a.IsOpen && a.Subject == appeal.Subject))
        {
            errors.Add(new("subject", "An appeal about this is already open"));
        }

        if (errors.Count == 0)
        {
            appeal.CaseId = Id;
            appeal.Sections = Clean(appeal.Sections);
            Appeals.Add(appeal);
        }

        return errors;
    }

    /// <summary>The hearing date the tribunal set (a future date is expected).</summary>
    public IReadOnlyList<PathwayError> ScheduleHearing(Guid appealId, LocalDate hearingOn)
    {
        var appeal = Appeals.SingleOrDefault(a => a.Id == appealId);
        if (appeal is null || !appeal.IsOpen)
        {
            return [new("appealId", "Only an open appeal on this case can have a hearing date")];
        }

        if (hearingOn < appeal.RegisteredOn)
        {
            return [new("hearingOn", "The hearing must be on or after the date the appeal was registered")];
        }

        appeal.HearingOn = hearingOn;
        return [];
    }

    /// <summary>The tribunal's decision, its order and what changed in the plan; the order's deadlines run from the decision (reg 44).</summary>
    public IReadOnlyList<PathwayError> RecordTribunalDecision(Guid appealId, LocalDate decidedOn, TribunalOutcome outcome, TribunalOrder order, string? changes, LocalDate today)
    {
        var appeal = Appeals.SingleOrDefault(a => a.Id == appealId);
        if (appeal is null || !appeal.IsOpen)
        {
            return [new("appealId", "Only an open appeal on this case can be decided")];
        }

        var errors = new List<PathwayError>();
        RequireDate(errors, "decidedOn", "The date of the tribunal's decision", decidedOn, appeal.RegisteredOn, "the date the appeal was registered", today);
        if (!Enum.IsDefined(outcome))
        {
            errors.Add(new("outcome", "Select the tribunal's decision"));
        }

        if (!OrderFits(appeal.Subject, outcome, order))
        {
            errors.Add(new("order", "That order does not fit an appeal about this decision with this outcome"));
        }

        if (order is TribunalOrder.AmendContents or TribunalOrder.AmendPlacement or TribunalOrder.ContinueAndAmend && string.IsNullOrWhiteSpace(changes))
        {
            errors.Add(new("changes", "Enter what the tribunal ordered to change in the plan"));
        }

        if (errors.Count == 0)
        {
            appeal.DecidedOn = decidedOn;
            appeal.Outcome = outcome;
            appeal.Order = order;
            appeal.Changes = Clean(changes);
        }

        return errors;
    }

    /// <summary>The council did what the order required.</summary>
    public IReadOnlyList<PathwayError> RecordOrderCompleted(Guid appealId, LocalDate completedOn, LocalDate today)
    {
        var appeal = Appeals.SingleOrDefault(a => a.Id == appealId);
        if (appeal is null || appeal.DecidedOn is null || appeal.Order is null or TribunalOrder.None || appeal.OrderCompletedOn is not null)
        {
            return [new("appealId", "Only a tribunal order still to be carried out can be recorded as done")];
        }

        var errors = new List<PathwayError>();
        RequireDate(errors, "completedOn", "The date the order was carried out", completedOn, appeal.DecidedOn.Value, "the tribunal's decision", today);
        if (errors.Count == 0)
        {
            appeal.OrderCompletedOn = completedOn;
            if (appeal.Order == TribunalOrder.CeasingUpheld && Stage == CaseStage.PlanIssued)
            {
                CeasedOn = completedOn;
                CeaseReason = CeasingProposedReason;
                Stage = CaseStage.Ceased;
            }
        }

        return errors;
    }

    /// <summary>A complaint about the case, at stage 1 or (after a stage 1 reply) stage 2 of the council's procedure.</summary>
    public IReadOnlyList<PathwayError> RecordComplaint(Complaint complaint, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var errors = new List<PathwayError>();
        RequireDate(errors, "receivedOn", "The date the complaint was received", complaint.ReceivedOn, RequestReceived, "the date the request was received", today);
        if (complaint.Stage is not (1 or 2))
        {
            errors.Add(new("complaintStage", "Select stage 1 or stage 2 of the complaints procedure"));
        }
        else if (complaint.Stage == 2 && !Complaints.Any(c => c.Stage == 1 && c.RespondedOn <= complaint.ReceivedOn))
        {
            errors.Add(new("complaintStage", "A stage 2 complaint follows a stage 1 complaint that has been answered"));
        }

        if (string.IsNullOrWhiteSpace(complaint.Summary))
        {
            errors.Add(new("summary", "Enter what the complaint is about"));
        }

        if (complaint.ResponseWorkingDays is < 1 or > 65)
        {
            errors.Add(new("complaintStage", "The council's timescale for replying must be between 1 and 65 working days"));
        }

        if (errors.Count == 0)
        {
            complaint.CaseId = Id;
            complaint.Summary = complaint.Summary.Trim();
            complaint.RespondedOn = null;
            complaint.Outcome = null;
            Complaints.Add(complaint);
        }

        return errors;
    }

    public IReadOnlyList<PathwayError> RespondToComplaint(Guid complaintId, LocalDate respondedOn, ComplaintOutcome outcome, LocalDate today)
    {
        var complaint = Complaints.SingleOrDefault(c => c.Id == complaintId);
        if (complaint is null || complaint.RespondedOn is not null)
        {
            return [new("complaintId", "Only an unanswered complaint on this case can be answered")];
        }

        var errors = new List<PathwayError>();
        RequireDate(errors, "respondedOn", "The date of the reply", respondedOn, complaint.ReceivedOn, "the date the complaint was received", today);
        if (!Enum.IsDefined(outcome))
        {
            errors.Add(new("outcome", "Select the outcome of the complaint"));
        }

        if (errors.Count == 0)
        {
            complaint.RespondedOn = respondedOn;
            complaint.Outcome = outcome;
        }

        return errors;
    }

    /// <summary>The family ask for a personal budget: from the draft plan onwards (Personal Budgets Regulations 2014, reg 3; CoP 9.95).</summary>
    public IReadOnlyList<PathwayError> RequestPersonalBudget(PersonalBudgetRequest request, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<PathwayError>();
        RequireStage(errors, "A personal budget can be asked for once a draft plan has been sent, while the plan is in force", CaseStage.DraftIssued, CaseStage.PlanIssued, CaseStage.InAnnualReview);
        RequireDate(errors, "requestedOn", "The date of the request", request.RequestedOn, DraftIssuedOn ?? RequestReceived, "the date the draft plan was sent", today);
        if (!request.Requested.Valid || !request.Requested.Any)
        {
            errors.Add(new("education", "Enter the amount asked for at least one of education, health and social care, in pounds"));
        }

        if (!Enum.IsDefined(request.Arrangement))
        {
            errors.Add(new("arrangement", "Select how the budget would be paid"));
        }

        if (PersonalBudgets.Any(p => p.DecidedOn is null))
        {
            errors.Add(new("stage", "A personal budget request on this case is waiting for a decision"));
        }

        if (errors.Count == 0)
        {
            request.CaseId = Id;
            request.DecidedOn = null;
            request.Agreed = null;
            PersonalBudgets.Add(request);
        }

        return errors;
    }

    /// <summary>The council agrees amounts for each element, or refuses with reasons (Personal Budgets Regulations 2014, regs 4-6).</summary>
    public IReadOnlyList<PathwayError> DecidePersonalBudget(Guid requestId, bool agreed, LocalDate decidedOn, BudgetAmounts amounts, string? reasons, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var request = PersonalBudgets.SingleOrDefault(p => p.Id == requestId);
        if (request is null || request.DecidedOn is not null)
        {
            return [new("requestId", "Only a personal budget request on this case waiting for a decision can be decided")];
        }

        var errors = new List<PathwayError>();
        RequireDate(errors, "decidedOn", "The date of the decision", decidedOn, request.RequestedOn, "the date of the request", today);
        if (agreed && (!amounts.Valid || !amounts.Any))
        {
            errors.Add(new("education", "Enter the amount agreed for at least one element, in pounds"));
        }

        if (!agreed && string.IsNullOrWhiteSpace(reasons))
        {
            errors.Add(new("reasons", "Enter the reasons for refusing: they go to the family with their right to a review"));
        }

        if (errors.Count == 0)
        {
            request.DecidedOn = decidedOn;
            request.Agreed = agreed;
            (request.EducationAgreed, request.HealthAgreed, request.SocialCareAgreed) = agreed ? (amounts.Education, amounts.Health, amounts.SocialCare) : (null, null, null);
            request.RefusalReasons = agreed ? null : reasons!.Trim();
        }

        return errors;
    }

    /// <summary>The personal budget in force: the latest agreed request, shown in section J.</summary>
    public PersonalBudgetRequest? AgreedPersonalBudget =>
        PersonalBudgets.Where(p => p.Agreed == true).OrderByDescending(p => p.DecidedOn).FirstOrDefault();

    /// <summary>A family can only dispute a decision the council made on this case, once it has been made.</summary>
    private void RequireDecisionToDispute(List<PathwayError> errors, DisputeSubject subject, LocalDate notified, LocalDate today)
    {
        var (decided, label) = subject switch
        {
            DisputeSubject.RefusalToAssess => (AgreedToAssess == false ? DecisionToAssessOn : null, "a decision not to assess"),
            DisputeSubject.RefusalToIssue => (DecisionNotToIssueOn, "a decision not to issue a plan"),
            DisputeSubject.PlanContents => (LatestPlanIssuedOn, "an issued plan"),
            DisputeSubject.Ceasing => (CeasingDecision == true ? CeasingDecidedOn : ReviewDecision == Cases.ReviewDecision.Cease ? ReviewDecisionOn : null, "a decision to cease the plan"),
            _ => (null, "a decision"),
        };
        if (!Enum.IsDefined(subject) || decided is null)
        {
            errors.Add(new("subject", $"This case has no {label} to disagree with"));
        }
        else if (notified < decided || notified > today)
        {
            errors.Add(new("decisionNotifiedOn", "The date the decision was notified must be on or after the decision, and not in the future"));
        }
    }

    private static bool OrderFits(DisputeSubject subject, TribunalOutcome outcome, TribunalOrder order)
    {
        if (!Enum.IsDefined(order))
        {
            return false;
        }

        if (outcome is TribunalOutcome.Dismissed or TribunalOutcome.Withdrawn)
        {
            return order == TribunalOrder.None || (subject == DisputeSubject.Ceasing && order == TribunalOrder.CeasingUpheld && outcome == TribunalOutcome.Dismissed);
        }

        return order == TribunalOrder.None || subject switch
        {
            DisputeSubject.RefusalToAssess => order is TribunalOrder.Assess,
            DisputeSubject.RefusalToIssue => order is TribunalOrder.MakePlan or TribunalOrder.Reconsider,
            DisputeSubject.PlanContents => order is TribunalOrder.AmendContents or TribunalOrder.AmendPlacement,
            DisputeSubject.Ceasing => order is TribunalOrder.ContinueToMaintain or TribunalOrder.ContinueAndAmend,
            _ => false,
        };
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Long(LocalDate date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
