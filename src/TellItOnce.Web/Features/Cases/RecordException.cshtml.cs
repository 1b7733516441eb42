using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Pathway;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Records an exception to the time limits. The statutory dates stay as they are; affected milestones show an adjusted target.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class RecordExceptionModel(CaseService cases) : CaseStepPageModel(cases)
{
    [BindProperty]
    public DateParts From { get; set; } = new();

    [BindProperty]
    public DateParts To { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    protected override IReadOnlySet<string> DateFields { get; } = new HashSet<string> { "from", "to" };

    public static string Describe(ExceptionReason reason) => reason switch
    {
        ExceptionReason.SchoolClosure => "A school or college was closed (for at least 4 weeks) when advice was asked for",
        ExceptionReason.EarlyYearsClosure => "An early years setting was closed (for at least 4 weeks) when advice was asked for",
        ExceptionReason.ExceptionalPersonalCircumstances => "Exceptional personal circumstances of the child, young person or parent",
        ExceptionReason.AbsentFromArea => "The family was away from the area for at least 4 weeks",
        ExceptionReason.MissedAppointment => "The child or young person missed an appointment (advice only)",
        _ => reason.ToString(),
    };

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var from = From.Read("from", "the date the exception started", errors);
        var to = To.Read("to", "the date the exception ended", errors);
        if (!Enum.TryParse<ExceptionReason>(Reason, out var reason) || !Enum.IsDefined(reason))
        {
            errors.Add("reason", "Select the reason for the exception");
        }

        return ApplyAsync(errors, (c, today) => c.RecordException(new ExceptionPeriod
        {
            Id = Guid.CreateVersion7(),
            From = from!.Value,
            To = to!.Value,
            Reason = reason,
            Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
        }, today), "Exception recorded", ct);
    }

    protected override string AnchorFor(string field) => field == "reason" ? $"reason-{ExceptionReason.SchoolClosure}" : base.AnchorFor(field);
}
