using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Operations;

namespace TellItOnce.Web.Shared;

/// <summary>
/// Leases on background jobs, held in the database, so a job scheduled on every instance runs on one at a time
/// (docs/adr/0039-scale-out.md). A lease is taken by an atomic update (or the first insert) and lapses on its own if
/// its holder dies.
/// </summary>
public sealed class JobLeases(AppDbContext db, IClock clock)
{
    /// <summary>This process, as a lease holder.</summary>
    public static readonly string Instance = Truncate($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    public async Task<bool> TryAcquireAsync(string job, Duration length, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var until = now + length;
        var taken = await db.JobLeases.Where(l => l.Job == job && (l.Until < now || l.Holder == Instance))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, Instance).SetProperty(l => l.Until, until), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Job == job, ct))
        {
            return false;
        }

        try
        {
            db.JobLeases.Add(new JobLease { Job = job, Holder = Instance, Until = until });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static string Truncate(string s) => s.Length <= 200 ? s : s[^200..];

    public async Task ReleaseAsync(string job, CancellationToken ct) =>
        await db.JobLeases.Where(l => l.Job == job && l.Holder == Instance).ExecuteDeleteAsync(ct);
}
