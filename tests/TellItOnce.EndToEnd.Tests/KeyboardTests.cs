using Microsoft.Playwright;
using TellItOnce.Data.Seeding;
using static Microsoft.Playwright.Assertions;

namespace TellItOnce.EndToEnd.Tests;

public sealed class KeyboardTests(ServedApp app, Chromium chromium) : BrowserTest(app, chromium)
{
    private const string GovUkFocusText = "rgb(11, 12, 12)";
    private const string GovUkFocusBackground = "rgb(255, 221, 0)";

    [Fact]
    public async Task A_keyboard_user_can_skip_straight_to_the_main_content()
    {
        await Page.VisitAsync("/sign-in");

        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.Locator("main#main-content")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_keyboard_user_moves_through_the_header_in_reading_order_and_sees_the_focus_on_each_control()
    {
        await Page.SignInAsync(DemoUsers.Caseworker);

        foreach (var control in new[] { "Skip to main content", "TellItOnce", "Sam Okafor: your account", "Notifications", "Sign out" })
        {
            await Page.Keyboard.PressAsync("Tab");
            var focused = await Page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement, s = getComputedStyle(e); return [e.textContent.trim(), s.color, s.backgroundColor]; }");

            // axe cannot judge this: it leaves text as dark as its background (1:1) for a person to review, never failing it.
            // The notifications link adds its unread count ("Notifications 1 unread") when other journeys have notified the user.
            focused[0].ShouldStartWith(control, Case.Sensitive, "the header's controls in reading order");
            focused[1..].ShouldBe([GovUkFocusText, GovUkFocusBackground], $"the focused {control} should be black on the GOV.UK yellow");
        }
    }
}
