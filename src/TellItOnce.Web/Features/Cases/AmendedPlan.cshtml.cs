using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Records that the amended plan was issued after a review (due 8 weeks after the proposed amendments).</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class AmendedPlanModel(CaseService cases) : DatedStepModel(cases)
{
    public override string DateField => "issuedOn";

    public override string DateLabel => "Date the amended plan was issued";

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        ApplyDatedAsync((c, on, today) => c.IssueAmendedPlan(on, today), "Amended plan recorded as issued: the review is complete", ct);
}
