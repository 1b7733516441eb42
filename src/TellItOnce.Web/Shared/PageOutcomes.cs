using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TellItOnce.Web.Shared;

/// <summary>How a page answers a use case's outcome: 404 when the record is not the user's, a redirect when it worked, else the errors.</summary>
public static class PageOutcomes
{
    public static async Task<IActionResult> RespondAsync<T>(
        this PageModel page, Outcome<T>? outcome, Func<T, string> redirectTo, Func<IReadOnlyDictionary<string, string[]>, Task> showErrors)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(redirectTo);
        ArgumentNullException.ThrowIfNull(showErrors);
        if (outcome is null)
        {
            return new NotFoundResult();
        }

        if (outcome.Succeeded)
        {
            return new RedirectResult(redirectTo(outcome.Value!));
        }

        page.ViewData["HasErrors"] = true;
        await showErrors(outcome.Errors);
        return new PageResult();
    }
}
