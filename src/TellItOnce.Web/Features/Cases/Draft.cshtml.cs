using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Records that the draft plan was sent to the family, which starts their 15 days to comment.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class DraftModel(CaseService cases) : DatedStepModel(cases)
{
    public override string DateField => "issuedOn";

    public override string DateLabel => "Date the draft plan was sent";

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        ApplyDatedAsync((c, on, today) => c.IssueDraft(on, today), "Draft plan recorded as sent: the family have 15 days to comment", ct);
}
