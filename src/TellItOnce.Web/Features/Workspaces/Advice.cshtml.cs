using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>/advice: a professional's inbox of advice requests addressed to them or to their organisation.</summary>
[Authorize(Policy = Policies.Professional)]
public sealed class AdviceModel(WorkspaceQueries queries) : PageModel
{
    public IReadOnlyList<AdviceRow> Rows { get; private set; } = [];

    public NodaTime.LocalDate Today => queries.Today;

    public async Task OnGetAsync(CancellationToken ct) => Rows = await queries.AdviceInboxAsync(ct);
}
