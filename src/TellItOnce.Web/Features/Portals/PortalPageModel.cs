using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals;

/// <summary>What every portal page shares: the success banner after a redirect, and the GOV.UK error summary.</summary>
public abstract class PortalPageModel : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    /// <summary>Shows the errors on the page again, after reloading what it displays.</summary>
    protected async Task<IActionResult> ShowErrorsAsync(IReadOnlyDictionary<string, string[]> errors, Func<Task<bool>> reload, Func<string, string>? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(reload);
        if (!await reload())
        {
            return NotFound();
        }

        Errors = new ErrorSummaryModel(errors, anchor);
        ViewData["HasErrors"] = true;
        return Page();
    }

    /// <summary>After a change: back to <paramref name="url"/> with a success message, 404 when the record is not the user's, or the errors.</summary>
    protected async Task<IActionResult> AfterAsync<T>(Outcome<T>? outcome, string url, string confirmation, Func<Task<bool>> reload, Func<string, string>? anchor = null)
    {
        if (outcome is null)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Confirmation = confirmation;
            return Redirect(url);
        }

        return await ShowErrorsAsync(outcome.Errors, reload, anchor);
    }
}
