using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Records that a piece of advice arrived, with its text.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class AdviceReceivedModel(CaseService cases) : CaseStepPageModel(cases)
{
    [FromRoute]
    public Guid AdviceId { get; set; }

    [BindProperty]
    public DateParts ReceivedOn { get; set; } = new();

    [BindProperty]
    public string? AdviceText { get; set; }

    protected override IReadOnlySet<string> DateFields { get; } = new HashSet<string> { "receivedOn" };

    public AdviceView? Advice => View.Advice.SingleOrDefault(a => a.Advice.Id == AdviceId);

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var receivedOn = ReceivedOn.Read("receivedOn", "the date the advice was received", errors);
        return ApplyAsync(errors, (c, today) => c.RecordAdviceReceived(AdviceId, receivedOn!.Value, AdviceText, today), "Advice recorded as received", ct);
    }
}
