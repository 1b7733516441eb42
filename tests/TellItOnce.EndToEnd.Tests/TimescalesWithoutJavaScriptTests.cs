using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TellItOnce.EndToEnd.Tests;

/// <summary>The planner is a plain GET form: it must work for someone whose browser runs no JavaScript.</summary>
public sealed class TimescalesWithoutJavaScriptTests(ServedApp app, Chromium chromium) : BrowserTest(app, chromium)
{
    protected override bool JavaScriptEnabled => false;

    [Fact]
    public async Task A_parent_without_JavaScript_enters_the_request_date_and_sees_when_each_step_is_due()
    {
        await Page.VisitAsync("/timescales");

        var received = Page.GetByRole(AriaRole.Group, new() { Name = "When did the council receive the request for an assessment?" });
        await received.GetByLabel("Day").FillAsync("5");
        await received.GetByLabel("Month").FillAsync("1");
        await received.GetByLabel("Year").FillAsync("2026");
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Show the timescales" }));

        await Expect(Page.GetByRole(AriaRole.Row, new() { Name = "Decide whether to assess" })).ToContainTextAsync("Monday 16 February 2026");
        await Expect(Page.GetByRole(AriaRole.Row, new() { Name = "Final plan issued" })).ToContainTextAsync("Monday 25 May 2026");
    }
}
