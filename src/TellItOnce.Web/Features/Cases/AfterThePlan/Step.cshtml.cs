using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases.AfterThePlan;

/// <summary>The page of one step after the plan (<see cref="CaseSteps"/>): its questions, and its refusals in the GOV.UK error summary.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class StepModel(CaseService cases, AfterThePlanService steps) : CaseStepPageModel(cases)
{
    [FromRoute]
    public string Key { get; set; } = string.Empty;

    [FromRoute]
    public Guid? ItemId { get; set; }

    public CaseStep Step { get; private set; } = null!;

    public IReadOnlyList<StepField> Fields { get; private set; } = [];

    /// <summary>What the user entered, to show again beside the errors.</summary>
    public FormStepInput? Input { get; private set; }

    public override async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadStepAsync(ct) ? await base.OnGetAsync(ct) : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadStepAsync(ct))
        {
            return NotFound();
        }

        Input = new FormStepInput(Request.Form);
        var outcome = await steps.ApplyAsync(Step, Id, Version, ItemId, Input, ct);
        if (outcome is null)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Confirmation = Step.Confirmation;
            return Redirect($"/cases/{Id}");
        }

        var errors = new FieldErrors();
        foreach (var (field, messages) in outcome.Errors)
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        return await RedisplayAsync(errors, ct);
    }

    protected override string AnchorFor(string field) =>
        Fields.FirstOrDefault(f => f.Name == field)?.Anchor ?? base.AnchorFor(field);

    private async Task<bool> LoadStepAsync(CancellationToken ct)
    {
        if (CaseSteps.Find(Key) is not { } step || step.NeedsItem != ItemId.HasValue)
        {
            return false;
        }

        var context = await steps.ContextAsync(Id, ItemId, ct);
        if (context is null)
        {
            return false;
        }

        Step = step;
        Fields = step.Fields(context);
        return true;
    }
}
