using Microsoft.AspNetCore.Mvc;
using NodaTime;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.Portals;

namespace TellItOnce.Web.Features.Portals;

/// <summary>What the shared messages partial shows.</summary>
public sealed record MessagesView(CaseConversation Conversation, bool AsFamily, Guid? FailedThread, string? Error)
{
    public string When(Instant at)
    {
        var local = at.InZone(EnglishCalendar.London);
        return local.ToString("d MMMM yyyy 'at' h:mmtt", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
    }
}

/// <summary>The messages page of a case, for the family (<c>/family/cases/{id}/messages</c>) or the SEND team (<c>/cases/{id}/messages</c>).</summary>
public abstract class MessagesPageModel(CaseMessages messages, bool asFamily) : PortalPageModel
{
    [FromRoute] public Guid Id { get; set; }

    public MessagesView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(null, null, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSendAsync(Guid? threadId, MessageTopic topic, string? body, CancellationToken ct)
    {
        var outcome = await messages.PostAsync(Id, asFamily, threadId, asFamily ? topic : MessageTopic.General, body, ct);
        var error = outcome is { Succeeded: false } ? outcome.Errors["body"][0] : null;
        return await AfterAsync(outcome, Request.Path, "Your message has been sent", () => LoadAsync(threadId, error, ct),
            _ => threadId is { } t ? $"reply-{t}" : "body");
    }

    private async Task<bool> LoadAsync(Guid? failedThread, string? error, CancellationToken ct)
    {
        var conversation = await messages.ConversationAsync(Id, asFamily, ct);
        if (conversation is null)
        {
            return false;
        }

        View = new MessagesView(conversation, asFamily, failedThread, error);
        return true;
    }
}
