using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Documents;

/// <summary>
/// Who may see a case's documents and who may add to them. Seeing follows seeing the case: the area's SEND team, the
/// child's family, a professional asked for advice on the case or invited to its annual review (or their organisation),
/// staff of the child's setting, and the lead of the trust the child's setting belongs to.
/// Adding is the SEND team's for now; the portals will widen <see cref="CanUploadAsync"/> (a professional to the advice
/// request addressed to them, a parent to their own child's case).
/// </summary>
public sealed class DocumentAccess(AppDbContext db)
{
    public async Task<bool> CanSeeAsync(EhcCase c, CurrentUser who, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(who);
        if (!who.IsSignedIn)
        {
            return false;
        }

        if (IsSendTeamOf(c, who))
        {
            return true;
        }

        if (await db.FamilyLinks.AsNoTracking().AnyAsync(l => l.UserId == who.Id && l.ChildId == c.ChildId, ct))
        {
            return true;
        }

        var me = await db.Users.AsNoTracking().Where(u => u.Id == who.Id).Select(u => new { u.OrganisationId, u.SettingId, u.TrustId }).SingleOrDefaultAsync(ct);
        if (me is null)
        {
            return false;
        }

        if (who.Has(Role.Professional) && await db.AdviceRequests.AsNoTracking()
                .AnyAsync(a => a.CaseId == c.Id && (a.ProfessionalUserId == who.Id || (me.OrganisationId != null && a.OrganisationId == me.OrganisationId)), ct))
        {
            return true;
        }

        if (who.AreasWhere(Role.Professional).Contains(c.AreaId) && await db.ReviewInvitations.AsNoTracking()
                .AnyAsync(i => i.CaseId == c.Id && (i.ProfessionalUserId == who.Id || (me.OrganisationId != null && i.OrganisationId == me.OrganisationId)), ct))
        {
            return true;
        }

        if (!who.AreasWhere(Role.SettingStaff).Contains(c.AreaId))
        {
            return false;
        }

        if (me.TrustId is { } trust)
        {
            return await db.Children.AsNoTracking().AnyAsync(k => k.Id == c.ChildId && db.Settings.Any(s => s.Id == k.CurrentSettingId && s.TrustId == trust), ct);
        }

        return me.SettingId is { } setting && await db.Children.AsNoTracking().AnyAsync(k => k.Id == c.ChildId && k.CurrentSettingId == setting, ct);
    }

    public Task<bool> CanUploadAsync(EhcCase c, CurrentUser who, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(who);
        return Task.FromResult(who.IsSignedIn && IsSendTeamOf(c, who));
    }

    private static bool IsSendTeamOf(EhcCase c, CurrentUser who) => who.AreasWhere(Role.Caseworker, Role.Manager).Contains(c.AreaId);
}
