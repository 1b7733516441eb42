using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Risks;

/// <summary>/risks/{id}: one risk, its rating history, and (for its sub-group and administrators) a review form.</summary>
public sealed class RiskModel(GovernanceAccess access, RiskService risks) : GovernancePageModel(access)
{
    public RiskRow Row { get; private set; } = null!;

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await risks.ReviewAsync(Scope, id, Review, ct);
        return await this.RespondAsync(outcome, _ => $"/risks/{id}", async errors =>
        {
            ShowErrors(errors);
            await LoadAsync(id, ct);
        });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var row = await risks.FindAsync(Scope, id, ct);
        Row = row!;
        return row is not null;
    }
}
