using Microsoft.Playwright;
using TellItOnce.Data.Seeding;

namespace TellItOnce.EndToEnd.Tests;

/// <summary>Ways a test moves between pages. Each waits for the new page to load and then checks it with axe.</summary>
public static class Pages
{
    /// <summary>Opens a page by its address, as if typed into the address bar.</summary>
    public static async Task VisitAsync(this IPage page, string path, int status = 200)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(path);
        response.ShouldNotBeNull().Status.ShouldBe(status, $"GET {path}");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    /// <summary>
    /// Clicks something that loads a page (a link, a form's button) and waits for that page's load event, which also works
    /// when the new page has the same address as the old one (a form that shows its errors).
    /// </summary>
    public static async Task ClickAndLoadAsync(this IPage page, ILocator target, int status = 200)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage e) => loaded.TrySetResult();
        var response = page.WaitForResponseAsync(r => r.Request.IsNavigationRequest && r.Frame == page.MainFrame && r.Status is < 300 or >= 400);
        page.Load += OnLoad;
        try
        {
            await target.ClickAsync();
            await loaded.Task.WaitAsync(Chromium.Timeout);
        }
        finally
        {
            page.Load -= OnLoad;
        }

        var final = await response;
        final.Status.ShouldBe(status, $"{final.Request.Method} {final.Url}");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    /// <summary>Signs in through the real form, as a person would: by the fields' labels and the button's name.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = DemoUsers.Password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.VisitAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.ClickAndLoadAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }));
    }

    /// <summary>The path and query of the page the browser is on.</summary>
    public static string PathAndQuery(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new Uri(page.Url).PathAndQuery;
    }
}
