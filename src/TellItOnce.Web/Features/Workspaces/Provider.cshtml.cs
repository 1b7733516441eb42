using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>/provider: the home of a Local Offer provider organisation.</summary>
[Authorize(Policy = Policies.Provider)]
public sealed class ProviderModel(AppDbContext db, CurrentUser user) : PageModel
{
    public string? OrganisationName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        OrganisationName = await (
            from u in db.Users.AsNoTracking()
            join o in db.Organisations.AsNoTracking() on u.OrganisationId equals o.Id
            where u.Id == user.Id
            select o.Name).SingleOrDefaultAsync(ct);
}
