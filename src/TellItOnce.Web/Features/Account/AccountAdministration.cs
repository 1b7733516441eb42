using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Account;

/// <summary>An administrator disables or re-enables an account in their areas. Disabling ends its sessions at their next
/// request (a new security stamp); the account stays, so the audit trail keeps naming what it did.</summary>
public sealed class AccountAdministration(UserManager<AppUser> users, AppDbContext db, CurrentUser current, IClock clock, ILogger<AccountAdministration> logger)
{
    public async Task<bool> SetDisabledAsync(Guid userId, bool disabled, CancellationToken ct)
    {
        var areas = current.AreasWhere(Role.Administrator);
        var inReach = userId != current.Id && await db.AreaMemberships.AnyAsync(m => m.UserId == userId && areas.Contains(m.AreaId), ct);
        if (!inReach || await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return false;
        }

        user.DisabledAt = disabled ? clock.GetCurrentInstant() : null;
        user.LockoutEnabled = true;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("Administrator {AdminId} {Action} account {UserId}", current.Id, disabled ? "disabled" : "re-enabled", user.Id);
        return true;
    }
}
