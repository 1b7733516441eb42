using Microsoft.AspNetCore.Authorization;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Staff;

/// <summary>/cases/{id}/messages: the SEND team's side of the family's messages, with the family's comments on the draft plan.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class MessagesModel(CaseMessages messages) : MessagesPageModel(messages, asFamily: false);
