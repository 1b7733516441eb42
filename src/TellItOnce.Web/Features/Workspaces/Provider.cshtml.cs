using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Web.Features.LocalOffer;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>/provider: the home of a Local Offer provider organisation: its services, with links to change them or add one.</summary>
[Authorize(Policy = Policies.Provider)]
public sealed class ProviderModel(AppDbContext db, CurrentUser user, LocalOfferPublishing publishing) : PageModel
{
    public string? OrganisationName { get; private set; }

    public IReadOnlyList<ProviderServiceRow> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var organisation = await (
            from u in db.Users.AsNoTracking()
            join o in db.Organisations.AsNoTracking() on u.OrganisationId equals o.Id
            where u.Id == user.Id
            select o).SingleOrDefaultAsync(ct);
        OrganisationName = organisation?.Name;
        if (organisation is not null)
        {
            Services = await publishing.ServicesOfAsync(organisation.Id, ct);
        }
    }
}
