using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Portals;
using TellItOnce.Web.Features.Notifications;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals;

public sealed record MessageView(CaseMessage Message, string Author);

public sealed record MessageThread(Guid Id, MessageTopic Topic, IReadOnlyList<MessageView> Messages);

public sealed record CaseConversation(EhcCase Case, string ChildFirstName, IReadOnlyList<MessageThread> Threads, IReadOnlyList<PlanComment> DraftComments);

/// <summary>
/// Messages between a family and the SEND team, stored on the case and threaded. The family reaches a case through
/// their family links, the SEND team through their areas (both via <see cref="RecordAccess"/>); each message tells the
/// other side.
/// </summary>
public sealed class CaseMessages(AppDbContext db, CurrentUser user, IClock clock, RecordAccess access, Notifier notifier)
{
    public static string Describe(MessageTopic topic) => topic switch
    {
        MessageTopic.PersonalBudget => "Request for a personal budget",
        MessageTopic.ReviewViews => "Our views before the annual review",
        _ => "Message",
    };

    public async Task<CaseConversation?> ConversationAsync(Guid caseId, bool asFamily, CancellationToken ct)
    {
        var c = await FindAsync(caseId, asFamily, ct);
        if (c is null)
        {
            return null;
        }

        var messages = await db.CaseMessages.AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.At).ToListAsync(ct);
        var authors = messages.Select(m => m.AuthorUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => authors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var threads = messages.GroupBy(m => m.ThreadId)
            .Select(g => new MessageThread(g.Key, g.First().Topic, [.. g.Select(m => new MessageView(m, names.GetValueOrDefault(m.AuthorUserId, "Unknown")))]))
            .OrderByDescending(t => t.Messages[^1].Message.At).ToList();
        var comments = await db.PlanComments.AsNoTracking().Where(k => k.CaseId == caseId).OrderBy(k => k.At).ToListAsync(ct);
        var first = await db.Children.AsNoTracking().Where(k => k.Id == c.ChildId).Select(k => k.GivenName).SingleAsync(ct);
        return new CaseConversation(c, first, threads, comments);
    }

    /// <summary>The longest message the database keeps (PortalConfigurations).</summary>
    public const int MaxLength = 10_000;

    /// <summary>Posts a message (a new thread, or a reply in <paramref name="threadId"/>) and tells the other side.</summary>
    public async Task<Outcome<Guid>?> PostAsync(Guid caseId, bool asFamily, Guid? threadId, MessageTopic topic, string? body, CancellationToken ct)
    {
        var c = await FindAsync(caseId, asFamily, ct);
        if (c is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return Outcome<Guid>.Failure(new Dictionary<string, string[]> { ["body"] = ["Enter your message"] });
        }

        if (body.Length > MaxLength)
        {
            return Outcome<Guid>.Failure(new Dictionary<string, string[]> { ["body"] = ["Your message must be 10,000 characters or fewer"] });
        }

        if (threadId is { } thread && !await db.CaseMessages.AnyAsync(m => m.CaseId == caseId && m.ThreadId == thread, ct))
        {
            return null;
        }

        var id = Guid.CreateVersion7();
        var existingTopic = threadId is { } t ? await db.CaseMessages.Where(m => m.ThreadId == t).Select(m => m.Topic).FirstAsync(ct) : topic;
        db.CaseMessages.Add(new CaseMessage
        {
            Id = id,
            CaseId = c.Id,
            AreaId = c.AreaId,
            ThreadId = threadId ?? id,
            AuthorUserId = user.Id,
            FromFamily = asFamily,
            Topic = existingTopic,
            Body = body.Trim(),
            At = clock.GetCurrentInstant(),
        });
        var first = await db.Children.AsNoTracking().Where(k => k.Id == c.ChildId).Select(k => k.GivenName).SingleAsync(ct);
        if (asFamily)
        {
            if (c.CaseworkerId is { } caseworker)
            {
                await notifier.NotifyAsync([caseworker], new Notice("message-received", $"New message from the family on {c.Reference}",
                    $"{Describe(existingTopic)}. Reply in the case's messages.", $"/cases/{c.Id}/messages"), ct);
            }
        }
        else
        {
            await notifier.NotifyAsync(await notifier.FamilyOfAsync(c.ChildId, ct), new Notice("message-received", $"New message from the SEND team about {first}",
                "The SEND team has sent you a message. Sign in to read it and reply.", $"/family/cases/{c.Id}/messages"), ct);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Success(threadId ?? id);
    }

    private async Task<EhcCase?> FindAsync(Guid caseId, bool asFamily, CancellationToken ct)
    {
        if (asFamily)
        {
            return await access.FamilyCaseAsync(caseId, ct);
        }

        var areas = user.AreasWhere(Domain.People.Role.Caseworker, Domain.People.Role.Manager);
        return await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId && areas.Contains(c.AreaId), ct)
            ?? access.Refused<EhcCase>("case", caseId);
    }
}
