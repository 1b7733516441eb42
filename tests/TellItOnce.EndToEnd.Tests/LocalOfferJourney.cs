using Microsoft.Playwright;
using TellItOnce.Data.Seeding;
using static Microsoft.Playwright.Assertions;

namespace TellItOnce.EndToEnd.Tests;

/// <summary>
/// In a real browser: a family finds an autism support group for a 9-year-old within 5 miles of a postcode, opens it
/// and leaves feedback; a provider changes one of its services and the council approves it; axe checks every page.
/// </summary>
public sealed class LocalOfferJourney(ServedApp app, Chromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task A_family_finds_an_autism_group_near_them_and_leaves_feedback()
    {
        await Page.VisitAsync("/local-offer");
        await Page.GetByLabel("Search words").FillAsync("autism");
        await Page.GetByLabel("Postcode", new() { Exact = true }).FillAsync("NS1 4AB");
        await Page.GetByLabel("Distance from the postcode").SelectOptionAsync("5");
        await Page.GetByLabel("Age of the child or young person").FillAsync("9");
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }));

        var group = Page.Locator(".app-result").Filter(new() { HasText = "Autism Family Support Group" });
        await Expect(group).ToHaveCountAsync(1);
        var miles = double.Parse((await group.Locator("[data-miles]").GetAttributeAsync("data-miles"))!, System.Globalization.CultureInfo.InvariantCulture);
        miles.ShouldBeLessThanOrEqualTo(5);
        await Page.ClickAndLoadAsync(group.GetByRole(AriaRole.Link, new() { Name = "Autism Family Support Group" }));

        await Expect(Page.Locator("h1")).ToContainTextAsync("Autism Family Support Group");
        await Page.GetByLabel("Your feedback").FillAsync("My son loved the quiet room. Staff were kind.");
        await Page.GetByLabel("How would you rate it? (optional)").SelectOptionAsync("5");
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }));

        await Expect(Page.Locator(".govuk-panel__title")).ToHaveTextAsync("Thank you for your feedback");
    }

    [Fact]
    public async Task A_provider_changes_a_service_and_the_council_approves_it_before_families_see_it()
    {
        var description = $"Now also on Sunday mornings ({Guid.NewGuid():N}).";
        await Page.SignInAsync(DemoUsers.Provider);
        var firstService = Page.Locator("table tbody tr a").First;
        var name = (await firstService.TextContentAsync())!.Trim();
        await Page.ClickAndLoadAsync(firstService);
        await Page.GetByLabel("What it offers").FillAsync(description);
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Send for approval" }));
        await Expect(Page.Locator("table tbody tr").Filter(new() { HasText = name }).First).ToContainTextAsync("Waiting for approval");
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }));

        await Page.SignInAsync(DemoUsers.Manager);
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Local Offer entries" }));
        await Page.ClickAndLoadAsync(Page.Locator("#pending ~ table").First.GetByRole(AriaRole.Link, new() { Name = name }));
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }));
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }));

        await Page.VisitAsync("/local-offer?q=" + Uri.EscapeDataString(name));
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First);
        await Expect(Page.Locator("main")).ToContainTextAsync(description);
    }
}
