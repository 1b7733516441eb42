using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Strategy;

/// <summary>/strategy/actions/new: a sub-group member adds an action for their sub-group; an administrator for any.</summary>
public sealed class NewActionModel(GovernanceAccess access, StrategyService strategy) : GovernancePageModel(access)
{
    [BindProperty]
    public ActionInput Action { get; set; } = new();

    public IReadOnlyList<(string Value, string Text)> Priorities { get; private set; } = [];

    public IReadOnlyList<(string Value, string Text)> SubGroups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }

        var outcome = await strategy.AddActionAsync(Scope, Action, ct);
        return await this.RespondAsync(outcome, a => $"/strategy/actions/{a.Id}", errors =>
        {
            ShowErrors(errors);
            return Task.CompletedTask;
        });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var view = await strategy.ViewAsync(Scope, ct);
        Priorities = [.. view.Priorities.Select(p => (p.Id.ToString(), $"{p.Number}. {p.Title}"))];
        SubGroups = [.. view.SubGroups.Where(g => Scope.CanEdit(g.Key)).OrderBy(g => g.Value).Select(g => (g.Key.ToString(), g.Value))];
        return SubGroups.Count > 0;
    }
}
