using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Records a decision, after assessment, not to issue an EHC plan (due within 16 weeks of the request).</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class NotToIssueModel(CaseService cases) : CaseStepPageModel(cases)
{
    [BindProperty]
    public DateParts DecidedOn { get; set; } = new();

    [BindProperty]
    public string? Reasons { get; set; }

    protected override IReadOnlySet<string> DateFields { get; } = new HashSet<string> { "decidedOn" };

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var decidedOn = DecidedOn.Read("decidedOn", "the date of the decision", errors);
        return ApplyAsync(errors, (c, today) => c.DecideNotToIssue(decidedOn!.Value, Reasons, today), "Decision not to issue a plan recorded: send the decision letter", ct);
    }
}
