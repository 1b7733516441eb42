using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Records that the setting's report of the annual review meeting arrived (due 2 weeks after the meeting).</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class ReviewReportModel(CaseService cases) : DatedStepModel(cases)
{
    public override string DateField => "receivedOn";

    public override string DateLabel => "Date the review report was received";

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        ApplyDatedAsync((c, on, today) => c.RecordReviewReport(on, today), "Review report recorded as received", ct);
}
