using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Governance;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Voice;

/// <summary>/co-production: the log of co-production meetings; officers and sub-group members add to it, the board reads it.</summary>
public sealed class CoProductionModel(GovernanceAccess access, VoiceService voice) : GovernancePageModel(access)
{
    public IReadOnlyList<CoProductionEvent> Events { get; private set; } = [];

    [BindProperty]
    public EventInput Input { get; set; } = new();

    public bool CanLog => Scope.Contributes;

    public async Task OnGetAsync(CancellationToken ct) => Events = await voice.EventsAsync(Scope, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanLog)
        {
            return Forbid();
        }

        var outcome = await voice.LogEventAsync(Scope, Input, ct);
        return await this.RespondAsync(outcome, _ => "/co-production#events", async errors =>
        {
            ShowErrors(errors);
            Events = await voice.EventsAsync(Scope, ct);
        });
    }
}
