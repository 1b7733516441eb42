using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Notifications;

namespace TellItOnce.Web.Features.Notifications;

/// <summary>/notifications: the user's in-app notifications, newest first.</summary>
public sealed class IndexModel(NotificationQueries queries) : PageModel
{
    public IReadOnlyList<UserNotification> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await queries.LatestAsync(ct);

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await queries.MarkAllReadAsync(ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct) =>
        await queries.OpenAsync(id, ct) is { } link ? LocalRedirect(link) : NotFound();
}
