using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TellItOnce.Data.Seeding;
using static Microsoft.Playwright.Assertions;

namespace TellItOnce.EndToEnd.Tests;

public sealed class PublicPagesTests(ServedApp app, Chromium chromium) : BrowserTest(app, chromium)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sign-in")]
    [InlineData("/timescales")]
    [InlineData("/timescales?received.Day=5&received.Month=1&received.Year=2026&advice.Day=2&advice.Month=2&advice.Year=2026&draft.Day=4&draft.Month=5&draft.Year=2026")]
    [InlineData("/timescales?received.Day=31&received.Month=2&received.Year=2026")]
    [InlineData("/accessibility")]
    [InlineData("/privacy")]
    public async Task Anyone_can_open_a_public_page_and_use_it_with_assistive_technology(string path)
    {
        await Page.VisitAsync(path);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Signing_in_with_nothing_entered_shows_what_is_missing()
    {
        await Page.VisitAsync("/sign-in");

        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }));

        await Expect(Page).ToHaveTitleAsync(new Regex("^Error: "));
        var summary = Page.GetByRole(AriaRole.Alert);
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter your email address", "Enter your password"]);
    }

    [Fact]
    public async Task A_signed_in_user_who_follows_a_broken_link_is_told_the_page_was_not_found()
    {
        await Page.SignInAsync(DemoUsers.Caseworker);

        await Page.VisitAsync("/no-such-page", status: 404);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }
}
