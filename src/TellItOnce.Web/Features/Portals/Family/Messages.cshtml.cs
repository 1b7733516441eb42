using Microsoft.AspNetCore.Authorization;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Family;

/// <summary>/family/cases/{id}/messages: threaded messages with the SEND team, a personal budget request, views before a review.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class MessagesModel(CaseMessages messages) : MessagesPageModel(messages, asFamily: true);
