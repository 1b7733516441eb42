using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Family;

/// <summary>/family/sharing: a young person aged 16 or over decides which parents and carers see their record.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class SharingModel(FamilyPortal portal) : PortalPageModel
{
    public IReadOnlyList<SharingRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await portal.SharingAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid linkId, bool hidden, CancellationToken ct)
    {
        if (!await portal.SetSharingAsync(linkId, hidden, ct))
        {
            return NotFound();
        }

        Confirmation = hidden ? "They can no longer see your record" : "They can see your record again";
        return RedirectToPage();
    }
}
