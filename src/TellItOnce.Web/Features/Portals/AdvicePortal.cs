using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Documents;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Portals;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Features.Documents;
using TellItOnce.Web.Features.Notifications;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals;

/// <summary>A member of the organisation's team in the case's area, whom a team lead may assign the request to.</summary>
public sealed record TeamMember(Guid Id, string Name);

public sealed record AdviceWork(AdviceRequest Request, EhcCase Case, string ChildName, string AreaName, Milestone Due, AdviceContribution Contribution, LocalDate Today)
{
    /// <summary>Who the request is assigned to, or null when it waits for the team; "(account disabled)" when that person has left.</summary>
    public string? AssignedTo { get; init; }

    /// <summary>The team a team lead may assign it to; empty for everyone else.</summary>
    public IReadOnlyList<TeamMember> Team { get; init; } = [];

    /// <summary>The documents sent with this advice.</summary>
    public IReadOnlyList<DocumentRow> Documents { get; init; } = [];

    /// <summary>Days late: after the due date if still outstanding, or at arrival if it arrived late.</summary>
    public int DaysLate => Math.Max(0, Period.DaysBetween(Due.Due, Request.ReceivedOn ?? Today));
}

/// <summary>
/// The professional advice portal: a request addressed to the professional or their organisation, answered as
/// structured advice, saved as a draft and then submitted. Submitting records the advice as received on the case
/// through the same transition the SEND team uses.
/// </summary>
public sealed class AdvicePortal(AppDbContext db, CurrentUser user, IClock clock, RecordAccess access, CaseService cases, DocumentService documents, Notifier notifier)
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
        var assigned = advice.ProfessionalUserId is { } p
            ? await db.Users.AsNoTracking().Where(u => u.Id == p).Select(u => u.DisplayName + (u.DisabledAt == null ? string.Empty : " (account disabled: needs reassigning)")).SingleOrDefaultAsync(ct)
            : null;
        var (organisation, lead) = await access.TeamAsync(ct);
        var team = lead && advice.OrganisationId == organisation
            ? await (from u in db.Users.AsNoTracking()
                     join m in db.AreaMemberships.AsNoTracking() on u.Id equals m.UserId
                     where u.OrganisationId == organisation && u.DisabledAt == null && m.AreaId == c.AreaId && m.Role == Role.Professional
                     orderby u.DisplayName
                     select new TeamMember(u.Id, u.DisplayName)).Distinct().ToListAsync(ct)
            : [];
        var sent = (await documents.ForCaseAsync(c.Id, ct)).Where(d => d.Document.AdviceRequestId == adviceId).ToList();
        return new AdviceWork(advice, c, child.FullName, area, StatutoryTimeline.AdviceDue(advice.RequestedOn, c.PathwayExceptions()), contribution, Today)
        {
            AssignedTo = assigned,
            Team = team,
            Documents = sent,
        };
    }

    /// <summary>A team lead assigns a request addressed to their organisation to an active member of the team in the case's area.</summary>
    public async Task<Outcome<Guid>?> AssignAsync(Guid adviceId, Guid? assigneeId, CancellationToken ct)
    {
        var work = await FindAsync(adviceId, ct);
        if (work is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        if (work.Team.Count == 0)
        {
            // Only the lead of the organisation the request is addressed to may assign it.
            return access.Refused<Outcome<Guid>>("advice assignment", adviceId);
        }

        var assignee = work.Team.FirstOrDefault(m => m.Id == assigneeId);
        if (assignee is null)
        {
            errors.Add("assigneeId", "Choose someone in your team");
            return Outcome<Guid>.Failure(errors.ToDictionary());
        }

        var request = await db.AdviceRequests.SingleAsync(a => a.Id == adviceId, ct);
        request.ProfessionalUserId = assignee.Id;
        await notifier.NotifyAsync([assignee.Id], new Notice("advice-assigned", $"Advice request assigned to you ({work.Case.Reference})",
            $"Your team lead has asked you to write the advice for {work.ChildName.Split(' ')[0]}. It is due by {Notifier.Format(work.Due.Due)}.", $"/advice/{adviceId}"), ct);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Success(adviceId);
    }

    /// <summary>Saves the structured advice; with <paramref name="submit"/>, records it as received on the case too.</summary>
    public async Task<Outcome<Guid>?> SaveAsync(Guid adviceId, string? needs, string? outcomes, string? provision, bool submit, CancellationToken ct, DocumentUpload? attachment = null)
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

        var (file, fileError) = attachment is null ? (null, null) : await documents.CheckAsync(attachment.FileName, attachment.Content, ct);
        if (fileError is not null)
        {
            errors.Add("file", fileError);
        }

        if (errors.Any)
        {
            await db.SaveChangesAsync(ct);
            return Outcome<Guid>.Failure(errors.ToDictionary());
        }

        k.SubmittedAt = clock.GetCurrentInstant();
        var stored = file is null ? null : await documents.StoreAsync(file, ct);
        if (stored is not null)
        {
            var title = string.IsNullOrWhiteSpace(attachment!.Title) ? $"Advice for {work.Case.Reference}" : attachment.Title.Trim()[..Math.Min(200, attachment.Title.Trim().Length)];
            documents.Attach(stored, work.Case, title, DocumentKind.Advice, adviceId, user.Id);
        }

        var scope = await access.CasesAsync(ct);
        Outcome<EhcCase>? outcome = null;
        try
        {
            outcome = await cases.ApplyFromPortalAsync(scope, work.Case.Id, work.Case.Version, (c, today) => c.RecordAdviceReceived(adviceId, today, k.Combined(), today), ct);
        }
        finally
        {
            if (stored is not null && outcome?.Succeeded != true)
            {
                await documents.DiscardAsync([stored], CancellationToken.None);
            }
        }

        return outcome is null ? null : outcome.Succeeded ? Outcome<Guid>.Success(adviceId) : Outcome<Guid>.Failure(outcome.Errors);
    }
}
