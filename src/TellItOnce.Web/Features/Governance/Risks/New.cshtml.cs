using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Risks;

/// <summary>/risks/new: a sub-group member adds a risk for their sub-group; an administrator for any.</summary>
public sealed class NewModel(GovernanceAccess access, RiskService risks) : GovernancePageModel(access)
{
    [BindProperty]
    public RiskInput Risk { get; set; } = new();

    public IReadOnlyList<(string Value, string Text)> SubGroups { get; private set; } = [];

    protected override bool Allows(GovernanceScope scope) => scope.Configures || scope.SubGroups.Count > 0;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await risks.AddAsync(Scope, Risk, ct);
        return await this.RespondAsync(outcome, r => $"/risks/{r.Id}", async errors =>
        {
            ShowErrors(errors);
            await LoadAsync(ct);
        });
    }

    private async Task LoadAsync(CancellationToken ct) =>
        SubGroups = [.. (await Access.SubGroupNamesAsync(Scope.AreaId, ct)).Where(g => Scope.CanEdit(g.Key)).OrderBy(g => g.Value).Select(g => (g.Key.ToString(), g.Value))];
}
