using Microsoft.AspNetCore.Http.HttpResults;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Pathway;
using TellItOnce.Web.Features.Timescales;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

public sealed record AdviceResponse(Guid Id, AdviceSource Source, string From, string RequestedOn, string Due, string? ReceivedOn);

public sealed record NextDeadlineResponse(string Key, string Title, string Due, int DaysLeft, DeadlineStatus Status);

public sealed record CaseResponse(
    Guid Id, string Reference, CaseStage Stage, Guid Version, string RequestReceived,
    NextDeadlineResponse? NextDeadline, IReadOnlyList<MilestoneResponse> Milestones, IReadOnlyList<AdviceResponse> Advice);

public sealed record DecisionRequest(Guid Version, string? DecidedOn, bool? Agreed, string? PanelOn = null, string? PanelMembers = null, string? Reasons = null);

public sealed record AdviceRequestRequest(Guid Version, Guid? OrganisationId, string? RequestedOn);

public sealed record AdviceReceivedRequest(Guid Version, string? ReceivedOn, string? AdviceText = null);

public sealed record NotToIssueRequest(Guid Version, string? DecidedOn, string? Reasons);

public sealed record DatedRequest(Guid Version, string? IssuedOn);

public sealed record ScheduleReviewRequest(Guid Version, string? MeetingOn, string? InvitationsSentOn);

public sealed record ReviewDecisionRequest(Guid Version, ReviewDecision? Decision, string? DecidedOn, int? CeaseReason = null);

public sealed record ConsultRequest(Guid Version, Guid? SettingId, string? SentOn, bool Preferred = false);

public sealed record ConsultationAnswerRequest(Guid Version, ConsultationAnswer? Answer, string? AnsweredOn, string? Notes = null);

public sealed record ExceptionRequest(Guid Version, string? From, string? To, string? Reason, string? Note = null);

