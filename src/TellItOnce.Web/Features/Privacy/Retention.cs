using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Domain.Auditing;
using TellItOnce.Domain.Pathway;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Privacy;

/// <summary>
/// The "Retention" section: how long each kind of record is kept (docs/adr/0036-privacy-and-retention.md). The SEND file
/// default, date of birth plus 31 years, follows the IRMS Records Management Toolkit for Schools (an EHC plan can run
/// to 25, plus 6 years under the Limitation Act 1980).
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>A child's whole SEND file (child, cases, advice, plans, links, their audit entries and views) is deleted this many years after birth.</summary>
    public int SendFileYearsAfterBirth { get; set; } = 31;

    /// <summary>Entries of the view log are deleted this many years after the view.</summary>
    public int RecordViewYears { get; set; } = 6;

    /// <summary>Local Offer feedback is anonymised (comment removed) this many years after it was left.</summary>
    public int FeedbackYears { get; set; } = 3;

    /// <summary>Run the schedule in the background on every instance (one at a time, under a database lease).</summary>
    public bool RunInBackground { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>What a retention run did, or would do: ids only.</summary>
public sealed record RetentionReport(bool DryRun, Instant At, IReadOnlyList<Guid> ChildrenDeleted, IReadOnlyList<Guid> ChildrenHeld, int ViewsDeleted, int FeedbackAnonymised)
{
    public IEnumerable<string> Lines()
    {
        yield return $"Retention {(DryRun ? "dry run (nothing changed)" : "run")} at {At}";
        yield return $"SEND files past retention {(DryRun ? "to delete" : "deleted")}: {ChildrenDeleted.Count}";
        foreach (var id in ChildrenDeleted)
        {
            yield return $"  child {id}";
        }

        yield return $"SEND files past retention kept under legal hold: {ChildrenHeld.Count}";
        foreach (var id in ChildrenHeld)
        {
            yield return $"  child {id} (legal hold)";
        }

        yield return $"View log entries {(DryRun ? "to delete" : "deleted")}: {ViewsDeleted}";
        yield return $"Local Offer feedback {(DryRun ? "to anonymise" : "anonymised")}: {FeedbackAnonymised}";
    }
}

/// <summary>Applies the retention schedule. Deletions bypass the change-by-change audit (which would copy the deleted
/// personal data into the trail); instead one audit entry per child records, by id, that the file was destroyed.</summary>
public sealed class RetentionService(AppDbContext db, Documents.IDocumentStore store, IClock clock, IOptions<RetentionOptions> options, ILogger<RetentionService> logger)
{
    public async Task<RetentionReport> RunAsync(bool dryRun, CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetCurrentInstant();
        var today = EnglishCalendar.DateOf(now);
        var bornBefore = today.PlusYears(-o.SendFileYearsAfterBirth);
        var due = await db.Children.AsNoTracking().Where(c => c.DateOfBirth <= bornBefore).Select(c => c.Id).ToListAsync(ct);
        var held = await db.LegalHolds.AsNoTracking().Where(h => h.ReleasedAt == null && due.Contains(h.ChildId)).Select(h => h.ChildId).Distinct().ToListAsync(ct);
        var delete = due.Except(held).ToList();
        var viewsBefore = now - Duration.FromDays(365.25 * o.RecordViewYears);
        var feedbackBefore = now - Duration.FromDays(365.25 * o.FeedbackYears);
        var views = db.RecordViews.Where(v => v.At < viewsBefore && !held.Contains(v.ChildId));
        var feedback = db.ServiceFeedback.Where(f => f.SubmittedAt < feedbackBefore && f.Comment != string.Empty);
        int viewCount, feedbackCount;
        if (dryRun)
        {
            viewCount = await views.CountAsync(ct);
            feedbackCount = await feedback.CountAsync(ct);
        }
        else
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var childId in delete)
            {
                await DeleteSendFileAsync(childId, now, ct);
            }

            viewCount = await views.ExecuteDeleteAsync(ct);
            feedbackCount = await feedback.ExecuteUpdateAsync(s => s.SetProperty(f => f.Comment, string.Empty), ct);
            await transaction.CommitAsync(ct);
        }

        var report = new RetentionReport(dryRun, now, delete, held, viewCount, feedbackCount);
        logger.LogInformation("Retention {Mode}: {Deleted} SEND files past retention, {Held} held, {Views} views, {Feedback} feedback", dryRun ? "dry run" : "run", delete.Count, held.Count, viewCount, feedbackCount);
        return report;
    }

    private async Task DeleteSendFileAsync(Guid childId, Instant now, CancellationToken ct)
    {
        var areaId = await db.Children.Where(c => c.Id == childId).Select(c => c.AreaId).SingleAsync(ct);
        var caseIds = await db.Cases.Where(c => c.ChildId == childId).Select(c => c.Id).ToListAsync(ct);
        var rowIds = new List<string> { childId.ToString() };
        rowIds.AddRange(caseIds.Select(i => i.ToString()));
        rowIds.AddRange((await db.AdviceRequests.Where(a => caseIds.Contains(a.CaseId)).Select(a => a.Id).ToListAsync(ct)).Select(i => i.ToString()));
        rowIds.AddRange((await db.ExceptionPeriods.Where(e => caseIds.Contains(e.CaseId)).Select(e => e.Id).ToListAsync(ct)).Select(i => i.ToString()));
        rowIds.AddRange((await db.SettingConsultations.Where(k => caseIds.Contains(k.CaseId)).Select(k => k.Id).ToListAsync(ct)).Select(i => i.ToString()));
        rowIds.AddRange((await db.PlanVersions.Where(p => caseIds.Contains(p.CaseId)).Select(p => p.Id).ToListAsync(ct)).Select(i => i.ToString()));
        rowIds.AddRange((await db.FamilyLinks.Where(l => l.ChildId == childId).Select(l => l.Id).ToListAsync(ct)).Select(i => i.ToString()));
        rowIds.AddRange((await db.ChildContacts.Where(k => k.ChildId == childId).Select(k => k.Id).ToListAsync(ct)).Select(i => i.ToString()));

        var documents = await db.Documents.Where(d => d.ChildId == childId).Select(d => new { d.Id, d.StorageKey }).ToListAsync(ct);
        rowIds.AddRange(documents.Select(d => d.Id.ToString()));
        await db.Documents.Where(d => d.ChildId == childId).ExecuteDeleteAsync(ct);
        foreach (var document in documents)
        {
            await store.DeleteAsync(document.StorageKey, ct);
        }

        await db.PlanVersions.Where(p => caseIds.Contains(p.CaseId)).ExecuteDeleteAsync(ct);
        await db.AdviceRequests.Where(a => caseIds.Contains(a.CaseId)).ExecuteDeleteAsync(ct);
        await db.ExceptionPeriods.Where(e => caseIds.Contains(e.CaseId)).ExecuteDeleteAsync(ct);
        await db.SettingConsultations.Where(k => caseIds.Contains(k.CaseId)).ExecuteDeleteAsync(ct);
        await db.Cases.Where(c => c.ChildId == childId).ExecuteDeleteAsync(ct);
        await db.FamilyLinks.Where(l => l.ChildId == childId).ExecuteDeleteAsync(ct);
        await db.ChildContacts.Where(k => k.ChildId == childId).ExecuteDeleteAsync(ct);
        await db.RecordViews.Where(v => v.ChildId == childId).ExecuteDeleteAsync(ct);
        await db.LegalHolds.Where(h => h.ChildId == childId).ExecuteDeleteAsync(ct);
        await db.AuditEntries.Where(a => rowIds.Contains(a.EntityId)).ExecuteDeleteAsync(ct);
        await db.Children.Where(c => c.Id == childId).ExecuteDeleteAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            AreaId = areaId,
            EntityType = "Child",
            EntityId = childId.ToString(),
            Action = AuditAction.Deleted,
            Changes = "{}",
            Reason = "SEND file destroyed under the retention schedule",
        });
        db.UseAuditContext(new SystemAuditContext(now, "Retention schedule"));
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>
/// Runs the retention schedule in the background. The database lease lasts one interval and is not given back, so
/// however many instances run, the schedule runs once per interval, on whichever instance asks first.
/// </summary>
public sealed class RetentionWorker(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, ILogger<RetentionWorker> logger) : BackgroundService
{
    public const string Job = "retention";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
                if (await leases.TryAcquireAsync(Job, Duration.FromTimeSpan(options.Value.Interval), stoppingToken))
                {
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    db.UseAuditContext(new SystemAuditContext(scope.ServiceProvider.GetRequiredService<IClock>().GetCurrentInstant(), "Retention schedule"));
                    await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(dryRun: false, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The retention run failed; it will be tried again");
            }

            await Task.Delay(options.Value.Interval, stoppingToken);
        }
    }
}
