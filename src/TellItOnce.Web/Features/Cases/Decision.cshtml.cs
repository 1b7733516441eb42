using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Records the decision whether to carry out an EHC needs assessment, with the panel that advised on it.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class DecisionModel(CaseService cases) : CaseStepPageModel(cases)
{
    [BindProperty]
    public string? Agreed { get; set; }

    [BindProperty]
    public DateParts DecidedOn { get; set; } = new();

    [BindProperty]
    public DateParts PanelOn { get; set; } = new();

    [BindProperty]
    public string? PanelMembers { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    protected override IReadOnlySet<string> DateFields { get; } = new HashSet<string> { "decidedOn", "panelOn" };

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (Agreed is not ("yes" or "no"))
        {
            errors.Add("agreed", "Select whether the council will carry out an assessment");
        }

        var decidedOn = DecidedOn.Read("decidedOn", "the date of the decision", errors);
        var panelOn = PanelOn.Read("panelOn", "the date of the panel", errors, required: false);
        var agreed = Agreed == "yes";
        return ApplyAsync(errors, (c, today) => c.DecideWhetherToAssess(decidedOn!.Value, agreed, today, panelOn, PanelMembers, Reasons),
            agreed ? "Decision to assess recorded" : "Decision not to assess recorded: send the decision letter", ct);
    }

    protected override string AnchorFor(string field) => field == "agreed" ? "agreed-yes" : base.AnchorFor(field);
}
