using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Strategy;

/// <summary>/strategy/configure: administrators only. Load a seed area's strategy, write the vision, add priorities, sub-groups and members.</summary>
public sealed class ConfigureModel(GovernanceAccess access, StrategyService strategy, GovernanceSetup setup) : GovernancePageModel(access)
{
    public StrategyView View { get; private set; } = null!;

    public IReadOnlyList<GovernanceSetup.Member> Members { get; private set; } = [];

    [BindProperty]
    public string? Example { get; set; }

    [BindProperty]
    public string? StrategyTitle { get; set; }

    [BindProperty]
    public string? Vision { get; set; }

    [BindProperty]
    public string? PriorityTitle { get; set; }

    [BindProperty]
    public string? SubGroupName { get; set; }

    [BindProperty]
    public string? MemberGroup { get; set; }

    [BindProperty]
    public string? MemberEmail { get; set; }

    protected override bool Allows(GovernanceScope scope) => scope.Configures;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostExampleAsync(CancellationToken ct) => await RespondAsync(await setup.LoadExampleAsync(Scope, Example, ct), ct);

    public async Task<IActionResult> OnPostVisionAsync(CancellationToken ct) => await RespondAsync(await setup.SaveVisionAsync(Scope, StrategyTitle, Vision, ct), ct);

    public async Task<IActionResult> OnPostPriorityAsync(CancellationToken ct) => await RespondAsync(await setup.AddPriorityAsync(Scope, PriorityTitle, ct), ct);

    public async Task<IActionResult> OnPostSubGroupAsync(CancellationToken ct) => await RespondAsync(await setup.AddSubGroupAsync(Scope, SubGroupName, ct), ct);

    public async Task<IActionResult> OnPostMemberAsync(CancellationToken ct) => await RespondAsync(await setup.AddMemberAsync(Scope, MemberGroup, MemberEmail, ct), ct);

    private Task<IActionResult> RespondAsync<T>(Outcome<T> outcome, CancellationToken ct) =>
        this.RespondAsync(outcome, _ => "/strategy/configure", async errors =>
        {
            ShowErrors(errors);
            await LoadAsync(ct);
        });

    private async Task LoadAsync(CancellationToken ct)
    {
        View = await strategy.ViewAsync(Scope, ct);
        Members = await setup.MembersAsync(Scope.AreaId, ct);
    }
}
