using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>
/// A page that records one statutory step on a case: loads the case (404 outside the user's areas), carries the
/// version the user saw, and shows refusals in the GOV.UK error summary.
/// </summary>
public abstract class CaseStepPageModel(CaseService cases) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public CaseView View { get; private set; } = null!;

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    protected CaseService Cases => cases;

    /// <summary>The success message shown on the case page after the step is saved.</summary>
    [TempData]
    public string? Confirmation { get; set; }

    public virtual async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Version = View.Case.Version;
        return Page();
    }

    protected async Task<bool> LoadAsync(CancellationToken ct)
    {
        var view = await cases.GetAsync(Id, ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        await OnLoadedAsync(ct);
        return true;
    }

    /// <summary>Loads anything else the page shows, once the case is loaded.</summary>
    protected virtual Task OnLoadedAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Runs the step unless the form itself had errors; on success goes back to the case page.</summary>
    protected async Task<IActionResult> ApplyAsync(FieldErrors formErrors, Func<EhcCase, NodaTime.LocalDate, IReadOnlyList<PathwayError>> step, string confirmation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(formErrors);
        if (!formErrors.Any)
        {
            var outcome = await cases.ApplyAsync(Id, Version, step, ct);
            if (outcome is null)
            {
                return NotFound();
            }

            if (outcome.Succeeded)
            {
                Confirmation = confirmation;
                return Redirect($"/cases/{Id}");
            }

            foreach (var (field, messages) in outcome.Errors)
            {
                foreach (var message in messages)
                {
                    formErrors.Add(field, message);
                }
            }
        }

        return await RedisplayAsync(formErrors, ct);
    }

    /// <summary>Shows the page again with the refusals in the error summary.</summary>
    protected async Task<IActionResult> RedisplayAsync(FieldErrors formErrors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(formErrors);
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Errors = new ErrorSummaryModel(formErrors.ToDictionary(), AnchorFor);
        ViewData["HasErrors"] = true;
        return Page();
    }

    /// <summary>Where an error summary link for a field points: date inputs at their day box, case-wide problems at the top.</summary>
    protected virtual string AnchorFor(string field) => field switch
    {
        "stage" or "version" => "main-content",
        _ when DateFields.Contains(field) => $"{field}-day",
        _ => field,
    };

    protected virtual IReadOnlySet<string> DateFields { get; } = new HashSet<string>();
}
