namespace TellItOnce.Web.Features.Governance.Risks;

/// <summary>/risks: the heat map and register; the board sees every risk, a sub-group member their sub-groups' risks.</summary>
public sealed class IndexModel(GovernanceAccess access, RiskService risks) : GovernancePageModel(access)
{
    public IReadOnlyList<RiskRow> Risks { get; private set; } = [];

    public bool CanAdd => Scope.Configures || Scope.SubGroups.Count > 0;

    public async Task OnGetAsync(CancellationToken ct) => Risks = await risks.RegisterAsync(Scope, ct);
}
