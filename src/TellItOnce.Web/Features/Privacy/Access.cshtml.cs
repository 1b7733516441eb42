using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Privacy;

/// <summary>/children/{id}/access: every view and every change of one child's record, and the subject access export.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class AccessModel(ChildRecords records, SubjectAccessExport export, CurrentUser user, Data.AppDbContext db, NodaTime.IClock clock) : PageModel
{
    public ChildRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var record = await records.LoadAsync(id, user.AreasWhere(Role.Manager), ct);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        return Page();
    }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>Sets a legal hold (with its reason) or releases the ones set: while held, retention deletes nothing of this child.</summary>
    public async Task<IActionResult> OnPostHoldAsync(Guid id, bool release, CancellationToken ct)
    {
        var record = await records.LoadAsync(id, user.AreasWhere(Role.Manager), ct);
        if (record is null)
        {
            return NotFound();
        }

        var now = clock.GetCurrentInstant();
        if (release)
        {
            foreach (var hold in await db.LegalHolds.Where(h => h.ChildId == id && h.ReleasedAt == null).ToListAsync(ct))
            {
                hold.ReleasedAt = now;
            }
        }
        else
        {
            db.LegalHolds.Add(new Domain.Privacy.LegalHold
            {
                Id = Guid.CreateVersion7(),
                AreaId = record.Child.AreaId,
                ChildId = id,
                SetAt = now,
                Reason = string.IsNullOrWhiteSpace(Reason) ? "Not given" : Reason.Trim()[..Math.Min(500, Reason.Trim().Length)],
            });
        }

        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    /// <summary>The zip of everything held about the child.</summary>
    public async Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        if (!await export.WriteAsync(id, user.AreasWhere(Role.Manager), buffer, ct))
        {
            return NotFound();
        }

        buffer.Position = 0;
        return File(buffer, "application/zip", $"subject-access-{id}.zip");
    }
}
