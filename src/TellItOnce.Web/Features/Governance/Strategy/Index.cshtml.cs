namespace TellItOnce.Web.Features.Governance.Strategy;

/// <summary>/strategy: the vision, priorities and action plan; the board sees all of it, a sub-group member their sub-groups' actions.</summary>
public sealed class IndexModel(GovernanceAccess access, StrategyService strategy) : GovernancePageModel(access)
{
    public StrategyView View { get; private set; } = null!;

    public string? Group { get; private set; }

    public IReadOnlyList<ActionRow> Shown { get; private set; } = [];

    public bool CanAdd => Scope.Configures || Scope.SubGroups.Count > 0;

    public async Task OnGetAsync(string? group, CancellationToken ct)
    {
        View = await strategy.ViewAsync(Scope, ct);
        Group = Guid.TryParse(group, out var g) && View.SubGroups.ContainsKey(g) ? group : null;
        Shown = Group is null ? View.Actions : [.. View.Actions.Where(a => a.Action.SubGroupId == g)];
    }
}
