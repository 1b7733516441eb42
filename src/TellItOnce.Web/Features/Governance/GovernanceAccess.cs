using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance;

/// <summary>
/// Who may do what in governance (ADR 30): board members (strategic leads), managers and administrators read everything
/// in their area; sub-group members read and edit their own sub-groups' actions and risks; administrators configure
/// (vision, priorities, sub-groups, template) and may edit anything; managers and administrators are the council's
/// officers, who build surveys, answer feedback, keep the co-production log and write the board report's commentary.
/// </summary>
public sealed record GovernanceScope(Guid AreaId, bool ReadsAll, bool Configures, bool IsOfficer, IReadOnlySet<Guid> SubGroups)
{
    public bool CanRead(Guid? subGroupId) => ReadsAll || (subGroupId is { } s && SubGroups.Contains(s));

    public bool CanEdit(Guid? subGroupId) => Configures || (subGroupId is { } s && SubGroups.Contains(s));

    /// <summary>Contributes to shared documents (the self-assessment): an administrator, an officer or any sub-group member.</summary>
    public bool Contributes => Configures || IsOfficer || SubGroups.Count > 0;
}

public sealed class GovernanceAccess(AppDbContext db, CurrentUser user, IClock clock)
{
    public static readonly Role[] BoardRoles = [Role.StrategicLead, Role.Manager, Role.Administrator];

    private GovernanceScope? _scope;
    private bool _loaded;

    public LocalDate Today { get; } = EnglishCalendar.DateOf(clock.GetCurrentInstant());

    public CurrentUser User => user;

    /// <summary>The asking user's governance scope in their (first) area, or null when they have none: the page then refuses.</summary>
    public async Task<GovernanceScope?> ScopeAsync(CancellationToken ct)
    {
        if (_loaded)
        {
            return _scope;
        }

        _loaded = true;
        if (!user.IsSignedIn)
        {
            return null;
        }

        var staffAreas = user.Memberships.Where(m => m.Role.IsStaff()).Select(m => m.AreaId).Distinct().ToList();
        var groups = await (from m in db.SubGroupMembers.AsNoTracking()
                            join g in db.SubGroups.AsNoTracking() on m.SubGroupId equals g.Id
                            where m.UserId == user.Id && staffAreas.Contains(g.AreaId)
                            select new { g.Id, g.AreaId }).ToListAsync(ct);
        var board = user.AreasWhere(BoardRoles);
        var areaId = board.Concat(groups.Select(g => g.AreaId)).Cast<Guid?>().FirstOrDefault();
        if (areaId is not { } area)
        {
            return null;
        }

        _scope = new GovernanceScope(
            area,
            board.Contains(area),
            user.AreasWhere(Role.Administrator).Contains(area),
            user.AreasWhere(Role.Manager, Role.Administrator).Contains(area),
            groups.Where(g => g.AreaId == area).Select(g => g.Id).ToHashSet());
        return _scope;
    }

    public async Task<Dictionary<Guid, string>> SubGroupNamesAsync(Guid areaId, CancellationToken ct) =>
        await db.SubGroups.AsNoTracking().Where(g => g.AreaId == areaId).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
}
