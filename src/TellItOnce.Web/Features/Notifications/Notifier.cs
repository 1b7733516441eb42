using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Notifications;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Notifications;

/// <summary>Something a person should know about: what changed, what is due, and where to see it.</summary>
public sealed record Notice(string Kind, string Title, string Body, string Link);

/// <summary>What a case looked like before a step, to tell what the step changed.</summary>
public sealed record CaseSnapshot(CaseStage Stage, IReadOnlySet<Guid> Advice, IReadOnlySet<Guid> AdviceReceived);

/// <summary>
/// Turns events into in-app notifications and outbox emails, added to the same DbContext as the change so they are
/// saved in the same transaction (ADR 21). It never saves: the caller's one SaveChanges does.
/// </summary>
public sealed class Notifier(AppDbContext db, IClock clock, IOptions<NotificationOptions> options)
{
    public static CaseSnapshot Capture(EhcCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Stage, c.AdviceRequests.Select(a => a.Id).ToHashSet(), c.AdviceRequests.Where(a => a.ReceivedOn is not null).Select(a => a.Id).ToHashSet());
    }

    /// <summary>Adds a notification for each person, by the channels each has chosen.</summary>
    public async Task NotifyAsync(IEnumerable<Guid> userIds, Notice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var now = clock.GetCurrentInstant();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => ids.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, ct);
        var o = options.Value;
        foreach (var u in users)
        {
            var preference = preferences.GetValueOrDefault(u.Id) ?? new NotificationPreference { UserId = u.Id };
            if (preference.InApp)
            {
                db.UserNotifications.Add(new UserNotification { Id = Guid.CreateVersion7(), UserId = u.Id, Title = notice.Title, Body = notice.Body, Link = notice.Link, CreatedAt = now });
            }

            if (preference.Email && !string.IsNullOrEmpty(u.Email))
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(),
                    RecipientUserId = u.Id,
                    ToAddress = u.Email,
                    Subject = notice.Title,
                    Kind = notice.Kind,
                    Body = $"{notice.Title}\n\n{notice.Body}\n\nSign in to see it: {o.BaseUrl.TrimEnd('/')}{notice.Link}\n\n"
                        + $"You get this email because you have a TellItOnce account. Choose how you are told about changes: {o.BaseUrl.TrimEnd('/')}/notifications/settings\n",
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
        }
    }

    /// <summary>The family accounts that see a child: parents the young person has not hidden the record from, and the young person.</summary>
    public async Task<IReadOnlyList<Guid>> FamilyOfAsync(Guid childId, CancellationToken ct) =>
        await db.FamilyLinks.AsNoTracking()
            .Where(l => l.ChildId == childId && (l.Relationship == FamilyRelationship.Self || !l.HiddenByYoungPerson))
            .Select(l => l.UserId).ToListAsync(ct);

    /// <summary>The people an advice request is addressed to: the named professional (while their account is active), or everyone of the organisation in the case's area.</summary>
    public async Task<IReadOnlyList<Guid>> AddresseesAsync(AdviceRequest advice, Guid areaId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(advice);
        if (advice.ProfessionalUserId is { } person && await db.Users.AsNoTracking().AnyAsync(u => u.Id == person && u.DisabledAt == null, ct))
        {
            return [person];
        }

        return advice.OrganisationId is { } org ? await OrganisationMembersAsync(org, areaId, ct) : [];
    }

    /// <summary>The professionals of an organisation who work in an area, leaving out disabled accounts (people who left).</summary>
    public async Task<IReadOnlyList<Guid>> OrganisationMembersAsync(Guid organisationId, Guid areaId, CancellationToken ct) =>
        await (from u in db.Users.AsNoTracking()
               join m in db.AreaMemberships.AsNoTracking() on u.Id equals m.UserId
               where u.OrganisationId == organisationId && u.DisabledAt == null && m.AreaId == areaId && m.Role == Role.Professional
               select u.Id).Distinct().ToListAsync(ct);

    /// <summary>Tells the right people what a statutory step on a case changed.</summary>
    public async Task OnCaseStepAsync(EhcCase c, CaseSnapshot before, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(before);
        var child = await db.Children.AsNoTracking().Where(k => k.Id == c.ChildId).Select(k => new { k.Id, k.GivenName }).SingleAsync(ct);
        var name = child.GivenName;
        var family = await FamilyOfAsync(child.Id, ct);
        var familyLink = $"/family/cases/{c.Id}";
        var exceptions = c.PathwayExceptions();

        foreach (var advice in c.AdviceRequests.Where(a => !before.Advice.Contains(a.Id)))
        {
            var due = StatutoryTimeline.AdviceDue(advice.RequestedOn, exceptions).Due;
            await NotifyAsync(await AddresseesAsync(advice, c.AreaId, ct), new Notice("advice-requested",
                $"New request for advice about {name} ({c.Reference})",
                $"The SEND team has asked for your advice for an EHC needs assessment. It is due by {Format(due)}.",
                $"/advice/{advice.Id}"), ct);
        }

        foreach (var advice in c.AdviceRequests.Where(a => a.ReceivedOn is not null && !before.AdviceReceived.Contains(a.Id)))
        {
            var received = c.AdviceRequests.Count(a => a.ReceivedOn is not null);
            var body = $"Advice from {Describe(advice.Source)} has arrived for {name}'s assessment. {received} of {c.AdviceRequests.Count} pieces of advice have now arrived.";
            await NotifyAsync(family, new Notice("advice-received", $"Advice has arrived for {name}'s assessment", body, familyLink), ct);
            if (c.CaseworkerId is { } caseworker)
            {
                await NotifyAsync([caseworker], new Notice("advice-received", $"Advice received on {c.Reference}", body, $"/cases/{c.Id}"), ct);
            }
        }

        if (c.Stage == before.Stage)
        {
            return;
        }

        var notice = c.Stage switch
        {
            CaseStage.Assessing => new Notice("decision-to-assess", $"The council will assess {name}'s needs",
                $"The council has decided to carry out an EHC needs assessment. It will now ask professionals for advice. The final plan, if there is one, is due by {Format(StatutoryTimeline.FinalPlanDue(c.RequestReceived, exceptions).Due)}.", familyLink),
            CaseStage.NotAssessed => new Notice("decision-not-to-assess", $"The council's decision about {name}'s assessment",
                "The council has decided not to carry out an EHC needs assessment. The letter explains why and what you can do if you disagree.", familyLink),
            CaseStage.DraftIssued when c.DraftIssuedOn is { } draft => new Notice("draft-issued", $"{name}'s draft EHC plan is ready for your comments",
                $"Read the draft plan and comment on any section. Comments close on {Format(StatutoryTimeline.DraftCommentsClose(draft).Due)}. You can also name the school or college you would like.", $"{familyLink}/draft"),
            CaseStage.PlanIssued when before.Stage == CaseStage.DraftIssued => new Notice("final-issued", $"{name}'s final EHC plan has been issued",
                "The final plan has been issued. You can read it now. If you disagree with it, the letter explains your right to mediation and appeal.", $"{familyLink}/plan"),
            CaseStage.InAnnualReview => new Notice("review-scheduled", $"{name}'s annual review meeting has been arranged",
                "Tell the SEND team your views before the meeting: what is working and what is not.", $"{familyLink}/messages"),
            _ => null,
        };
        if (notice is not null)
        {
            await NotifyAsync(family, notice, ct);
        }
    }

    public static string Format(LocalDate date) => Dates.Full(date);

    private static string Describe(AdviceSource source) => source switch
    {
        AdviceSource.EducationalPsychology => "the educational psychologist",
        AdviceSource.Health => "health services",
        AdviceSource.SocialCare => "social care",
        AdviceSource.Education => "the school or setting",
        _ => "a professional",
    };
}
