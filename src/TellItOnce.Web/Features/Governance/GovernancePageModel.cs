using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance;

/// <summary>
/// The base of every governance page: before any handler runs it works out the user's <see cref="GovernanceScope"/>
/// and refuses (403) someone with none, so a handler always has a scope to check records against.
/// </summary>
[Authorize(Policy = Policies.Governance)]
public abstract class GovernancePageModel(GovernanceAccess access) : PageModel
{
    public GovernanceScope Scope { get; private set; } = null!;

    public ErrorSummaryModel Errors { get; protected set; } = new(new Dictionary<string, string[]>());

    public LocalDate Today => access.Today;

    protected GovernanceAccess Access => access;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var scope = await access.ScopeAsync(HttpContext.RequestAborted);
        if (scope is null || !Allows(scope))
        {
            context.Result = Forbid();
            return;
        }

        Scope = scope;
        await next();
    }

    /// <summary>A page for fewer people (administrators, officers) narrows this; everyone with a scope may open the rest.</summary>
    protected virtual bool Allows(GovernanceScope scope) => true;

    /// <summary>Shows a failed command's errors on the page again.</summary>
    protected void ShowErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        ViewData["HasErrors"] = true;
        Errors = new ErrorSummaryModel(errors);
    }
}
