using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TellItOnce.Web.Features.LocalOffer;

/// <summary>/local-offer/you-said-we-did: published feedback the council has answered.</summary>
[AllowAnonymous]
public sealed class YouSaidWeDidModel(LocalOfferDirectory directory) : PageModel
{
    public IReadOnlyList<YouSaidWeDid> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await directory.YouSaidWeDidAsync(ct);
}
