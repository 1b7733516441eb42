using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Governance;
using TellItOnce.Domain.Notifications;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Web.Features.Notifications;

/// <summary>
/// Reminders before deadlines, with each area's lead times (advice due in 5 days, draft comments close in 3, annual
/// review due in 30 by default). Each reminder is keyed by what it is about and its due date and written once, with
/// its notifications, in one transaction; the key's primary key stops a second instance writing it again.
/// </summary>
public sealed class ReminderScanner(AppDbContext db, Notifier notifier, IClock clock)
{
    private static readonly CaseStage[] Watched = [CaseStage.Assessing, CaseStage.DraftIssued, CaseStage.PlanIssued];

    /// <summary>Generates the reminders due now; returns how many were new.</summary>
    public async Task<int> ScanAsync(CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        db.UseAuditContext(new SystemAuditContext(now, "Deadline reminders"));
        var today = EnglishCalendar.DateOf(now);
        var settings = await db.ReminderSettings.AsNoTracking().ToDictionaryAsync(s => s.AreaId, ct);
        var cases = await db.Cases.AsNoTracking().AsSplitQuery().Include(c => c.AdviceRequests).Include(c => c.Exceptions)
            .Where(c => Watched.Contains(c.Stage)).ToListAsync(ct);
        var created = 0;
        foreach (var c in cases)
        {
            var lead = settings.GetValueOrDefault(c.AreaId) ?? new ReminderSettings { AreaId = c.AreaId };
            foreach (var (key, due, recipients, notice) in await RemindersForAsync(c, lead, today, ct))
            {
                if (Within(today, due, key.Days) && await TryWriteAsync(key.Key, now, recipients, notice, ct))
                {
                    created++;
                }
            }
        }

        return created + await ScanActionsAsync(ct);
    }

    /// <summary>
    /// Action plan reminders: when an open action comes within <see cref="ActionPlan.ReminderDays"/> days of its due
    /// date, each member of the sub-group that owns it is reminded, once. Returns how many reminders were new.
    /// </summary>
    public async Task<int> ScanActionsAsync(CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        db.UseAuditContext(new SystemAuditContext(now, "Deadline reminders"));
        var today = EnglishCalendar.DateOf(now);
        var horizon = today.PlusDays(ActionPlan.ReminderDays);
        var actions = await db.StrategyActions.AsNoTracking().Include(a => a.Updates)
            .Where(a => a.SubGroupId != null && a.DueDate >= today && a.DueDate <= horizon).ToListAsync(ct);
        var created = 0;
        foreach (var action in actions.Where(a => ActionPlan.StateOn(a, today).DueSoon))
        {
            var members = await db.SubGroupMembers.AsNoTracking().Where(m => m.SubGroupId == action.SubGroupId).Select(m => m.UserId).ToListAsync(ct);
            var notice = new Notice("reminder-action-due", $"An action in the SEND action plan is due by {Notifier.Format(action.DueDate)}",
                $"\"{action.Title}\" is due by {Notifier.Format(action.DueDate)}. Record its progress before then.", $"/strategy/actions/{action.Id}");
            if (members.Count > 0 && await TryWriteAsync($"action:{action.Id}:{action.DueDate:yyyy-MM-dd}", now, members, notice, ct))
            {
                created++;
            }
        }

        return created;
    }

    private static bool Within(LocalDate today, LocalDate due, int days) => today <= due && today >= due.PlusDays(-days);

    private async Task<List<(ReminderKey Key, LocalDate Due, IReadOnlyList<Guid> Recipients, Notice Notice)>> RemindersForAsync(
        EhcCase c, ReminderSettings lead, LocalDate today, CancellationToken ct)
    {
        var list = new List<(ReminderKey, LocalDate, IReadOnlyList<Guid>, Notice)>();
        var exceptions = c.PathwayExceptions();
        string? name = null;
        async Task<string> NameAsync() => name ??= await db.Children.AsNoTracking().Where(k => k.Id == c.ChildId).Select(k => k.GivenName).SingleAsync(ct);

        if (c.Stage == CaseStage.Assessing)
        {
            foreach (var advice in c.AdviceRequests.Where(a => a.ReceivedOn is null))
            {
                var due = StatutoryTimeline.AdviceDue(advice.RequestedOn, exceptions).Due;
                if (Within(today, due, lead.AdviceDueDays))
                {
                    list.Add((new($"advice:{advice.Id}:{due:yyyy-MM-dd}", lead.AdviceDueDays), due, await notifier.AddresseesAsync(advice, c.AreaId, ct),
                        new Notice("reminder-advice-due", $"Advice about {await NameAsync()} is due by {Notifier.Format(due)}",
                            $"Your advice for this EHC needs assessment ({c.Reference}) is due by {Notifier.Format(due)}.", $"/advice/{advice.Id}")));
                }
            }
        }

        if (c.Stage == CaseStage.DraftIssued && c.DraftIssuedOn is { } draft)
        {
            var due = StatutoryTimeline.DraftCommentsClose(draft).Due;
            if (Within(today, due, lead.DraftCommentsCloseDays))
            {
                list.Add((new($"draft:{c.Id}:{due:yyyy-MM-dd}", lead.DraftCommentsCloseDays), due, await notifier.FamilyOfAsync(c.ChildId, ct),
                    new Notice("reminder-comments-close", $"Comments on {await NameAsync()}'s draft plan close on {Notifier.Format(due)}",
                        $"You have until {Notifier.Format(due)} to comment on the draft plan and to name the school or college you would like.", $"/family/cases/{c.Id}/draft")));
            }
        }

        if (c.Stage == CaseStage.PlanIssued && (c.LastReviewOn ?? c.FinalIssuedOn) is { } from)
        {
            var due = StatutoryTimeline.AnnualReviewDue(from).Due;
            if (Within(today, due, lead.ReviewDueDays))
            {
                list.Add((new($"review:{c.Id}:{due:yyyy-MM-dd}", lead.ReviewDueDays), due, await notifier.FamilyOfAsync(c.ChildId, ct),
                    new Notice("reminder-review-due", $"{await NameAsync()}'s annual review is due by {Notifier.Format(due)}",
                        $"The plan must be reviewed by {Notifier.Format(due)}. Tell the SEND team your views before the meeting.", $"/family/cases/{c.Id}/messages")));
            }
        }

        return list;
    }

    private async Task<bool> TryWriteAsync(string key, Instant now, IReadOnlyList<Guid> recipients, Notice notice, CancellationToken ct)
    {
        if (await db.RemindersSent.AnyAsync(r => r.Key == key, ct))
        {
            return false;
        }

        db.RemindersSent.Add(new ReminderSent { Key = key, At = now });
        await notifier.NotifyAsync(recipients, notice, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance wrote this reminder first: its notifications stand, ours are dropped.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private sealed record ReminderKey(string Key, int Days);
}
