using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.PhaseTransfers;

public sealed record PhaseTransferRow(Guid CaseId, string Reference, string ChildName, PhaseTransfer Transfer, string? NamedSetting, LocalDate? NamedOn, DeadlineStatus Status, int DaysLeft)
{
    /// <summary>The deadline as the red-amber-green tag shows it.</summary>
    public NextDeadline AsDeadline => new(
        new Milestone(MilestoneKeys.PhaseTransfer, "Name the new setting", "The plan must be amended to name the new setting.", "SEND Regulations 2014, regulation 18",
            Transfer.Starts, Transfer.Deadline, false, Transfer.Deadline),
        DaysLeft,
        Status);
}

/// <summary>
/// Every child with a plan who changes phase next September: the amended plan must name the new setting by 15 February
/// (31 March for post-16) of the year of transfer (reg 18).
/// </summary>
public sealed class PhaseTransferQueries(AppDbContext db, CurrentUser user, IClock clock)
{
    public LocalDate Today { get; } = EnglishCalendar.DateOf(clock.GetCurrentInstant());

    /// <summary>The 1 September on which the coming transfers happen: this year's until it has passed, then next year's.</summary>
    public LocalDate NextTransferDay => Today < new LocalDate(Today.Year, 9, 1) ? new LocalDate(Today.Year, 9, 1) : new LocalDate(Today.Year + 1, 9, 1);

    public async Task<IReadOnlyList<PhaseTransferRow>> ListAsync(CancellationToken ct)
    {
        var areas = user.AreasWhere(Role.Caseworker, Role.Manager);
        var rows = await (
            from c in db.Cases.AsNoTracking()
            join child in db.Children.AsNoTracking() on c.ChildId equals child.Id
            where areas.Contains(c.AreaId) && (c.Stage == CaseStage.PlanIssued || c.Stage == CaseStage.InAnnualReview)
            select new { c.Id, c.Reference, child.GivenName, child.FamilyName, child.DateOfBirth, c.NextPhaseSettingId, c.NextPhaseNamedOn })
            .ToListAsync(ct);
        var settingIds = rows.Select(r => r.NextPhaseSettingId).OfType<Guid>().Distinct().ToList();
        var settings = await db.Settings.AsNoTracking().Where(s => settingIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var transferDay = NextTransferDay;
        var list = new List<PhaseTransferRow>();
        foreach (var r in rows)
        {
            if (SchoolYear.PhaseTransfers(r.DateOfBirth).FirstOrDefault(t => t.Starts == transferDay) is not { } transfer)
            {
                continue;
            }

            var daysLeft = Period.DaysBetween(Today, transfer.Deadline);
            var status = r.NextPhaseNamedOn is { } named
                ? (named <= transfer.Deadline ? DeadlineStatus.OnTrack : DeadlineStatus.Overdue)
                : CaseDeadlines.StatusOf(daysLeft, dueSoonDays: 30);
            list.Add(new PhaseTransferRow(r.Id, r.Reference, $"{r.GivenName} {r.FamilyName}", transfer,
                r.NextPhaseSettingId is { } s ? settings.GetValueOrDefault(s) : null, r.NextPhaseNamedOn, status, daysLeft));
        }

        return [.. list.OrderBy(r => r.NamedOn is not null).ThenBy(r => r.Transfer.Deadline).ThenBy(r => r.Reference, StringComparer.Ordinal)];
    }
}
