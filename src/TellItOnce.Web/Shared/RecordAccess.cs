using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Portals;

namespace TellItOnce.Web.Shared;

/// <summary>
/// The one place that answers "may this user see this child, case or advice request" (ADR 20). Every portal query
/// starts from these sets, so a record outside them is simply not found:
/// a parent sees their own children through family links (unless a young person aged 16 or over has hidden their
/// record); a young person their own record; a professional the cases that asked them or their organisation for
/// advice or invited them to an annual review; a SENCO their setting's pupils; a multi-academy trust lead the pupils of
/// every setting of their trust; a caseworker or manager the cases of their areas.
/// </summary>
public sealed class RecordAccess(AppDbContext db, CurrentUser user, ILogger<RecordAccess> logger)
{
    private Scope? _scope;

    /// <summary>The children this user may see.</summary>
    public async Task<IQueryable<Child>> ChildrenAsync(CancellationToken ct)
    {
        var s = await ScopeAsync(ct);
        var cases = await CasesAsync(ct);
        return db.Children.Where(c => s.SendAreas.Contains(c.AreaId)
            || s.FamilyChildren.Contains(c.Id)
            || (s.SettingIds.Count > 0 && s.SettingAreas.Contains(c.AreaId) && c.CurrentSettingId != null && s.SettingIds.Contains(c.CurrentSettingId.Value))
            || (s.ProfessionalAreas.Count > 0 && cases.Any(k => k.ChildId == c.Id)));
    }

    /// <summary>The cases this user may see.</summary>
    public async Task<IQueryable<EhcCase>> CasesAsync(CancellationToken ct)
    {
        var s = await ScopeAsync(ct);
        var me = user.Id;
        var org = s.OrganisationId;
        return db.Cases.Where(c => s.SendAreas.Contains(c.AreaId)
            || s.FamilyChildren.Contains(c.ChildId)
            || (s.SettingIds.Count > 0 && s.SettingAreas.Contains(c.AreaId) && db.Children.Any(k => k.Id == c.ChildId && k.CurrentSettingId != null && s.SettingIds.Contains(k.CurrentSettingId.Value)))
            || (s.ProfessionalAreas.Contains(c.AreaId) && (db.AdviceRequests.Any(a => a.CaseId == c.Id && (a.ProfessionalUserId == me || (org != null && a.OrganisationId == org)))
                || db.ReviewInvitations.Any(i => i.CaseId == c.Id && (i.ProfessionalUserId == me || (org != null && i.OrganisationId == org))))));
    }

    /// <summary>The advice requests addressed to this professional or to their organisation, in the areas they work in.</summary>
    public async Task<IQueryable<AdviceRequest>> AdviceForMeAsync(CancellationToken ct)
    {
        var s = await ScopeAsync(ct);
        var me = user.Id;
        var org = s.OrganisationId;
        return db.AdviceRequests.Where(a => (a.ProfessionalUserId == me || (org != null && a.OrganisationId == org))
            && db.Cases.Any(c => c.Id == a.CaseId && s.ProfessionalAreas.Contains(c.AreaId)));
    }

    /// <summary>The annual review invitations addressed to this professional or to their organisation, in the areas they work in.</summary>
    public async Task<IQueryable<ReviewInvitation>> ReviewInvitationsForMeAsync(CancellationToken ct)
    {
        var s = await ScopeAsync(ct);
        var me = user.Id;
        var org = s.OrganisationId;
        return db.ReviewInvitations.Where(i => (i.ProfessionalUserId == me || (org != null && i.OrganisationId == org)) && s.ProfessionalAreas.Contains(i.AreaId));
    }

    /// <summary>The organisation this professional works for, and whether they lead its team (and so assign its work).</summary>
    public async Task<(Guid? OrganisationId, bool IsTeamLead)> TeamAsync(CancellationToken ct)
    {
        var s = await ScopeAsync(ct);
        return (s.OrganisationId, s.OrganisationId is not null && s.IsTeamLead);
    }

    /// <summary>The family's own children (parent or young person), for the family portal.</summary>
    public async Task<IReadOnlyList<Guid>> FamilyChildrenAsync(CancellationToken ct) => (await ScopeAsync(ct)).FamilyChildren;

    /// <summary>The settings whose pupils this user may see: a SENCO's own setting, or every setting of a trust lead's trust.</summary>
    public async Task<IReadOnlyList<Guid>> SettingsAsync(CancellationToken ct) => (await ScopeAsync(ct)).SettingIds;

