using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Settings;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

public enum CaseSort
{
    Deadline,
    Reference,
    Name,
    Stage,
}

/// <summary>What "My cases" is filtered and sorted by; bound from the query string so every view has a shareable URL.</summary>
public sealed record CaseFilter(CaseStage? Stage = null, Guid? SettingId = null, NeedType? Need = null, bool OverdueOnly = false, CaseSort Sort = CaseSort.Deadline);

public sealed record CaseRow(Guid CaseId, string Reference, string ChildName, CaseStage Stage, string? CaseworkerName, NextDeadline? Next);

public sealed record ReviewBacklogRow(Guid CaseId, string Reference, string ChildName, Milestone Review, int DaysOverdue, bool PhaseTransferThisYear, int YearGroup)
{
    /// <summary>Why this review is high on the list, in the words a manager would use.</summary>
    public string Priority => string.Join("; ", new[]
    {
        DaysOverdue > 0 ? $"overdue by {DaysOverdue} days" : $"due in {-DaysOverdue} days",
        PhaseTransferThisYear ? "changes phase next September" : null,
        YearGroup >= 9 ? "Year 9 or above: preparing for adulthood" : null,
    }.OfType<string>());
}

public sealed record CaseworkerLoad(string Name, int OpenCases, int Overdue, int DueSoon);

public sealed record FamilyChild(Child Child, EhcCase? Case, NextDeadline? Next, int AdviceRequested, int AdviceReceived);

public sealed record AdviceRow(Guid AdviceId, string CaseReference, string ChildName, string AreaName, AdviceSource Source, LocalDate RequestedOn, Milestone Due, bool AddressedToMe, string? AssignedTo = null)
{
    /// <summary>Days past the due date, 0 while it is not late.</summary>
    public int DaysLate(LocalDate today) => Math.Max(0, Period.DaysBetween(Due.Due, today));
}

public sealed record PupilRow(Guid ChildId, string Name, int YearGroup, string Status, NeedType? PrimaryNeed, string SettingName = "", bool InReview = false);

public sealed record UserRow(string Name, string Email, IReadOnlyList<Role> Roles, bool LockedOut, Guid Id = default, bool Disabled = false);

/// <summary>
/// What each role's home page shows. Every query is scoped to the asking user's areas, links and organisation here,
/// so a page cannot show a record its user may not see.
/// </summary>
public sealed class WorkspaceQueries(AppDbContext db, CurrentUser user, IClock clock, RecordAccess access)
{
    /// <summary>The stages at which a case is still the SEND team's work: what "My cases" lists.</summary>
    public static readonly IReadOnlyList<CaseStage> OpenStages =
        [CaseStage.NewRequest, CaseStage.Deciding, CaseStage.Assessing, CaseStage.DraftIssued, CaseStage.PlanIssued, CaseStage.InAnnualReview];

    public LocalDate Today { get; } = EnglishCalendar.DateOf(clock.GetCurrentInstant());

