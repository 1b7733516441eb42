using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Records that the final EHC plan was issued.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class FinalModel(CaseService cases) : DatedStepModel(cases)
{
    public override string DateField => "issuedOn";

    public override string DateLabel => "Date the final plan was issued";

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        ApplyDatedAsync((c, on, today) => c.IssueFinal(on, today), "Final plan recorded as issued", ct);
}