    /// <summary>One case, or null (and a log line with ids only) when it is not this user's to see.</summary>
    public async Task<EhcCase?> CaseAsync(Guid caseId, CancellationToken ct)
    {
        var found = await (await CasesAsync(ct)).AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
        return found ?? Refused<EhcCase>("case", caseId);
    }

    /// <summary>One case of the family's own children, or null and logged.</summary>
    public async Task<EhcCase?> FamilyCaseAsync(Guid caseId, CancellationToken ct)
    {
        var children = await FamilyChildrenAsync(ct);
        var found = await db.Cases.AsNoTracking().Include(c => c.AdviceRequests).Include(c => c.Exceptions).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == caseId && children.Contains(c.ChildId), ct);
        return found ?? Refused<EhcCase>("case", caseId);
    }

    /// <summary>One child, or null and logged.</summary>
    public async Task<Child?> ChildAsync(Guid childId, CancellationToken ct)
    {
        var found = await (await ChildrenAsync(ct)).AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, ct);
        return found ?? Refused<Child>("child", childId);
    }

    /// <summary>Records a refusal: ids only, never names.</summary>
    public T? Refused<T>(string kind, Guid id)
        where T : class
    {
        Log.Refused(logger, user.Id, kind, id);
        return null;
    }

    private async Task<Scope> ScopeAsync(CancellationToken ct)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        var me = user.Id;
        var family = await db.FamilyLinks.AsNoTracking()
            .Where(l => l.UserId == me && (l.Relationship == FamilyRelationship.Self || !l.HiddenByYoungPerson))
            .Select(l => l.ChildId).ToListAsync(ct);
        if (!user.Has(Role.Parent) && !user.Has(Role.YoungPerson))
        {
            family = [];
        }

        var account = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => new { u.OrganisationId, u.SettingId, u.TrustId, u.IsTeamLead }).SingleOrDefaultAsync(ct);
        var settingAreas = user.AreasWhere(Role.SettingStaff);
        var professionalAreas = user.AreasWhere(Role.Professional);
        List<Guid> settings = [];
        if (settingAreas.Count > 0 && account?.TrustId is { } trust)
        {
            settings = await db.Settings.AsNoTracking().Where(x => x.TrustId == trust && settingAreas.Contains(x.AreaId)).Select(x => x.Id).ToListAsync(ct);
        }
        else if (settingAreas.Count > 0 && account?.SettingId is { } own)
        {
            settings = [own];
        }

        return _scope = new Scope(
            user.AreasWhere(Role.Caseworker, Role.Manager),
            family,
            professionalAreas.Count > 0 ? account?.OrganisationId : null,
            professionalAreas,
            settings,
            settingAreas,
            account?.IsTeamLead == true);
    }

    private sealed record Scope(
        IReadOnlyList<Guid> SendAreas,
        List<Guid> FamilyChildren,
        Guid? OrganisationId,
        IReadOnlyList<Guid> ProfessionalAreas,
        List<Guid> SettingIds,
        IReadOnlyList<Guid> SettingAreas,
        bool IsTeamLead);
}

internal static partial class Log
{
    [LoggerMessage(EventId = 4040, Level = LogLevel.Warning, Message = "Refused: user {UserId} asked for {Kind} {RecordId} outside their reach")]
    public static partial void Refused(ILogger logger, Guid userId, string kind, Guid recordId);

    [LoggerMessage(EventId = 4041, Level = LogLevel.Warning, Message = "Not found for user {UserId}: {Method} {Route} with ids {Ids}")]
    public static partial void NotFound(ILogger logger, Guid userId, string method, string route, string ids);
}

/// <summary>Logs every "not found" answered to a signed-in user on a route with ids, ids and route pattern only.</summary>
public static class RefusalLogging
{
    public static IApplicationBuilder UseRefusalLogging(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status404NotFound
            && context.User.Identity?.IsAuthenticated == true
            && context.GetEndpoint() is RouteEndpoint endpoint)
        {
            var ids = string.Join(",", context.Request.RouteValues.Values.Select(v => v?.ToString()).Where(v => Guid.TryParse(v, out _)));
            if (ids.Length > 0)
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<RecordAccess>();
                var userId = context.RequestServices.GetRequiredService<CurrentUser>().Id;
                Log.NotFound(logger, userId, context.Request.Method, endpoint.RoutePattern.RawText ?? string.Empty, ids);
            }
        }
    });
}
