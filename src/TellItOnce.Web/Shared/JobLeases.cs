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
public sealed class JobLeases(AppDbContext db, IClock clock, LeaseHolder holder)
{
    private readonly string _instance = holder.Name;

    public async Task<bool> TryAcquireAsync(string job, Duration length, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var until = now + length;
        var taken = await db.JobLeases.Where(l => l.Job == job && (l.Until < now || l.Holder == _instance))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, _instance).SetProperty(l => l.Until, until), ct);
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
            db.JobLeases.Add(new JobLease { Job = job, Holder = _instance, Until = until });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public async Task ReleaseAsync(string job, CancellationToken ct) =>
        await db.JobLeases.Where(l => l.Job == job && l.Holder == _instance).ExecuteDeleteAsync(ct);
}

/// <summary>This app instance, as a lease holder: one per host (a singleton), so two instances never share a name.</summary>
public sealed record LeaseHolder(string Name)
{
    public static LeaseHolder New()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return new LeaseHolder(name.Length <= 200 ? name : name[^200..]);
    }
}
