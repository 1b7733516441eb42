using NodaTime;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.Plans;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases.AfterThePlan;

public enum StepFieldKind
{
    Date,
    Radios,
    Select,
    Text,
    TextArea,
    Money,
}

/// <summary>One question on a step's page (and one property of its JSON body).</summary>
public sealed record StepField(StepFieldKind Kind, string Name, string Label, string? Hint = null, IReadOnlyList<(string Value, string Text)>? Options = null)
{
    public IReadOnlyList<(string Value, string Text)> Choices => Options ?? [];

    /// <summary>Where an error summary link for this field points.</summary>
    public string Anchor => Kind switch
    {
        StepFieldKind.Date => $"{Name}-day",
        StepFieldKind.Radios => $"{Name}-{Choices[0].Value}",
        _ => Name,
    };

    /// <summary>How the field is written in the JSON API, for the OpenAPI description.</summary>
    public string ApiForm => Kind switch
    {
        StepFieldKind.Date => "ISO date (YYYY-MM-DD)",
        StepFieldKind.Radios or StepFieldKind.Select => "one of " + string.Join(", ", Choices.Select(c => c.Value == "yes" ? "true" : c.Value == "no" ? "false" : c.Value)),
        StepFieldKind.Money => "amount in pounds",
        _ => "text",
    };
}

/// <summary>The council's complaints procedure: how many working days it gives itself to reply at each stage.</summary>
public sealed class ComplaintsOptions
{
    public const string Section = "Complaints";

    public int Stage1WorkingDays { get; set; } = 10;

    public int Stage2WorkingDays { get; set; } = 20;
}

/// <summary>What a step may need besides the case: the plan's outcomes, the other areas, the council's settings.</summary>
public sealed record StepContext(CaseView View, Guid? ItemId, IReadOnlyList<PlanOutcome> Outcomes, IReadOnlyList<(Guid Id, string Name)> OtherAreas, ComplaintsOptions Complaints);

/// <summary>
/// One statutory step after the plan: its page (/cases/{id}/steps/{key}) and its API endpoint (/api/cases/{id}/steps/{key}),
/// both reading the same fields and calling the same domain transition.
/// </summary>
public sealed record CaseStep(
    string Key,
    string OperationName,
    string Title,
    string Intro,
    bool NeedsItem,
    Func<StepContext, IReadOnlyList<StepField>> Fields,
    Func<StepContext, IStepInput, FieldErrors, Func<EhcCase, LocalDate, IReadOnlyList<PathwayError>>> Read,
    string Confirmation);

public static class CaseSteps
{
    private static readonly (string, string)[] YesNo = [("yes", "Yes"), ("no", "No")];

