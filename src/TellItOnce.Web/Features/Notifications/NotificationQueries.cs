using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Notifications;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Notifications;

/// <summary>The signed-in user's own notifications and preferences; nobody else's.</summary>
public sealed class NotificationQueries(AppDbContext db, CurrentUser user, IClock clock)
{
    public Task<int> UnreadCountAsync(CancellationToken ct) =>
        user.IsSignedIn ? db.UserNotifications.CountAsync(n => n.UserId == user.Id && n.ReadAt == null, ct) : Task.FromResult(0);

    public async Task<IReadOnlyList<UserNotification>> LatestAsync(CancellationToken ct) =>
        await db.UserNotifications.AsNoTracking().Where(n => n.UserId == user.Id).OrderByDescending(n => n.Id).Take(100).ToListAsync(ct);

    /// <summary>Marks all of this user's notifications read.</summary>
    public Task MarkAllReadAsync(CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        return db.UserNotifications.Where(n => n.UserId == user.Id && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    /// <summary>Opens one of this user's notifications: marks it read and returns where it points, or null when it is not theirs.</summary>
    public async Task<string?> OpenAsync(Guid id, CancellationToken ct)
    {
        var n = await db.UserNotifications.SingleOrDefaultAsync(x => x.Id == id && x.UserId == user.Id, ct);
        if (n is null)
        {
            return null;
        }

        n.ReadAt ??= clock.GetCurrentInstant();
        await db.SaveChangesAsync(ct);
        return n.Link;
    }

    public async Task<NotificationPreference> PreferenceAsync(CancellationToken ct) =>
        await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == user.Id, ct) ?? new NotificationPreference { UserId = user.Id };

    public async Task SavePreferenceAsync(bool email, bool inApp, CancellationToken ct)
    {
        var p = await db.NotificationPreferences.SingleOrDefaultAsync(x => x.UserId == user.Id, ct);
        if (p is null)
        {
            p = new NotificationPreference { UserId = user.Id };
            db.NotificationPreferences.Add(p);
        }

        p.Email = email;
        p.InApp = inApp;
        await db.SaveChangesAsync(ct);
    }
}
