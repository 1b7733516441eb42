using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Strategy;

/// <summary>/strategy/actions/{id}: one action, its updates and evidence; its sub-group's members (and administrators) record progress.</summary>
public sealed class ActionModel(GovernanceAccess access, StrategyService strategy, IIndicatorNames indicators) : GovernancePageModel(access)
{
    public ActionRow Row { get; private set; } = null!;

    public string? IndicatorName { get; private set; }

    [BindProperty]
    public UpdateInput Update { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await strategy.AddUpdateAsync(Scope, id, Update, ct);
        return await this.RespondAsync(outcome, _ => $"/strategy/actions/{id}", async errors =>
        {
            ShowErrors(errors);
            await LoadAsync(id, ct);
        });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var row = await strategy.FindAsync(Scope, id, ct);
        if (row is null)
        {
            return false;
        }

        Row = row;
        IndicatorName = row.Action.IndicatorId is { } indicator ? await indicators.NameAsync(Scope.AreaId, indicator, ct) : null;
        return true;
    }
}
