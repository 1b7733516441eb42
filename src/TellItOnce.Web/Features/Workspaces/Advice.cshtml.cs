using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Features.Portals;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>/advice: a professional's inbox of advice requests addressed to them or to their organisation, in every area they work in, and their review invitations.</summary>
[Authorize(Policy = Policies.Professional)]
public sealed class AdviceModel(WorkspaceQueries queries, ReviewHosting reviews, RecordAccess access) : PageModel
{
    public IReadOnlyList<AdviceRow> Rows { get; private set; } = [];

    public IReadOnlyList<InvitationWork> Reviews { get; private set; } = [];

    public bool IsTeamLead { get; private set; }

    public NodaTime.LocalDate Today => queries.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await queries.AdviceInboxAsync(ct);
        Reviews = await reviews.OpenInvitationsAsync(ct);
        IsTeamLead = (await access.TeamAsync(ct)).IsTeamLead;
    }
}
