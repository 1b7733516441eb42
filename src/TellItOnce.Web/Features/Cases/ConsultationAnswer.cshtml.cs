using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Records a setting's answer to a consultation.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class ConsultationAnswerModel(CaseService cases) : CaseStepPageModel(cases)
{
    [FromRoute]
    public Guid ConsultationId { get; set; }

    [BindProperty]
    public ConsultationAnswer? Answer { get; set; }

    [BindProperty]
    public DateParts AnsweredOn { get; set; } = new();

    [BindProperty]
    public string? Notes { get; set; }

    protected override IReadOnlySet<string> DateFields { get; } = new HashSet<string> { "answeredOn" };

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (Answer is not { } answer || !Enum.IsDefined(answer))
        {
            errors.Add("answer", "Select the setting's answer");
        }

        var on = AnsweredOn.Read("answeredOn", "the date of the answer", errors);
        return ApplyAsync(errors, (c, today) => c.RecordConsultationAnswer(ConsultationId, Answer!.Value, on!.Value, Notes, today), "The setting's answer is recorded", ct);
    }

    protected override string AnchorFor(string field) => field == "answer" ? "answer-CanMeetNeeds" : base.AnchorFor(field);
}
