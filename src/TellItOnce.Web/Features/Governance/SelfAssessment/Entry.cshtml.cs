using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Governance;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.SelfAssessment;

/// <summary>/self-assessment/entries/{id}: administrators, officers and sub-group members write one theme of a cycle.</summary>
public sealed class EntryModel(GovernanceAccess access, SelfAssessmentService service) : GovernancePageModel(access)
{
    public SelfAssessmentEntry Entry { get; private set; } = null!;

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    protected override bool Allows(GovernanceScope scope) => scope.Contributes;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await service.SaveEntryAsync(Scope, id, Input, ct);
        return await this.RespondAsync(outcome, x => $"/self-assessment/{x.CycleId}", async errors =>
        {
            ShowErrors(errors);
            await LoadAsync(id, ct);
        });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var entry = await service.EntryAsync(Scope, id, ct);
        Entry = entry!;
        return entry is not null;
    }
}
