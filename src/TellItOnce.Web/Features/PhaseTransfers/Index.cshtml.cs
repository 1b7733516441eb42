using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.PhaseTransfers;

/// <summary>/phase-transfers: children with a plan who change phase next September, and whether their new setting is named in time.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class IndexModel(PhaseTransferQueries queries) : PageModel
{
    public IReadOnlyList<PhaseTransferRow> Rows { get; private set; } = [];

    public NodaTime.LocalDate TransferDay => queries.NextTransferDay;

    public async Task OnGetAsync(CancellationToken ct) => Rows = await queries.ListAsync(ct);
}
