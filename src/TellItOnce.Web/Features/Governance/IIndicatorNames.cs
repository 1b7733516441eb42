using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;

namespace TellItOnce.Web.Features.Governance;

/// <summary>Names the outcome indicator (of the area's outcomes framework, the insight capability) an action is linked to.</summary>
public interface IIndicatorNames
{
    Task<string?> NameAsync(Guid areaId, Guid indicatorId, CancellationToken ct);

    /// <summary>The indicators of the area's frameworks an action may be linked to.</summary>
    Task<IReadOnlyList<(Guid Id, string Title)>> ChoicesAsync(Guid areaId, CancellationToken ct);
}

public sealed class IndicatorNames(AppDbContext db) : IIndicatorNames
{
    public async Task<string?> NameAsync(Guid areaId, Guid indicatorId, CancellationToken ct) =>
        (await ChoicesAsync(areaId, ct)).Where(c => c.Id == indicatorId).Select(c => c.Title).FirstOrDefault();

    public async Task<IReadOnlyList<(Guid Id, string Title)>> ChoicesAsync(Guid areaId, CancellationToken ct) =>
        [.. (await (from f in db.OutcomeFrameworks.AsNoTracking()
                    where f.AreaId == areaId
                    from s in f.Statements
                    from i in s.Indicators
                    orderby s.Order, i.Order
                    select new { i.Id, i.Title }).ToListAsync(ct)).Select(x => (x.Id, x.Title))];
}
