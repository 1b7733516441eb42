using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;
using Decision = TellItOnce.Domain.Cases.ReviewDecision;

namespace TellItOnce.Web.Features.Cases;

/// <summary>The council's decision after the annual review meeting: maintain, amend or cease (within 4 weeks of the meeting).</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class ReviewDecisionModel(CaseService cases) : CaseStepPageModel(cases)
{
    /// <summary>The SEN2 reasons a plan ceases (CeaseReason 1 to 9).</summary>
    public static readonly IReadOnlyList<(int Code, string Text)> CeaseReasons =
    [
        (1, "Reached the maximum age"), (2, "Needs met without a plan"), (3, "Moved on to higher education"), (4, "Moved on to paid employment"),
        (5, "Moved to another English local authority"), (6, "Young person no longer wishes to engage"), (7, "Moved outside England"),
        (8, "Died"), (9, "Other"),
    ];

    [BindProperty]
    public Decision? Decision { get; set; }

    [BindProperty]
    public DateParts DecidedOn { get; set; } = new();

    [BindProperty]
    public int? CeaseReason { get; set; }

    protected override IReadOnlySet<string> DateFields { get; } = new HashSet<string> { "decidedOn" };

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (Decision is not { } decision || !Enum.IsDefined(decision))
        {
            errors.Add("decision", "Select the decision after the review");
        }

        var decidedOn = DecidedOn.Read("decidedOn", "the date of the decision", errors);
        var confirmation = Decision switch
        {
            Domain.Cases.ReviewDecision.Amend => "Decision to amend recorded: send the proposed amendments with it",
            Domain.Cases.ReviewDecision.Cease => "Decision to cease the plan recorded: tell the family about their right to appeal",
            _ => "Decision to maintain the plan recorded: the review is complete",
        };
        return ApplyAsync(errors, (c, today) => c.DecideAfterReview(Decision!.Value, decidedOn!.Value, today, CeaseReason), confirmation, ct);
    }

    protected override string AnchorFor(string field) => field == "decision" ? "decision-Maintain" : base.AnchorFor(field);
}
