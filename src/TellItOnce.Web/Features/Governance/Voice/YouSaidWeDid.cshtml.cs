using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TellItOnce.Web.Features.Governance.Voice;

/// <summary>/you-said-we-did: the public page of everything answered and published, grouped by theme.</summary>
[AllowAnonymous]
public sealed class YouSaidWeDidModel(VoiceService voice) : PageModel
{
    public IReadOnlyList<IGrouping<string, YouSaidEntry>> Themes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Themes = await voice.PublishedAsync(ct);
}