/// <summary>
/// Every statutory step of a case as JSON, for councils that integrate: the same service and authorisation as the
/// case pages. A case outside the caller's areas is 404; a stale version is 409.
/// </summary>
public static class CasesApi
{
    public static void MapCasesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases/{id:guid}").RequireAuthorization(Policies.SendTeam).WithTags("Cases");
        group.MapGet("/", GetAsync).WithName("GetCase").WithSummary("A case with its statutory milestones and next deadline");
        group.MapPost("/decision", (Guid id, DecisionRequest r, CaseService cases, CancellationToken ct) => StepAsync(cases, id, r.Version, errors =>
        {
            var decided = Dates.ParseIso(r.DecidedOn, "decidedOn", "the date of the decision", errors, required: true);
            var panel = Dates.ParseIso(r.PanelOn, "panelOn", "the date of the panel", errors, required: false);
            if (r.Agreed is null)
            {
                errors.Add("agreed", "Say whether the council will carry out an assessment (true or false)");
            }

            return (c, today) => c.DecideWhetherToAssess(decided!.Value, r.Agreed!.Value, today, panel, r.PanelMembers, r.Reasons);
        }, ct)).WithName("DecideWhetherToAssess").WithSummary("Record the decision whether to carry out an EHC needs assessment (reg 4-5)");
        group.MapPost("/advice", async (Guid id, AdviceRequestRequest r, CaseService cases, CancellationToken ct) =>
        {
            var options = await cases.AdviceOptionsAsync(ct);
            return await StepAsync(cases, id, r.Version, errors =>
            {
                var option = options.SingleOrDefault(o => o.OrganisationId == r.OrganisationId);
                if (option is null)
                {
                    errors.Add("organisationId", "Give the id of an organisation that gives advice");
                }

                var requested = Dates.ParseIso(r.RequestedOn, "requestedOn", "the date advice was requested", errors, required: true);
                return (c, today) => c.RequestAdvice(new AdviceRequest { Id = Guid.CreateVersion7(), Source = option!.Source, OrganisationId = option.OrganisationId, RequestedOn = requested!.Value }, today);
            }, ct);
        }).WithName("RequestAdvice").WithSummary("Request advice for the assessment; due 6 weeks later (reg 8)");
        group.MapPost("/advice/{adviceId:guid}/received", (Guid id, Guid adviceId, AdviceReceivedRequest r, CaseService cases, CancellationToken ct) => StepAsync(cases, id, r.Version, errors =>
        {
            var received = Dates.ParseIso(r.ReceivedOn, "receivedOn", "the date the advice was received", errors, required: true);
            return (c, today) => c.RecordAdviceReceived(adviceId, received!.Value, r.AdviceText, today);
        }, ct)).WithName("RecordAdviceReceived").WithSummary("Record that a piece of advice was received");
        group.MapPost("/not-to-issue", (Guid id, NotToIssueRequest r, CaseService cases, CancellationToken ct) => StepAsync(cases, id, r.Version, errors =>
        {
            var decided = Dates.ParseIso(r.DecidedOn, "decidedOn", "the date of the decision", errors, required: true);
            return (c, today) => c.DecideNotToIssue(decided!.Value, r.Reasons, today);
        }, ct)).WithName("DecideNotToIssue").WithSummary("Record a decision not to issue a plan (reg 10)");
        group.MapPost("/draft", (Guid id, DatedRequest r, CaseService cases, CancellationToken ct) => StepAsync(cases, id, r.Version, errors =>
        {
            var on = Dates.ParseIso(r.IssuedOn, "issuedOn", "the date the draft plan was sent", errors, required: true);
            return (c, today) => c.IssueDraft(on!.Value, today);
        }, ct)).WithName("IssueDraft").WithSummary("Record that the draft plan was sent; the family's 15 days begin (reg 13(1))");
        group.MapPost("/final", (Guid id, DatedRequest r, CaseService cases, CancellationToken ct) => StepAsync(cases, id, r.Version, errors =>
        {
            var on = Dates.ParseIso(r.IssuedOn, "issuedOn", "the date the final plan was issued", errors, required: true);
            return (c, today) => c.IssueFinal(on!.Value, today);
        }, ct)).WithName("IssueFinal").WithSummary("Record that the final plan was issued (reg 13(2))");
        group.MapPost("/exceptions", (Guid id, ExceptionRequest r, CaseService cases, CancellationToken ct) => StepAsync(cases, id, r.Version, errors =>
        {
            var from = Dates.ParseIso(r.From, "from", "the date the exception started", errors, required: true);
            var to = Dates.ParseIso(r.To, "to", "the date the exception ended", errors, required: true);
            if (!Enum.TryParse<ExceptionReason>(r.Reason, ignoreCase: false, out var reason) || !Enum.IsDefined(reason) || int.TryParse(r.Reason, out _))
            {
                errors.Add("reason", $"The reason must be one of {string.Join(", ", Enum.GetNames<ExceptionReason>())}");
            }

            return (c, today) => c.RecordException(new ExceptionPeriod { Id = Guid.CreateVersion7(), From = from!.Value, To = to!.Value, Reason = reason, Note = r.Note }, today);
        }, ct)).WithName("RecordException").WithSummary("Record an exception to the time limits (regs 5(4), 8(2), 10(4), 13(3))");
        MapReviewSteps(group);
        group.MapPost("/consultations", async (Guid id, ConsultRequest r, CaseService cases, CancellationToken ct) =>
        {
            var areaId = (await cases.GetAsync(id, ct))?.Case.AreaId;
            var settings = areaId is { } a ? await cases.SettingsAsync(a, ct) : [];
            return await StepAsync(cases, id, r.Version, errors =>
            {
                if (!settings.Any(s => s.Id == r.SettingId))
                {
                    errors.Add("settingId", "Give the id of a setting in the case's area");
                }

                var sent = Dates.ParseIso(r.SentOn, "sentOn", "the date the consultation was sent", errors, required: true);
                return (c, today) =>
                {
                    var refused = r.Preferred ? c.RecordPreferredSetting(r.SettingId!.Value) : [];
                    return refused.Count > 0 ? refused : c.ConsultSetting(new SettingConsultation { Id = Guid.CreateVersion7(), SettingId = r.SettingId!.Value, SentOn = sent!.Value }, today);
                };
            }, ct);
        }).WithName("ConsultSetting").WithSummary("Consult a setting about being named in the plan; it has 15 days to answer (CFA 2014 s39)");
        group.MapPost("/consultations/{consultationId:guid}/answer", (Guid id, Guid consultationId, ConsultationAnswerRequest r, CaseService cases, CancellationToken ct) => StepAsync(cases, id, r.Version, errors =>
        {
            var on = Dates.ParseIso(r.AnsweredOn, "answeredOn", "the date of the answer", errors, required: true);
            if (r.Answer is not { } answer || !Enum.IsDefined(answer))
            {
                errors.Add("answer", "The answer must be CanMeetNeeds or CannotMeetNeeds");
            }

            return (c, today) => c.RecordConsultationAnswer(consultationId, r.Answer!.Value, on!.Value, r.Notes, today);
        }, ct)).WithName("RecordConsultationAnswer").WithSummary("Record a setting's answer to a consultation");
    }

    /// <summary>The annual review steps (regs 18-22).</summary>
    private static void MapReviewSteps(RouteGroupBuilder group)
    {
        group.MapPost("/review/schedule", (Guid id, ScheduleReviewRequest r, CaseService cases, CancellationToken ct) => StepAsync(cases, id, r.Version, errors =>
        {
            var meeting = Dates.ParseIso(r.MeetingOn, "meetingOn", "the date of the review meeting", errors, required: true);
            var invited = Dates.ParseIso(r.InvitationsSentOn, "invitationsSentOn", "the date the invitations were sent", errors, required: true);
            return (c, today) => c.ScheduleReview(meeting!.Value, invited!.Value, today);
        }, ct)).WithName("ScheduleReview").WithSummary("Schedule the annual review meeting (invitations at least 2 weeks before, reg 20)");
        group.MapPost("/review/report", (Guid id, AdviceReceivedRequest r, CaseService cases, CancellationToken ct) => StepAsync(cases, id, r.Version, errors =>
        {
            var received = Dates.ParseIso(r.ReceivedOn, "receivedOn", "the date the report was received", errors, required: true);
            return (c, today) => c.RecordReviewReport(received!.Value, today);
        }, ct)).WithName("RecordReviewReport").WithSummary("Record that the review report arrived (due 2 weeks after the meeting)");
        group.MapPost("/review/decision", (Guid id, ReviewDecisionRequest r, CaseService cases, CancellationToken ct) => StepAsync(cases, id, r.Version, errors =>
        {
            var decided = Dates.ParseIso(r.DecidedOn, "decidedOn", "the date of the decision", errors, required: true);
            if (r.Decision is not { } d || !Enum.IsDefined(d))
            {
                errors.Add("decision", "The decision must be Maintain, Amend or Cease");
            }

            return (c, today) => c.DecideAfterReview(r.Decision!.Value, decided!.Value, today, r.CeaseReason);
        }, ct)).WithName("DecideAfterReview").WithSummary("Decide to maintain, amend or cease the plan (within 4 weeks of the meeting, reg 22)");
        group.MapPost("/review/amended-plan", (Guid id, DatedRequest r, CaseService cases, CancellationToken ct) => StepAsync(cases, id, r.Version, errors =>
        {
            var on = Dates.ParseIso(r.IssuedOn, "issuedOn", "the date the amended plan was issued", errors, required: true);
            return (c, today) => c.IssueAmendedPlan(on!.Value, today);
        }, ct)).WithName("IssueAmendedPlan").WithSummary("Record that the amended plan was issued (within 8 weeks of the proposed amendments)");
    }

    private static async Task<Results<Ok<CaseResponse>, NotFound>> GetAsync(Guid id, CaseService cases, CancellationToken ct) =>
        await cases.GetAsync(id, ct) is { } view ? TypedResults.Ok(ToResponse(view)) : TypedResults.NotFound();

    /// <summary>Reads the request (adding field errors), then applies the step through the case service.</summary>
    private static async Task<Results<Ok<CaseResponse>, ValidationProblem, NotFound, ProblemHttpResult>> StepAsync(
        CaseService cases, Guid id, Guid version,
        Func<FieldErrors, Func<EhcCase, NodaTime.LocalDate, IReadOnlyList<PathwayError>>> read, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var step = read(errors);
        if (errors.Any)
        {
            return await cases.GetAsync(id, ct) is null ? TypedResults.NotFound() : TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await cases.ApplyAsync(id, version, step, ct);
        if (outcome is null)
        {
            return TypedResults.NotFound();
        }

        if (!outcome.Succeeded)
        {
            return outcome.Errors.ContainsKey("version")
                ? TypedResults.Problem(CaseService.ConcurrencyMessage, statusCode: StatusCodes.Status409Conflict, title: "The case has changed")
                : TypedResults.ValidationProblem(outcome.Errors, title: "That step cannot be taken");
        }

        return TypedResults.Ok(ToResponse((await cases.GetAsync(id, ct))!));
    }

    internal static CaseResponse ToResponse(CaseView v) => new(
        v.Case.Id, v.Case.Reference, v.Case.Stage, v.Case.Version, Dates.Iso(v.Case.RequestReceived),
        v.Next is { } n ? new NextDeadlineResponse(n.Milestone.Key, n.Milestone.Title, Dates.Iso(n.Milestone.Due), n.DaysLeft, n.Status) : null,
        [.. v.Timeline.Select(t => TimescalesPlanner.ToResponse(t.Milestone))],
        [.. v.Advice.Select(a => new AdviceResponse(a.Advice.Id, a.Advice.Source, a.From, Dates.Iso(a.Advice.RequestedOn), Dates.Iso(a.Due.Due), a.Advice.ReceivedOn is { } r ? Dates.Iso(r) : null))]);
}