    private static readonly (string, string)[] Subjects =
    [
        (nameof(DisputeSubject.RefusalToAssess), "The decision not to assess"),
        (nameof(DisputeSubject.RefusalToIssue), "The decision not to issue a plan"),
        (nameof(DisputeSubject.PlanContents), "What the plan says (sections B, F, I)"),
        (nameof(DisputeSubject.Ceasing), "The decision to cease the plan"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> Progress =
        [(nameof(OutcomeProgress.Met), "Met"), (nameof(OutcomeProgress.PartlyMet), "Partly met"), (nameof(OutcomeProgress.NotMet), "Not met")];

    public static readonly IReadOnlyList<(string Value, string Text)> Orders =
    [
        (nameof(TribunalOrder.None), "No order"),
        (nameof(TribunalOrder.Assess), "Carry out an assessment"),
        (nameof(TribunalOrder.MakePlan), "Make and maintain a plan"),
        (nameof(TribunalOrder.Reconsider), "Reconsider the decision"),
        (nameof(TribunalOrder.AmendContents), "Amend the needs or provision (sections B and F)"),
        (nameof(TribunalOrder.AmendPlacement), "Amend the school or college named (section I)"),
        (nameof(TribunalOrder.ContinueToMaintain), "Continue to maintain the plan"),
        (nameof(TribunalOrder.ContinueAndAmend), "Continue to maintain and amend the plan"),
        (nameof(TribunalOrder.CeasingUpheld), "The plan ceases (appeal against ceasing dismissed)"),
    ];

    private static StepField Date(string name, string label) => new(StepFieldKind.Date, name, label, "For example, 2 3 2026");

    private static IReadOnlyList<(string, string)> Named<TEnum>(params (TEnum Value, string Text)[] options)
        where TEnum : struct, Enum => [.. options.Select(o => (o.Value.ToString(), o.Text))];

    private static IReadOnlyList<(string, string)> CeaseReasons => [.. ReviewDecisionModel.CeaseReasons.Select(r => (r.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Text))];

    private static Guid Item(StepContext x) => x.ItemId ?? Guid.Empty;

    public static IReadOnlyList<CaseStep> All { get; } =
    [
        new("review-outcomes", "RecordReviewOutcomes", "Record progress towards the plan's outcomes",
            "For each outcome in section E of the plan in force, record what the review found, and any new outcomes the review suggested.",
            false,
            x => [.. x.Outcomes.SelectMany((o, i) => new[]
            {
                new StepField(StepFieldKind.Radios, $"outcome-{i}", o.Text, $"By {o.ByWhen}", Progress),
                new StepField(StepFieldKind.TextArea, $"comment-{i}", "Comment (optional)"),
            }), new StepField(StepFieldKind.TextArea, "suggested", "New outcomes suggested (optional)", "One outcome a line")],
            (x, input, errors) =>
            {
                var findings = x.Outcomes.Select((o, i) => new OutcomeFinding(o.Id, Enum.TryParse<OutcomeProgress>(input.Text($"outcome-{i}"), out var p) && Enum.IsDefined(p) ? p : null, input.Text($"comment-{i}"))).ToList();
                var suggested = (input.Text("suggested") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return (c, today) => c.RecordOutcomeResults(x.Outcomes, findings, suggested, today);
            },
            "Progress towards the outcomes recorded"),

        new("propose-ceasing", "ProposeCeasing", "Propose to cease the plan",
            "Tell the family and the setting that the council is considering ceasing the plan, and consult them before deciding (regulation 31).",
            false,
            _ => [Date("proposedOn", "Date the family were told"), new(StepFieldKind.Select, "reason", "Why the council is considering ceasing the plan", Options: CeaseReasons)],
            (x, input, errors) =>
            {
                var on = input.Date("proposedOn", "the date the family were told", errors);
                var reason = int.TryParse(input.Text("reason"), out var r) ? r : 0;
                return (c, today) => c.ProposeCeasing(on!.Value, reason, today);
            },
            "Proposal to cease recorded: consult the family and the setting before deciding"),

        new("ceasing-decision", "DecideOnCeasing", "Decide whether to cease the plan",
            "After consulting the family and the setting. A decision to cease goes to the family with their right to mediation and appeal; the plan stays in place until the time to appeal has passed.",
            false,
            _ => [new(StepFieldKind.Radios, "cease", "Will the plan cease?", Options: YesNo), Date("decidedOn", "Date of the decision")],
            (x, input, errors) =>
            {
                var cease = input.YesNo("cease", "Select yes if the plan will cease", errors);
                var on = input.Date("decidedOn", "the date of the decision", errors);
                return (c, today) => c.DecideOnCeasing(cease!.Value, on!.Value, today);
            },
            "Decision on ceasing recorded"),

        new("cease-plan", "CeasePlan", "Record that the plan has ceased",
            "Only once the time to appeal has passed, or the tribunal has decided.",
            false,
            _ => [Date("ceasedOn", "Date the plan ceased")],
            (x, input, errors) =>
            {
                var on = input.Date("ceasedOn", "the date the plan ceased", errors);
                return (c, today) => c.CeasePlan(on!.Value, today);
            },
            "The plan has ceased"),

        new("transfer-out", "TransferOut", "Transfer the plan to another area",
            "The family moved. The plan goes to the new area's council on the day of the move, or within 15 working days of learning of it (regulation 15). This area keeps a read-only record.",
            false,
            x => [new(StepFieldKind.Select, "toAreaId", "Area the family moved to", Options: [.. x.OtherAreas.Select(a => (a.Id.ToString(), a.Name))]),
                Date("learnedOn", "Date the council learned of the move"), Date("movedOn", "Date of the move"), Date("transferredOn", "Date the plan was transferred")],
            (x, input, errors) =>
            {
                var to = input.Id("toAreaId", "Choose the area the family moved to", errors);
                if (to is { } t && x.OtherAreas.All(a => a.Id != t))
                {
                    errors.Add("toAreaId", "Choose the area the family moved to");
                }

                var learned = input.Date("learnedOn", "the date the council learned of the move", errors);
                var moved = input.Date("movedOn", "the date of the move", errors);
                var transferred = input.Date("transferredOn", "the date the plan was transferred", errors);
                return (c, today) => c.TransferOut(to!.Value, learned!.Value, moved!.Value, transferred!.Value, today);
            },
            "Plan transferred: the new area's council now maintains it"),

        new("transfer-decision", "DecideAfterTransfer", "Decide whether to reassess after the transfer",
            "Within 6 weeks of the transfer, tell the family that this council now maintains the plan, whether it will carry out a new needs assessment, and when it will review the plan.",
            false,
            _ => [new(StepFieldKind.Radios, "reassess", "Will the council carry out a new needs assessment?", Options: YesNo), Date("decidedOn", "Date the family were told")],
            (x, input, errors) =>
            {
                var reassess = input.YesNo("reassess", "Select yes if the council will reassess", errors);
                var on = input.Date("decidedOn", "the date the family were told", errors);
                return (c, today) => c.DecideAfterTransfer(reassess!.Value, on!.Value, today);
            },
            "Decision after the transfer recorded"),

        new("mediation", "RequestMediation", "Record that the family contacted a mediation adviser",
            "Before appealing, the family must contact a mediation adviser. The adviser issues a certificate within 3 working days if they do not want mediation; mediation is held within 30 days if they do.",
            false,
            _ => [new(StepFieldKind.Radios, "subject", "What do the family disagree with?", Options: Subjects), Date("decisionNotifiedOn", "Date the family were told of the decision"),
                Date("contactedOn", "Date the family contacted the mediation adviser"), new(StepFieldKind.Radios, "wantsMediation", "Do the family want mediation?", Options: YesNo)],
            (x, input, errors) =>
            {
                var subject = input.Choice<DisputeSubject>("subject", "Select what the family disagree with", errors);
                var notified = input.Date("decisionNotifiedOn", "the date the family were told of the decision", errors);
                var contacted = input.Date("contactedOn", "the date the family contacted the mediation adviser", errors);
                var wants = input.YesNo("wantsMediation", "Select yes if the family want mediation", errors);
                return (c, today) => c.RequestMediation(new MediationCase { Id = Guid.CreateVersion7(), Subject = subject!.Value, DecisionNotifiedOn = notified!.Value, AdviserContactedOn = contacted!.Value, WantsMediation = wants!.Value }, today);
            },
            "Mediation recorded"),

        new("mediation-held", "RecordMediationHeld", "Record the mediation meeting", "Mediation must take place within 30 days of the council being told the family want it.",
            true,
            _ => [Date("heldOn", "Date of the mediation"), new(StepFieldKind.Radios, "outcome", "Outcome", Options: Named((MediationOutcome.Agreed, "Agreement reached"), (MediationOutcome.PartlyAgreed, "Partly agreed"), (MediationOutcome.NotAgreed, "No agreement"))),
                new(StepFieldKind.TextArea, "notes", "What was agreed (optional)")],
            (x, input, errors) =>
            {
                var on = input.Date("heldOn", "the date of the mediation", errors);
                var outcome = input.Choice<MediationOutcome>("outcome", "Select the outcome of the mediation", errors);
                return (c, today) => c.RecordMediationHeld(Item(x), on!.Value, outcome!.Value, input.Text("notes"), today);
            },
            "Mediation meeting recorded"),

        new("mediation-certificate", "RecordMediationCertificate", "Record the mediation certificate",
            "The family can appeal within 1 month of the certificate or 2 months of the decision, whichever is later.",
            true,
            _ => [Date("issuedOn", "Date the certificate was issued")],
            (x, input, errors) =>
            {
                var on = input.Date("issuedOn", "the date the certificate was issued", errors);
                return (c, today) => c.RecordMediationCertificate(Item(x), on!.Value, today);
            },
            "Mediation certificate recorded"),

        new("appeal", "RegisterAppeal", "Record an appeal to the SEND Tribunal",
            "An appeal needs a mediation certificate about the same decision, unless it is only about the school or college named in section I.",
            false,
            _ => [new(StepFieldKind.Radios, "subject", "What is the appeal against?", Options: Subjects),
                new(StepFieldKind.Text, "sections", "Sections of the plan appealed", "Only for an appeal about what the plan says, for example B, F, I"),
                Date("decisionNotifiedOn", "Date the family were told of the decision"), Date("registeredOn", "Date the tribunal registered the appeal")],
            (x, input, errors) =>
            {
                var subject = input.Choice<DisputeSubject>("subject", "Select what the appeal is against", errors);
                var notified = input.Date("decisionNotifiedOn", "the date the family were told of the decision", errors);
                var registered = input.Date("registeredOn", "the date the tribunal registered the appeal", errors);
                return (c, today) => c.RegisterAppeal(new TribunalAppeal { Id = Guid.CreateVersion7(), Subject = subject!.Value, Sections = input.Text("sections"), DecisionNotifiedOn = notified!.Value, RegisteredOn = registered!.Value }, today);
            },
            "Appeal recorded"),

        new("appeal-hearing", "ScheduleHearing", "Record the hearing date", "The date the tribunal set for the hearing.",
            true,
            _ => [Date("hearingOn", "Date of the hearing")],
            (x, input, errors) =>
            {
                var on = input.Date("hearingOn", "the date of the hearing", errors);
                return (c, _) => c.ScheduleHearing(Item(x), on!.Value);
            },
            "Hearing date recorded"),

        new("appeal-decision", "RecordTribunalDecision", "Record the tribunal's decision",
            "The order's deadlines run from the date of the decision (regulation 44).",
            true,
            _ => [Date("decidedOn", "Date of the decision"),
                new(StepFieldKind.Radios, "outcome", "Decision", Options: Named((TribunalOutcome.Upheld, "Appeal upheld"), (TribunalOutcome.PartlyUpheld, "Partly upheld"), (TribunalOutcome.Dismissed, "Dismissed"), (TribunalOutcome.Withdrawn, "Withdrawn"), (TribunalOutcome.Conceded, "Conceded by the council"))),
                new(StepFieldKind.Select, "order", "What the tribunal ordered", Options: Orders), new(StepFieldKind.TextArea, "changes", "What changed in the plan", "Needed when the plan is to be amended")],
            (x, input, errors) =>
            {
                var on = input.Date("decidedOn", "the date of the decision", errors);
                var outcome = input.Choice<TribunalOutcome>("outcome", "Select the tribunal's decision", errors);
                var order = input.Choice<TribunalOrder>("order", "Select what the tribunal ordered", errors);
                return (c, today) => c.RecordTribunalDecision(Item(x), on!.Value, outcome!.Value, order!.Value, input.Text("changes"), today);
            },
            "Tribunal decision recorded"),

        new("appeal-order-done", "RecordOrderCompleted", "Record that the tribunal's order was carried out", "The date the council did what the order required.",
            true,
            _ => [Date("completedOn", "Date the order was carried out")],
            (x, input, errors) =>
            {
                var on = input.Date("completedOn", "the date the order was carried out", errors);
                return (c, today) => c.RecordOrderCompleted(Item(x), on!.Value, today);
            },
            "Tribunal order recorded as carried out"),

        new("complaint", "RecordComplaint", "Record a complaint",
            "The reply is due within the council's timescale for the stage, counted in working days.",
            false,
            x => [Date("receivedOn", "Date the complaint was received"),
                new(StepFieldKind.Radios, "complaintStage", "Stage of the complaints procedure", Options: [("1", $"Stage 1 (reply within {x.Complaints.Stage1WorkingDays} working days)"), ("2", $"Stage 2 (reply within {x.Complaints.Stage2WorkingDays} working days)")]),
                new(StepFieldKind.TextArea, "summary", "What the complaint is about")],
            (x, input, errors) =>
            {
                var on = input.Date("receivedOn", "the date the complaint was received", errors);
                var stage = input.Text("complaintStage") switch { "1" => 1, "2" => 2, _ => 0 };
                var days = stage == 2 ? x.Complaints.Stage2WorkingDays : x.Complaints.Stage1WorkingDays;
                return (c, today) => c.RecordComplaint(new Complaint { Id = Guid.CreateVersion7(), ReceivedOn = on!.Value, Stage = stage, Summary = input.Text("summary") ?? string.Empty, ResponseWorkingDays = days }, today);
            },
            "Complaint recorded"),

        new("complaint-response", "RespondToComplaint", "Record the reply to a complaint", "The date the council replied and what it found.",
            true,
            _ => [Date("respondedOn", "Date of the reply"), new(StepFieldKind.Radios, "outcome", "Outcome", Options: Named((ComplaintOutcome.Upheld, "Upheld"), (ComplaintOutcome.PartlyUpheld, "Partly upheld"), (ComplaintOutcome.NotUpheld, "Not upheld")))],
            (x, input, errors) =>
            {
                var on = input.Date("respondedOn", "the date of the reply", errors);
                var outcome = input.Choice<ComplaintOutcome>("outcome", "Select the outcome of the complaint", errors);
                return (c, today) => c.RespondToComplaint(Item(x), on!.Value, outcome!.Value, today);
            },
            "Reply to the complaint recorded"),

        new("personal-budget", "RequestPersonalBudget", "Record a request for a personal budget",
            "Families can ask for a personal budget once a draft plan has been sent, or at a review. Enter the amount a year asked for each element.",
            false,
            _ => [Date("requestedOn", "Date of the request"), .. Amounts("asked for"),
                new(StepFieldKind.Radios, "arrangement", "How would the budget be paid?", Options: Named((BudgetArrangement.DirectPayment, "Direct payment to the family"), (BudgetArrangement.ThirdPartyArrangement, "Paid to someone else who arranges the provision"), (BudgetArrangement.NotionalArrangement, "The council holds the funds and arranges the provision")))],
            (x, input, errors) =>
            {
                var on = input.Date("requestedOn", "the date of the request", errors);
                var (education, health, care) = ReadAmounts(input, errors);
                var arrangement = input.Choice<BudgetArrangement>("arrangement", "Select how the budget would be paid", errors);
                return (c, today) => c.RequestPersonalBudget(new PersonalBudgetRequest { Id = Guid.CreateVersion7(), RequestedOn = on!.Value, EducationRequested = education, HealthRequested = health, SocialCareRequested = care, Arrangement = arrangement!.Value }, today);
            },
            "Personal budget request recorded"),

        new("personal-budget-decision", "DecidePersonalBudget", "Decide on a personal budget request",
            "Agree an amount a year for each element, or refuse with reasons. An agreed budget goes into section J of the plan.",
            true,
            _ => [new(StepFieldKind.Radios, "agreed", "Is a personal budget agreed?", Options: YesNo), Date("decidedOn", "Date of the decision"), .. Amounts("agreed"),
                new(StepFieldKind.TextArea, "reasons", "Reasons for refusing", "Needed when the request is refused")],
            (x, input, errors) =>
            {
                var agreed = input.YesNo("agreed", "Select yes if a personal budget is agreed", errors);
                var on = input.Date("decidedOn", "the date of the decision", errors);
                var (education, health, care) = ReadAmounts(input, errors);
                return (c, today) => c.DecidePersonalBudget(Item(x), agreed!.Value, on!.Value, new BudgetAmounts(education, health, care), input.Text("reasons"), today);
            },
            "Personal budget decision recorded"),
    ];

    public static CaseStep? Find(string key) => All.FirstOrDefault(s => s.Key == key);

    private static StepField[] Amounts(string what) =>
    [
        new(StepFieldKind.Money, "education", $"Education: amount a year {what} (optional)"),
        new(StepFieldKind.Money, "health", $"Health: amount a year {what} (optional)"),
        new(StepFieldKind.Money, "socialCare", $"Social care: amount a year {what} (optional)"),
    ];

    private static (decimal?, decimal?, decimal?) ReadAmounts(IStepInput input, FieldErrors errors) =>
        (input.Money("education", "The education amount", errors), input.Money("health", "The health amount", errors), input.Money("socialCare", "The social care amount", errors));
}