    /// <summary>Open cases in the user's areas, filtered and sorted; for a caseworker only their own, for a manager the whole team's.</summary>
    public async Task<IReadOnlyList<CaseRow>> CasesAsync(bool onlyMine, CancellationToken ct, CaseFilter? filter = null)
    {
        filter ??= new CaseFilter();
        var areas = user.AreasWhere(Role.Caseworker, Role.Manager);
        var query = db.Cases.AsNoTracking().Where(c => areas.Contains(c.AreaId) && OpenStages.Contains(c.Stage));
        if (onlyMine)
        {
            query = query.Where(c => c.CaseworkerId == user.Id);
        }

        if (filter.Stage is { } stage)
        {
            query = query.Where(c => c.Stage == stage);
        }

        var children = db.Children.AsNoTracking().Where(c => areas.Contains(c.AreaId));
        if (filter.SettingId is { } settingId)
        {
            children = children.Where(c => c.CurrentSettingId == settingId);
        }

        if (filter.Need is { } need)
        {
            children = children.Where(c => c.PrimaryNeed == need);
        }

        if (filter.SettingId is not null || filter.Need is not null)
        {
            query = query.Where(c => children.Any(k => k.Id == c.ChildId));
        }

        var cases = await DeadlineInputsAsync(query, ct);

        // The names through the same query as a subquery, not a list of thousands of ids sent back as parameters.
        var childIds = query.Select(c => c.ChildId);
        var names = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id))
            .Select(c => new { c.Id, c.GivenName, c.FamilyName })
            .ToDictionaryAsync(c => c.Id, c => c.GivenName + " " + c.FamilyName, ct);
        var caseworkerIds = cases.Select(c => c.CaseworkerId).OfType<Guid>().Distinct().ToList();
        var caseworkers = await db.Users.AsNoTracking().Where(u => caseworkerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var rows = cases.Select(c => new CaseRow(c.Id, c.Reference, names[c.ChildId], c.Stage,
            c.CaseworkerId is { } id ? caseworkers.GetValueOrDefault(id) : null, CaseDeadlines.Next(c, Today)));
        if (filter.OverdueOnly)
        {
            rows = rows.Where(r => r.Next?.Status == DeadlineStatus.Overdue);
        }

        return [.. filter.Sort switch
        {
            CaseSort.Reference => rows.OrderBy(r => r.Reference, StringComparer.Ordinal),
            CaseSort.Name => rows.OrderBy(r => r.ChildName, StringComparer.Ordinal).ThenBy(r => r.Reference, StringComparer.Ordinal),
            CaseSort.Stage => rows.OrderBy(r => r.Stage).ThenBy(r => r.Next?.Milestone.Due ?? LocalDate.MaxIsoValue),
            _ => rows.OrderBy(r => r.Next?.Milestone.Due ?? LocalDate.MaxIsoValue).ThenBy(r => r.Reference, StringComparer.Ordinal),
        }];
    }

    /// <summary>
    /// The cases with only what the list and <see cref="CaseDeadlines.Next"/> read (the stage's dates, outstanding advice,
    /// exceptions): with thousands of open cases, materialising every column and every advice request was most of the
    /// page's time (docs/performance.md, "Pathway at 10,000 cases").
    /// </summary>
    private async Task<List<EhcCase>> DeadlineInputsAsync(IQueryable<EhcCase> query, CancellationToken ct)
    {
        var cases = await query.Select(c => new EhcCase
        {
            Id = c.Id,
            AreaId = c.AreaId,
            ChildId = c.ChildId,
            Reference = c.Reference,
            CaseworkerId = c.CaseworkerId,
            Stage = c.Stage,
            RequestReceived = c.RequestReceived,
            DraftIssuedOn = c.DraftIssuedOn,
            FinalIssuedOn = c.FinalIssuedOn,
            LastReviewOn = c.LastReviewOn,
            TransferredOn = c.TransferredOn,
            TransferredFromCaseId = c.TransferredFromCaseId,
            AmendmentsProposedOn = c.AmendmentsProposedOn,
            ReviewMeetingOn = c.ReviewMeetingOn,
            ReviewReportReceivedOn = c.ReviewReportReceivedOn,
        }).ToListAsync(ct);
        var ids = query.Select(c => c.Id);
        var advice = (await db.AdviceRequests.AsNoTracking().Where(a => a.ReceivedOn == null && ids.Contains(a.CaseId)).ToListAsync(ct)).ToLookup(a => a.CaseId);
        var exceptions = (await db.ExceptionPeriods.AsNoTracking().Where(e => ids.Contains(e.CaseId)).ToListAsync(ct)).ToLookup(e => e.CaseId);
        foreach (var c in cases)
        {
            c.AdviceRequests = [.. advice[c.Id]];
            c.Exceptions = [.. exceptions[c.Id]];
        }

        return cases;
    }

    /// <summary>The settings and needs a case list can be filtered by, in the user's areas.</summary>
    public async Task<IReadOnlyList<EducationSetting>> SettingsAsync(CancellationToken ct)
    {
        var areas = user.AreasWhere(Role.Caseworker, Role.Manager);
        return await db.Settings.AsNoTracking().Where(s => areas.Contains(s.AreaId)).OrderBy(s => s.Name).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<CaseworkerLoad>> TeamAsync(CancellationToken ct)
    {
        var rows = await CasesAsync(onlyMine: false, ct);
        return [.. rows.GroupBy(r => r.CaseworkerName ?? "Not assigned")
            .Select(g => new CaseworkerLoad(g.Key, g.Count(), g.Count(r => r.Next?.Status == DeadlineStatus.Overdue), g.Count(r => r.Next?.Status == DeadlineStatus.DueSoon)))
            .OrderBy(l => l.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Annual reviews overdue or due within 60 days, highest risk first: overdue longest, then children changing phase next
    /// September, then young people in Year 9 or above (reviews include preparing for adulthood).
    /// </summary>
    public async Task<IReadOnlyList<ReviewBacklogRow>> ReviewBacklogAsync(CancellationToken ct)
    {
        var areas = user.AreasWhere(Role.Manager);
        var rows = await (
            from c in db.Cases.AsNoTracking()
            join child in db.Children.AsNoTracking() on c.ChildId equals child.Id
            where areas.Contains(c.AreaId) && c.Stage == CaseStage.PlanIssued && c.FinalIssuedOn != null
            select new { c.Id, c.Reference, child.GivenName, child.FamilyName, child.DateOfBirth, From = c.LastReviewOn ?? c.FinalIssuedOn })
            .ToListAsync(ct);
        var nextSeptember = Today < new LocalDate(Today.Year, 9, 1) ? new LocalDate(Today.Year, 9, 1) : new LocalDate(Today.Year + 1, 9, 1);
        return [.. rows
            .Select(r => new ReviewBacklogRow(r.Id, r.Reference, $"{r.GivenName} {r.FamilyName}", StatutoryTimeline.AnnualReviewDue(r.From!.Value),
                0, SchoolYear.PhaseTransfers(r.DateOfBirth).Any(t => t.Starts == nextSeptember), SchoolYear.YearGroupOn(r.DateOfBirth, Today)))
            .Select(r => r with { DaysOverdue = Period.DaysBetween(r.Review.Due, Today) })
            .Where(r => r.DaysOverdue > -60)
            .OrderByDescending(r => r.DaysOverdue > 0)
            .ThenByDescending(r => r.DaysOverdue > 0 ? r.DaysOverdue : 0)
            .ThenByDescending(r => r.PhaseTransferThisYear)
            .ThenByDescending(r => r.YearGroup >= 9)
            .ThenBy(r => r.Review.Due)];
    }

    /// <summary>The children linked to this family account, each with their latest case.</summary>
    public async Task<IReadOnlyList<FamilyChild>> FamilyAsync(CancellationToken ct)
    {
        var childIds = await access.FamilyChildrenAsync(ct);
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).OrderBy(c => c.DateOfBirth).ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking().AsSplitQuery().Include(c => c.AdviceRequests).Include(c => c.Exceptions)
            .Where(c => childIds.Contains(c.ChildId)).ToListAsync(ct);
        return [.. children.Select(child =>
        {
            var latest = cases.Where(c => c.ChildId == child.Id).OrderByDescending(c => c.RequestReceived).FirstOrDefault();
            return new FamilyChild(child, latest, latest is null ? null : CaseDeadlines.Next(latest, Today),
                latest?.AdviceRequests.Count ?? 0, latest?.AdviceRequests.Count(a => a.ReceivedOn is not null) ?? 0);
        })];
    }

    /// <summary>Outstanding advice requests addressed to this professional or to their organisation, in every area they work in.</summary>
    public async Task<IReadOnlyList<AdviceRow>> AdviceInboxAsync(CancellationToken ct)
    {
        var mine = await access.AdviceForMeAsync(ct);
        var rows = await (
            from a in mine.AsNoTracking()
            join c in db.Cases.AsNoTracking() on a.CaseId equals c.Id
            join child in db.Children.AsNoTracking() on c.ChildId equals child.Id
            join area in db.Areas.AsNoTracking() on c.AreaId equals area.Id
            where a.ReceivedOn == null
            select new { a.Id, c.Reference, child.GivenName, child.FamilyName, Area = area.Name, a.Source, a.RequestedOn, a.ProfessionalUserId })
            .ToListAsync(ct);
        var assigned = rows.Select(r => r.ProfessionalUserId).OfType<Guid>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => assigned.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (u.DisplayName, Disabled: u.DisabledAt != null), ct);
        return [.. rows.Select(r => new AdviceRow(r.Id, r.Reference, r.GivenName + " " + r.FamilyName, r.Area, r.Source, r.RequestedOn, StatutoryTimeline.AdviceDue(r.RequestedOn), r.ProfessionalUserId == user.Id,
                r.ProfessionalUserId is { } p && people.TryGetValue(p, out var who) ? (who.Disabled ? $"{who.DisplayName} (account disabled: needs reassigning)" : who.DisplayName) : null))
            .OrderBy(r => r.Due.Due)];
    }

    /// <summary>The pupils of the SENCO's own setting (or, for a trust lead, of every setting of their trust), and nobody else's.</summary>
    public async Task<(IReadOnlyList<EducationSetting> Settings, IReadOnlyList<PupilRow> Pupils)> PupilsAsync(CancellationToken ct)
    {
        var settingIds = await access.SettingsAsync(ct);
        if (settingIds.Count == 0)
        {
            return ([], []);
        }

        var settings = await db.Settings.AsNoTracking().Where(s => settingIds.Contains(s.Id)).OrderBy(s => s.Name).ToListAsync(ct);
        var names = settings.ToDictionary(s => s.Id, s => s.Name);
        var children = await db.Children.AsNoTracking().Where(c => c.CurrentSettingId != null && settingIds.Contains(c.CurrentSettingId.Value)).ToListAsync(ct);
        var ids = children.Select(c => c.Id).ToList();
        var stages = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.ChildId))
            .Select(c => new { c.ChildId, c.Stage, c.RequestReceived }).ToListAsync(ct);
        var pupils = children.Select(child =>
        {
            var stage = stages.Where(s => s.ChildId == child.Id).OrderByDescending(s => s.RequestReceived).Select(s => (CaseStage?)s.Stage).FirstOrDefault();
            var status = stage switch
            {
                CaseStage.PlanIssued or CaseStage.InAnnualReview => "EHC plan",
                CaseStage.NewRequest or CaseStage.Deciding or CaseStage.Assessing or CaseStage.DraftIssued => "EHC needs assessment under way",
                _ => "SEN support",
            };
            return new PupilRow(child.Id, child.FullName, SchoolYear.YearGroupOn(child.DateOfBirth, Today), status, child.PrimaryNeed, names[child.CurrentSettingId!.Value], stage == CaseStage.InAnnualReview);
        });
        return (settings, [.. pupils.OrderBy(p => p.SettingName, StringComparer.Ordinal).ThenBy(p => p.YearGroup).ThenBy(p => p.Name, StringComparer.Ordinal)]);
    }

    /// <summary>The accounts that hold a role in any area this administrator administers.</summary>
    public async Task<IReadOnlyList<UserRow>> UsersAsync(CancellationToken ct)
    {
        var areas = user.AreasWhere(Role.Administrator);
        var memberships = await db.AreaMemberships.AsNoTracking().Where(m => areas.Contains(m.AreaId)).ToListAsync(ct);
        var ids = memberships.Select(m => m.UserId).Distinct().ToList();
        var now = clock.GetCurrentInstant().ToDateTimeOffset();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        return [.. users.Select(u => new UserRow(u.DisplayName, u.Email ?? string.Empty,
                [.. memberships.Where(m => m.UserId == u.Id).Select(m => m.Role).Distinct().Order()], u.LockoutEnd > now, u.Id, u.DisabledAt is not null))
            .OrderBy(u => u.Name, StringComparer.Ordinal)];
    }
}
