using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Domain.Auditing;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Audit;

public sealed record AuditRow(AuditEntry Entry, string Who);

/// <summary>/audit: every change in the manager's areas, newest first; filter to one record by type and id.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var areas = user.AreasWhere(Role.Manager);
        var query = db.AuditEntries.AsNoTracking().Where(a => a.AreaId != null && areas.Contains(a.AreaId.Value));
        if (!string.IsNullOrWhiteSpace(Type))
        {
            query = query.Where(a => a.EntityType == Type);
        }

        if (!string.IsNullOrWhiteSpace(Id))
        {
            query = query.Where(a => a.EntityId == Id);
        }

        var entries = await query.OrderByDescending(a => a.Id).Take(PageSize).ToListAsync(ct);
        var userIds = entries.Select(e => e.UserId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Rows = [.. entries.Select(e => new AuditRow(e, e.UserId is { } id ? names.GetValueOrDefault(id, "Unknown user") : "System"))];
    }
}
