using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Auditing;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>A statutory milestone of a case beside what actually happened.</summary>
public sealed record TimelineRow(Milestone Milestone, LocalDate? DoneOn, DeadlineStatus? Status);

public sealed record AdviceView(AdviceRequest Advice, string From, Milestone Due);

public sealed record AuditView(AuditEntry Entry, string Who);

public sealed record CaseView(
    EhcCase Case,
    Child Child,
    string? CaseworkerName,
    IReadOnlyList<TimelineRow> Timeline,
    NextDeadline? Next,
    IReadOnlyList<AdviceView> Advice,
    IReadOnlyList<AuditView> Audit,
    LocalDate Today,
    IReadOnlyDictionary<Guid, string> SettingNames);

public sealed record AdviceOption(Guid OrganisationId, string Name, AdviceSource Source);

/// <summary>
/// The statutory steps on one case, for the SEND team. The case page and the JSON API both call this, so they
/// cannot drift. Every case is looked up inside the asking user's areas: anything else is "not found".
/// </summary>
public sealed class CaseService(AppDbContext db, CurrentUser user, IClock clock, Plans.PlanIssuing plans, Notifications.Notifier notifier)
{
    public const string ConcurrencyMessage =
        "Someone else changed this case after you opened it. Your change has not been saved: check the case as it is now, then try again.";

    public LocalDate Today { get; } = EnglishCalendar.DateOf(clock.GetCurrentInstant());

    private IReadOnlyList<Guid> Areas => user.AreasWhere(Role.Caseworker, Role.Manager);

    private IQueryable<EhcCase> Cases => WithSteps(db.Cases).Where(c => Areas.Contains(c.AreaId));

    private static IQueryable<EhcCase> WithSteps(IQueryable<EhcCase> cases) =>
        cases.AsSplitQuery().Include(c => c.AdviceRequests).Include(c => c.Exceptions).Include(c => c.Consultations)
            .Include(c => c.OutcomeResults).Include(c => c.Mediations).Include(c => c.Appeals).Include(c => c.Complaints).Include(c => c.PersonalBudgets);

    public async Task<CaseView?> GetAsync(Guid id, CancellationToken ct)
    {
        var c = await Cases.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, ct);
        if (c is null)
        {
            return null;
        }

