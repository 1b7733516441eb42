using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Privacy;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Privacy;

/// <summary>Writes who opened a child's record: one small insert of ids, never audited itself.</summary>
public sealed class ViewLog(AppDbContext db, CurrentUser user, IClock clock)
{
    public async Task RecordAsync(Guid areaId, Guid childId, Guid? caseId, string page, CancellationToken ct)
    {
        if (!user.IsSignedIn)
        {
            return;
        }

        db.RecordViews.Add(new RecordView { At = clock.GetCurrentInstant(), UserId = user.Id, AreaId = areaId, ChildId = childId, CaseId = caseId, Page = page });
        await db.SaveChangesAsync(ct);
    }
}
