using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TellItOnce.EndToEnd.Tests;

/// <summary>The accessibility check run on every page a test visits: axe-core's WCAG 2.2 AA rules, none disabled.</summary>
public static class Axe
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        ResultTypes = [ResultType.Violations],
    };

    public static async Task ShouldHaveNoAxeViolationsAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var scriptsRan = await page.EvaluateAsync<bool>("() => document.body.classList.contains('js-enabled')");
        var result = scriptsRan ? await page.RunAxe(Options) : await RunOnScriptlessCopyAsync(page);
        if (result.Violations.Length > 0)
        {
            throw new ShouldAssertException(Describe(page.Url, result.Violations));
        }
    }

    /// <summary>
    /// axe-core waits on timers, and a page whose JavaScript is switched off fires none, so axe would wait for ever there.
    /// The page as that reader got it (its DOM, at its address, with its styles) is checked instead in a second page that
    /// can run axe but blocks every script the app sends, so nothing the app's JavaScript would change is changed.
    /// </summary>
    private static async Task<AxeResult> RunOnScriptlessCopyAsync(IPage page)
    {
        var html = await page.ContentAsync();
        var browser = page.Context.Browser ?? throw new InvalidOperationException("The page has no browser.");
        await using var context = await browser.NewContextAsync();
        await context.RouteAsync("**/*", route => route.Request switch
        {
            { ResourceType: "script" } => route.AbortAsync(),
            { IsNavigationRequest: true } => route.FulfillAsync(new() { Body = html, ContentType = "text/html; charset=utf-8" }),
            _ => route.ContinueAsync(),
        });
        var copy = await context.NewPageAsync();
        await copy.GotoAsync(page.Url);
        return await copy.RunAxe(Options);
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations) =>
        $"axe found accessibility problems on {url}:" + string.Concat(violations.Select(v =>
            $"{Environment.NewLine}- {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}" +
            string.Concat(v.Nodes.Select(n => $"{Environment.NewLine}    at {n.Target}: {n.Html}"))));
}
