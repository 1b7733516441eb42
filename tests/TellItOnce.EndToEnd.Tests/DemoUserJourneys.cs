using Microsoft.Playwright;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.People;
using TellItOnce.Testing;
using static Microsoft.Playwright.Assertions;

namespace TellItOnce.EndToEnd.Tests;

/// <summary>
/// Every demo user's whole visit: sign in through the form, land on their home page, open each page in their menu and
/// sign out, with axe checking each page on the way. The users are split into groups (each class below names its
/// <c>Users</c>) so the groups run side by side.
/// </summary>
public abstract class DemoUserJourneys(ServedApp app, Chromium chromium) : BrowserTest(app, chromium)
{
    /// <summary>Each group hides this with its own users; xunit reads it from the class that runs the theory.</summary>
    public static TheoryData<string, string> Users => [];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task A_demo_user_signs_in_to_their_home_page_opens_every_page_in_their_menu_and_signs_out(string email, string home)
    {
        await Page.SignInAsync(email);

        Page.PathAndQuery().ShouldBe(home);
        var menu = Page.Locator(".govuk-service-navigation__link");
        var links = await menu.EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
        links.ShouldNotBeEmpty();
        foreach (var href in links.Where(href => href != home))
        {
            await Page.ClickAndLoadAsync(menu.And(Page.Locator($"[href='{href}']")));
            Page.PathAndQuery().ShouldBe(href);
        }

        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }));

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
    }
}

public sealed class CouncilStaffJourneys(ServedApp app, Chromium chromium) : DemoUserJourneys(app, chromium)
{
    public static new TheoryData<string, string> Users => DemoHomePages.Of(Role.Caseworker, Role.Manager, Role.StrategicLead, Role.Administrator);
}

public sealed class FamilyJourneys(ServedApp app, Chromium chromium) : DemoUserJourneys(app, chromium)
{
    public static new TheoryData<string, string> Users => DemoHomePages.Of(Role.Parent, Role.YoungPerson);
}

public sealed class PartnerJourneys(ServedApp app, Chromium chromium) : DemoUserJourneys(app, chromium)
{
    public static new TheoryData<string, string> Users => DemoHomePages.Of(Role.Professional, Role.SettingStaff, Role.Provider);
}

public sealed class DemoUserJourneyCoverageTests
{
    [Fact]
    public void Every_demo_user_has_a_journey()
    {
        var journeys = new[] { CouncilStaffJourneys.Users, FamilyJourneys.Users, PartnerJourneys.Users }.SelectMany(users => users).Select(row => row.Data.Item1);

        journeys.ShouldBe(DemoUsers.All.Select(u => u.Email), ignoreOrder: true);
    }
}
