using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Governance;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Voice;

/// <summary>/voice: feedback logged, answered and published; officers change it, the board reads it.</summary>
public sealed class IndexModel(GovernanceAccess access, VoiceService voice) : GovernancePageModel(access)
{
    public IReadOnlyList<VoiceFeedback> Feedback { get; private set; } = [];

    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    [BindProperty]
    public string? Theme { get; set; }

    [BindProperty]
    public string? WeDid { get; set; }

    public Guid? AnsweringId { get; private set; }

    protected override bool Allows(GovernanceScope scope) => scope.ReadsAll;

    public async Task OnGetAsync(CancellationToken ct) => Feedback = await voice.FeedbackAsync(Scope, ct);

    public async Task<IActionResult> OnPostLogAsync(CancellationToken ct) =>
        Scope.IsOfficer ? await RespondAsync(await voice.LogAsync(Scope, Input, ct), ct) : Forbid();

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, bool publish, CancellationToken ct)
    {
        AnsweringId = id;
        return Scope.IsOfficer ? await RespondAsync(await voice.AnswerAsync(Scope, id, Theme, WeDid, publish, ct), ct) : Forbid();
    }

    private Task<IActionResult> RespondAsync(Outcome<VoiceFeedback>? outcome, CancellationToken ct) =>
        this.RespondAsync(outcome, f => $"/voice#{f.State.ToString().ToLowerInvariant()}", async errors =>
        {
            ShowErrors(errors);
            Feedback = await voice.FeedbackAsync(Scope, ct);
        });
}
