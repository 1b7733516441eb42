using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.Portals;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals;

public sealed record AdviceWork(AdviceRequest Request, EhcCase Case, string ChildName, string AreaName, Milestone Due, AdviceContribution Contribution, LocalDate Today)
{
    /// <summary>Days late: after the due date if still outstanding, or at arrival if it arrived late.</summary>
    public int DaysLate => Math.Max(0, Period.DaysBetween(Due.Due, Request.ReceivedOn ?? Today));
}

/// <summary>
/// The professional advice portal: a request addressed to the professional or their organisation, answered as
/// structured advice, saved as a draft and then submitted. Submitting records the advice as received on the case
/// through the same transition the SEND team uses.
/// </summary>
public sealed class AdvicePortal(AppDbContext db, CurrentUser user, IClock clock, RecordAccess access, CaseService cases)
{
    public LocalDate Today { get; } = EnglishCalendar.DateOf(clock.GetCurrentInstant());

    public async Task<AdviceWork?> FindAsync(Guid adviceId, CancellationToken ct)
    {
        var advice = await (await access.AdviceForMeAsync(ct)).AsNoTracking().SingleOrDefaultAsync(a => a.Id == adviceId, ct);
        if (advice is null)
        {
            return access.Refused<AdviceWork>("advice request", adviceId);
        }

        var c = await db.Cases.AsNoTracking().Include(k => k.Exceptions).SingleAsync(k => k.Id == advice.CaseId, ct);
        var child = await db.Children.AsNoTracking().SingleAsync(k => k.Id == c.ChildId, ct);
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == c.AreaId).Select(a => a.Name).SingleAsync(ct);
        var contribution = await db.AdviceContributions.SingleOrDefaultAsync(k => k.Id == adviceId, ct)
            ?? new AdviceContribution { Id = adviceId, CaseId = c.Id, AreaId = c.AreaId, AuthorUserId = user.Id };
        return new AdviceWork(advice, c, child.FullName, area, StatutoryTimeline.AdviceDue(advice.RequestedOn, c.PathwayExceptions()), contribution, Today);
    }

    /// <summary>Saves the structured advice; with <paramref name="submit"/>, records it as received on the case too.</summary>
    public async Task<Outcome<Guid>?> SaveAsync(Guid adviceId, string? needs, string? outcomes, string? provision, bool submit, CancellationToken ct)
    {
        var work = await FindAsync(adviceId, ct);
        if (work is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        if (work.Request.ReceivedOn is not null)
        {
            errors.Add("needs", "This advice has already been submitted");
            return Outcome<Guid>.Failure(errors.ToDictionary());
        }

        var k = work.Contribution;
        k.Needs = needs?.Trim();
        k.Outcomes = outcomes?.Trim();
        k.Provision = provision?.Trim();
        k.AuthorUserId = user.Id;
        k.UpdatedAt = clock.GetCurrentInstant();
        if (db.Entry(k).State == EntityState.Detached)
        {
            db.AdviceContributions.Add(k);
        }

        if (!submit)
        {
            await db.SaveChangesAsync(ct);
            return Outcome<Guid>.Success(adviceId);
        }

        if (string.IsNullOrWhiteSpace(k.Needs))
        {
            errors.Add("needs", "Describe the child's or young person's needs");
        }

        if (string.IsNullOrWhiteSpace(k.Outcomes))
        {
            errors.Add("outcomes", "Describe the outcomes you recommend");
        }

        if (string.IsNullOrWhiteSpace(k.Provision))
        {
            errors.Add("provision", "Describe the provision you recommend");
        }

        if (errors.Any)
        {
            await db.SaveChangesAsync(ct);
            return Outcome<Guid>.Failure(errors.ToDictionary());
        }

        k.SubmittedAt = clock.GetCurrentInstant();
        var scope = await access.CasesAsync(ct);
        var outcome = await cases.ApplyFromPortalAsync(scope, work.Case.Id, work.Case.Version, (c, today) => c.RecordAdviceReceived(adviceId, today, k.Combined(), today), ct);
        return outcome is null ? null : outcome.Succeeded ? Outcome<Guid>.Success(adviceId) : Outcome<Guid>.Failure(outcome.Errors);
    }
}
