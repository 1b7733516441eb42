using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Governance;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.SelfAssessment;

/// <summary>/self-assessment: the cycles, a comparison form, and (administrators) a new cycle and the template.</summary>
public sealed class IndexModel(GovernanceAccess access, SelfAssessmentService service) : GovernancePageModel(access)
{
    public IReadOnlyList<SelfAssessmentCycle> Cycles { get; private set; } = [];

    public IReadOnlyList<SelfAssessmentTheme> Themes { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? ThemeTitle { get; set; }

    [BindProperty]
    public string? ThemePrompt { get; set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCycleAsync(CancellationToken ct) =>
        Scope.Configures ? await RespondAsync(await service.StartCycleAsync(Scope, Name, ct), c => $"/self-assessment/{c.Id}", ct) : Forbid();

    public async Task<IActionResult> OnPostThemeAsync(CancellationToken ct) =>
        Scope.Configures ? await RespondAsync(await service.AddThemeAsync(Scope, ThemeTitle, ThemePrompt, ct), _ => "/self-assessment", ct) : Forbid();

    private Task<IActionResult> RespondAsync<T>(Outcome<T> outcome, Func<T, string> to, CancellationToken ct) =>
        this.RespondAsync(outcome, to, async errors =>
        {
            ShowErrors(errors);
            await LoadAsync(ct);
        });

    private async Task LoadAsync(CancellationToken ct)
    {
        Cycles = await service.CyclesAsync(Scope, ct);
        Themes = await service.ThemesAsync(Scope, ct);
    }
}
