using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Domain.Plans;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Plans;

/// <summary>/cases/{id}/plan: the plan's versions, and the editor for the version being written.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class IndexModel(CaseService cases, PlanService plans) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public CaseView View { get; private set; } = null!;

    public IReadOnlyList<PlanVersion> Versions { get; private set; } = [];

    public PlanVersion? Working { get; private set; }

    public const string ConcurrencyMessage =
        "Someone else changed this plan while you were editing. Your changes have not been saved: what you entered is still below, so compare it with the plan as it is now and save again.";

    /// <summary>The plan's revision when the user opened it; a save made against an older one is refused.</summary>
    [BindProperty] public Guid Revision { get; set; }

    /// <summary>True when the page is shown again after a refused save, so the boxes keep what the user typed.</summary>
    public bool KeepInput { get; private set; }

    [BindProperty] public string? A { get; set; }

    [BindProperty] public string? B { get; set; }

    [BindProperty] public string? C { get; set; }

    [BindProperty] public string? D { get; set; }

    [BindProperty] public string? I { get; set; }

    [BindProperty] public string? J { get; set; }

    [BindProperty] public string? K { get; set; }

    [BindProperty] public string? OutcomeText { get; set; }

    [BindProperty] public string? OutcomeByWhen { get; set; }

    [BindProperty] public ProvisionSection? Section { get; set; }

    [BindProperty] public string? What { get; set; }

    [BindProperty] public string? Who { get; set; }

    [BindProperty] public string? HowOften { get; set; }

    [BindProperty] public string? Cost { get; set; }

    [BindProperty] public Guid? ForOutcome { get; set; }

    [BindProperty] public Guid? ServiceId { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Services { get; private set; } = [];

    [TempData] public string? Confirmation { get; set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct) =>
        await plans.StartAsync(Id, ct) is null ? NotFound() : Done("A new version of the plan has been started");

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => EditAsync(w =>
    {
        (w.ViewsInterestsAspirations, w.SpecialEducationalNeeds, w.HealthNeeds, w.SocialCareNeeds) = (Clean(A), Clean(B), Clean(C), Clean(D));
        (w.Placement, w.PersonalBudget, w.AdviceAndInformation) = (Clean(I), Clean(J), Clean(K));
    }, "Plan saved", ct);

    public Task<IActionResult> OnPostAddOutcomeAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        Required(errors, OutcomeText, "outcomeText", "Enter the outcome");
        Required(errors, OutcomeByWhen, "outcomeByWhen", "Enter when the outcome should be achieved, for example by the end of Year 6");
        return EditAsync(w => w.Outcomes.Add(new PlanOutcome { Id = Guid.CreateVersion7(), Text = OutcomeText!.Trim(), ByWhen = OutcomeByWhen!.Trim() }), "Outcome added", ct, errors);
    }

    public Task<IActionResult> OnPostRemoveOutcomeAsync(Guid outcomeId, CancellationToken ct) => EditAsync(w =>
    {
        w.Outcomes.RemoveAll(o => o.Id == outcomeId);
        foreach (var p in w.Provision.Where(p => p.OutcomeId == outcomeId))
        {
            p.OutcomeId = null;
        }
    }, "Outcome removed", ct);

    public Task<IActionResult> OnPostAddProvisionAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (Section is not { } section || !Enum.IsDefined(section))
        {
            errors.Add("section", "Choose the section of the plan");
        }

        Required(errors, What, "what", "Enter what the provision is");
        Required(errors, Who, "who", "Enter who provides it");
        Required(errors, HowOften, "howOften", "Enter how often, for example 3 sessions of 30 minutes a week");
        decimal? cost = null;
        if (!string.IsNullOrWhiteSpace(Cost))
        {
            if (decimal.TryParse(Cost.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.GetCultureInfo("en-GB"), out var parsed) && parsed >= 0)
            {
                cost = parsed;
            }
            else
            {
                errors.Add("cost", "Enter the cost a year as an amount in pounds, for example 1500, or leave it blank");
            }
        }

        return EditAsync(w => w.Provision.Add(new PlanProvision
        {
            Id = Guid.CreateVersion7(),
            Section = Section!.Value,
            What = What!.Trim(),
            Who = Who!.Trim(),
            HowOften = HowOften!.Trim(),
            AnnualCost = cost,
            OutcomeId = w.Outcomes.Any(o => o.Id == ForOutcome) ? ForOutcome : null,
            ServiceId = Services.Any(s => s.Id == ServiceId) ? ServiceId : null,
        }), "Provision added", ct, errors);
    }

    public Task<IActionResult> OnPostRemoveProvisionAsync(Guid provisionId, CancellationToken ct) =>
        EditAsync(w => w.Provision.RemoveAll(p => p.Id == provisionId), "Provision removed", ct);

    private async Task<IActionResult> EditAsync(Action<PlanVersion> change, string confirmation, CancellationToken ct, FieldErrors? errors = null)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        errors ??= new FieldErrors();
        if (Working is null)
        {
            errors.Add("plan", "Start a new version of the plan before changing it: issued versions are kept as they were sent");
        }
        else if (Working.Revision != Revision)
        {
            errors.Add("revision", ConcurrencyMessage);
        }

        if (errors.Any)
        {
            return Refused(errors);
        }

        // Lists stored as JSON are replaced, not mutated in place, so the change tracker sees the change.
        Working!.Outcomes = [.. Working.Outcomes];
        Working.Provision = [.. Working.Provision];
        change(Working);
        Working.Revision = Guid.NewGuid();
        try
        {
            await plans.SaveAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save landed between reading the plan and writing it.
            await LoadAsync(ct);
            errors.Add("revision", ConcurrencyMessage);
            return Refused(errors);
        }

        return Done(confirmation);
    }

    /// <summary>What a box shows: the user's own input after a refused save, otherwise the plan as stored.</summary>
    public string? Show(string? posted, string? stored) => KeepInput ? posted : stored;

    private PageResult Refused(FieldErrors errors)
    {
        KeepInput = Request.Query["handler"] == "Save";
        Errors = new ErrorSummaryModel(errors.ToDictionary(), f => f switch { "plan" => "versions", "revision" => "main-content", _ => f });
        ViewData["HasErrors"] = true;
        return Page();
    }

    private RedirectResult Done(string confirmation)
    {
        Confirmation = confirmation;
        return Redirect($"/cases/{Id}/plan");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await cases.GetAsync(Id, ct) is not { } view)
        {
            return false;
        }

        View = view;
        Versions = await plans.VersionsAsync(Id, ct);
        Working = await plans.WorkingAsync(Id, ct);
        Services = await plans.LocalOfferServicesAsync(view.Case.AreaId, ct);
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Required(FieldErrors errors, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
        }
    }
}