        var child = await db.Children.AsNoTracking().SingleAsync(k => k.Id == c.ChildId, ct);
        var caseworker = c.CaseworkerId is { } cw ? await db.Users.AsNoTracking().Where(u => u.Id == cw).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) : null;
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var people = c.AdviceRequests.Select(a => a.ProfessionalUserId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var exceptions = c.PathwayExceptions();
        var advice = c.AdviceRequests.OrderBy(a => a.RequestedOn).ThenBy(a => a.Source)
            .Select(a => new AdviceView(a, Describe(a, organisations, names), StatutoryTimeline.AdviceDue(a.RequestedOn, exceptions)))
            .ToList();
        var settingIds = c.Consultations.Select(k => k.SettingId).Append(c.PreferredSettingId ?? Guid.Empty).Distinct().ToList();
        var settingNames = await db.Settings.AsNoTracking().Where(s => settingIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return new CaseView(c, child, caseworker, Timeline(c), CaseDeadlines.NextOfAll(c, Today, BankHolidays.EnglandAndWales), advice, await AuditAsync(c, ct), Today, settingNames);
    }

    /// <summary>The caseworkers of a case's area, for reassignment.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> CaseworkersAsync(Guid areaId, CancellationToken ct) =>
        [.. (await (from m in db.AreaMemberships.AsNoTracking()
                    join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                    where m.AreaId == areaId && m.Role == Role.Caseworker
                    orderby u.DisplayName
                    select new { u.Id, u.DisplayName }).ToListAsync(ct)).Select(x => (x.Id, x.DisplayName))];

    /// <summary>The schools, colleges and other settings of a case's area.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> SettingsAsync(Guid areaId, CancellationToken ct) =>
        [.. (await db.Settings.AsNoTracking().Where(s => s.AreaId == areaId).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name))];

    /// <summary>Organisations that can be asked for advice, with the kind of advice each gives.</summary>
    public async Task<IReadOnlyList<AdviceOption>> AdviceOptionsAsync(CancellationToken ct)
    {
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        return [.. organisations.Select(o => (o, Source: o.Kind switch
        {
            OrganisationKind.EducationalPsychologyService => AdviceSource.EducationalPsychology,
            OrganisationKind.Health => AdviceSource.Health,
            OrganisationKind.SocialCare => AdviceSource.SocialCare,
            OrganisationKind.Education => AdviceSource.Education,
            _ => (AdviceSource?)null,
        })).Where(x => x.Source is not null).Select(x => new AdviceOption(x.o.Id, x.o.Name, x.Source!.Value))];
    }

    /// <summary>
    /// Applies one statutory step to a case the user may change, refusing it when the case changed since the user
    /// read it (<paramref name="expectedVersion"/>) or when the step's rules say no. Saves once, with its audit trail.
    /// </summary>
    public Task<Outcome<EhcCase>?> ApplyAsync(
        Guid id, Guid expectedVersion, Func<EhcCase, LocalDate, IReadOnlyList<PathwayError>> step, CancellationToken ct, Func<EhcCase, CancellationToken, Task>? then = null) =>
        ApplyInAsync(Cases, id, expectedVersion, step, then, ct);

    /// <summary>
    /// The same, for a portal: the case is looked up in <paramref name="scope"/> (from <see cref="RecordAccess"/>), and the
    /// portal page decides which one step its user may take (a professional's advice, a family's preferred setting).
    /// </summary>
    public Task<Outcome<EhcCase>?> ApplyFromPortalAsync(IQueryable<EhcCase> scope, Guid id, Guid expectedVersion, Func<EhcCase, LocalDate, IReadOnlyList<PathwayError>> step, CancellationToken ct) =>
        ApplyInAsync(WithSteps(scope), id, expectedVersion, step, then: null, ct);

    /// <summary>As above, with <paramref name="then"/> adding the portal's own records to the same save (review invitations, a report's notice).</summary>
    public Task<Outcome<EhcCase>?> ApplyFromPortalAsync(
        IQueryable<EhcCase> scope, Guid id, Guid expectedVersion, Func<EhcCase, LocalDate, IReadOnlyList<PathwayError>> step, Func<EhcCase, CancellationToken, Task>? then, CancellationToken ct) =>
        ApplyInAsync(WithSteps(scope), id, expectedVersion, step, then, ct);

    private async Task<Outcome<EhcCase>?> ApplyInAsync(
        IQueryable<EhcCase> scope, Guid id, Guid expectedVersion, Func<EhcCase, LocalDate, IReadOnlyList<PathwayError>> step, Func<EhcCase, CancellationToken, Task>? then, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        var c = await scope.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (c is null)
        {
            return null;
        }

        if (c.Version != expectedVersion)
        {
            return Failure("version", ConcurrencyMessage);
        }

        var stageBefore = c.Stage;
        var before = Notifications.Notifier.Capture(c);
        var errors = step(c, Today);
        if (errors.Count > 0)
        {
            var fieldErrors = new FieldErrors();
            foreach (var error in errors)
            {
                fieldErrors.Add(error.Field, error.Message);
            }

            return Outcome<EhcCase>.Failure(fieldErrors.ToDictionary());
        }

        await plans.OnStepAsync(c, stageBefore, ct);
        if (then is not null)
        {
            await then(c, ct);
        }

        await notifier.OnCaseStepAsync(c, before, ct);
        c.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure("version", ConcurrencyMessage);
        }

        return Outcome<EhcCase>.Success(c);
    }

    private static Outcome<EhcCase> Failure(string field, string message) =>
        Outcome<EhcCase>.Failure(new Dictionary<string, string[]> { [field] = [message] });

    private static string Describe(AdviceRequest a, Dictionary<Guid, string> organisations, Dictionary<Guid, string> people)
    {
        var who = a.ProfessionalUserId is { } p && people.TryGetValue(p, out var name) ? name : null;
        var org = a.OrganisationId is { } o && organisations.TryGetValue(o, out var orgName) ? orgName : null;
        return (who, org) switch
        {
            (not null, not null) => $"{who}, {org}",
            (not null, null) => who,
            (null, not null) => org,
            _ => "The child's school or setting",
        };
    }

    private List<TimelineRow> Timeline(EhcCase c)
    {
        var rows = new List<TimelineRow>();
        foreach (var m in CaseDeadlines.AssessmentMilestones(c))
        {
            var done = m.Key switch
            {
                MilestoneKeys.DecisionToAssess => c.DecisionToAssessOn,
                MilestoneKeys.DecisionNotToIssue => c.DecisionNotToIssueOn,
                MilestoneKeys.DraftCommentsClose => c.Stage == CaseStage.DraftIssued ? null : c.FinalIssuedOn,
                MilestoneKeys.FinalPlan => c.FinalIssuedOn,
                _ => null,
            };
            var relevant = !(c.Stage == CaseStage.NotAssessed && m.Key != MilestoneKeys.DecisionToAssess)
                && !(c.Stage == CaseStage.NotIssued && m.Key is MilestoneKeys.FinalPlan)
                && !(c.DraftIssuedOn is not null && m.Key is MilestoneKeys.DecisionNotToIssue);
            if (relevant)
            {
                rows.Add(new TimelineRow(m, done, done is null ? StatusOf(m.Due) : null));
            }
        }

        if (CaseDeadlines.ReviewDue(c) is { } review && c.Stage is CaseStage.PlanIssued or CaseStage.InAnnualReview)
        {
            rows.Add(new TimelineRow(review, c.ReviewMeetingOn, c.ReviewMeetingOn is null ? StatusOf(review.Due) : null));
        }

        if (c.Stage == CaseStage.InAnnualReview && c.ReviewMeetingOn is { } meeting)
        {
            Add(StatutoryTimeline.ReviewReportDue(meeting), c.ReviewReportReceivedOn);
            Add(StatutoryTimeline.ReviewDecisionDue(meeting), c.ReviewDecisionOn);
            if (c.AmendmentsProposedOn is { } proposed)
            {
                Add(StatutoryTimeline.AmendmentCommentsClose(proposed), null);
                Add(StatutoryTimeline.AmendedPlanDue(proposed), null);
            }
        }

        foreach (var (m, done) in CaseDeadlines.AfterThePlan(c, BankHolidays.EnglandAndWales))
        {
            Add(m, done);
        }

        void Add(Milestone m, LocalDate? done) => rows.Add(new TimelineRow(m, done, done is null ? StatusOf(m.Due) : null));

        return rows;
    }

    private DeadlineStatus StatusOf(LocalDate due) => CaseDeadlines.StatusOf(Period.DaysBetween(Today, due));

    private async Task<IReadOnlyList<AuditView>> AuditAsync(EhcCase c, CancellationToken ct)
    {
        var ids = new List<string> { c.Id.ToString() };
        ids.AddRange(c.AdviceRequests.Select(a => a.Id.ToString()));
        ids.AddRange(c.Exceptions.Select(e => e.Id.ToString()));
        ids.AddRange(c.Consultations.Select(k => k.Id.ToString()));
        ids.AddRange(c.Mediations.Select(k => k.Id.ToString()).Concat(c.Appeals.Select(k => k.Id.ToString())).Concat(c.Complaints.Select(k => k.Id.ToString()))
            .Concat(c.PersonalBudgets.Select(k => k.Id.ToString())).Concat(c.OutcomeResults.Select(k => k.Id.ToString())));
        var entries = await db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.EntityId)).OrderByDescending(a => a.Id).Take(100).ToListAsync(ct);
        var userIds = entries.Select(e => e.UserId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return [.. entries.Select(e => new AuditView(e, e.UserId is { } id ? names.GetValueOrDefault(id, "Unknown user") : "System"))];
    }
}
