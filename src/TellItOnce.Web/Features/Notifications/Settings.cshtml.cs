using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TellItOnce.Web.Features.Notifications;

/// <summary>/notifications/settings: email, in the service, or both.</summary>
public sealed class SettingsModel(NotificationQueries queries) : PageModel
{
    [BindProperty] public List<string> Channels { get; set; } = [];

    [TempData] public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var p = await queries.PreferenceAsync(ct);
        Channels = [.. new[] { p.Email ? "email" : null, p.InApp ? "inapp" : null }.OfType<string>()];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await queries.SavePreferenceAsync(Channels.Contains("email"), Channels.Contains("inapp"), ct);
        Confirmation = "Your choices have been saved";
        return RedirectToPage();
    }
}
