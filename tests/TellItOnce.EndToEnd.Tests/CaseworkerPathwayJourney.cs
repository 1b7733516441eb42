using Microsoft.Playwright;
using TellItOnce.Data.Seeding;
using static Microsoft.Playwright.Assertions;

namespace TellItOnce.EndToEnd.Tests;

/// <summary>
/// In a real browser, a caseworker takes a new request through decision, advice, plan writing, draft, the family's
/// comments and the final plan, then runs an annual review that amends the plan; the deadlines on the case page match
/// the statutory timeline at each step, and axe checks every page on the way. The test clock is Monday 2 March 2026.
/// </summary>
public sealed class CaseworkerPathwayJourney(ServedApp app, Chromium chromium) : BrowserTest(app, chromium)
{
    private async Task FillDateAsync(string id, int day, int month, int year)
    {
        await Page.Locator($"#{id}-day").FillAsync(day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator($"#{id}-month").FillAsync(month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator($"#{id}-year").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private Task ClickAsync(string name) => Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Link, new() { Name = name }).Or(Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true })).First);

    private async Task<string?> DueAsync(string milestone) =>
        await Page.Locator($"#timeline tr[data-milestone={milestone}] time").First.GetAttributeAsync("datetime");

    [Fact]
    public async Task A_caseworker_takes_a_new_request_to_a_final_plan_and_amends_it_at_review()
    {
        var family = $"Journey{Guid.NewGuid():N}"[..13];
        await Page.SignInAsync(DemoUsers.Caseworker);
        await ClickAsync("Record a new request");
        await Page.GetByLabel("First name").FillAsync("Rosa");
        await Page.GetByLabel("Last name").FillAsync(family);
        await FillDateAsync("dateOfBirth", 14, 6, 2019);
        await Page.GetByLabel("All about me (optional)").FillAsync("Rosa loves painting and the swings.");
        await Page.GetByLabel("A parent or carer").CheckAsync();
        await FillDateAsync("received", 19, 1, 2026);
        await ClickAsync("Record the request");

        await Expect(Page.Locator("h1")).ToHaveTextAsync($"Rosa {family}");
        (await DueAsync("decision-to-assess")).ShouldBe("2026-03-02"); // 19 January + 6 weeks
        (await DueAsync("final-plan")).ShouldBe("2026-06-08");         // 19 January + 20 weeks

        await ClickAsync("Record the decision whether to assess");
        await Page.GetByLabel("Yes, assess").CheckAsync();
        await FillDateAsync("decidedOn", 2, 3, 2026);
        await ClickAsync("Save the decision");
        await Expect(Page.Locator("#stage")).ToHaveTextAsync("Assessing");

        await ClickAsync("Request advice");
        await Page.GetByLabel("Northshire Educational Psychology Service").CheckAsync();
        await FillDateAsync("requestedOn", 2, 3, 2026);
        await ClickAsync("Request advice");
        (await Page.Locator("#advice tbody tr time").First.GetAttributeAsync("datetime")).ShouldBe("2026-04-13"); // + 6 weeks

        await Page.ClickAndLoadAsync(Page.Locator("#advice").GetByRole(AriaRole.Link, new() { NameRegex = new("^Record received") }));
        await FillDateAsync("receivedOn", 2, 3, 2026);
        await Page.GetByLabel("The advice (optional)").FillAsync("Rosa needs visual supports and a quiet space.");
        await ClickAsync("Save");

        await ClickAsync("The EHC plan: write it, see its versions");
        await ClickAsync("Start writing the plan");
        await Expect(Page.GetByLabel("A. Views, interests and aspirations")).ToHaveValueAsync("Rosa loves painting and the swings.");
        await Page.GetByLabel("Outcome", new() { Exact = true }).FillAsync("Join in a small-group activity for 10 minutes");
        await Page.GetByLabel("By when").FillAsync("By the end of Reception");
        await ClickAsync("Add outcome");
        await Page.GetByLabel("Section").SelectOptionAsync("F");
        await Page.GetByLabel("What", new() { Exact = true }).FillAsync("Visual timetable and a quiet workspace");
        await Page.GetByLabel("Who provides it").FillAsync("Class teacher");
        await Page.GetByLabel("How often").FillAsync("Every day");
        await ClickAsync("Add provision");
        await ClickAsync("Back to the case");

        await ClickAsync("Record that the draft plan was sent");
        await FillDateAsync("issuedOn", 2, 3, 2026);
        await ClickAsync("Save");
        (await DueAsync("draft-comments-close")).ShouldBe("2026-03-16"); // 15 days beginning with 2 March

        await ClickAsync("Consult a school, college or other setting");
        await Page.GetByLabel("Setting", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Northby Primary School" });
        await Page.GetByLabel("This is the setting the family asked for").CheckAsync();
        await FillDateAsync("sentOn", 2, 3, 2026);
        await ClickAsync("Consult the setting");
        (await Page.Locator("#consultations tbody tr time").GetAttributeAsync("datetime")).ShouldBe("2026-03-17"); // 15 days to answer
        await Page.ClickAndLoadAsync(Page.Locator("#consultations").GetByRole(AriaRole.Link, new() { NameRegex = new("^Record the answer") }));
        await Page.GetByLabel("Yes, it can meet the needs").CheckAsync();
        await FillDateAsync("answeredOn", 2, 3, 2026);
        await ClickAsync("Save");
        await Expect(Page.Locator("#consultations tbody tr")).ToContainTextAsync("Can meet the needs");

        await ClickAsync("The family have no more comments on the draft");
        await ClickAsync("Record that the final plan was issued");
        await FillDateAsync("issuedOn", 2, 3, 2026);
        await ClickAsync("Save");
        await Expect(Page.Locator("#stage")).ToHaveTextAsync("Plan issued");
        (await Page.Locator("#next-deadline time").GetAttributeAsync("datetime")).ShouldBe("2027-03-02"); // annual review, 12 months

        await ClickAsync("Schedule the annual review");
        await FillDateAsync("invitationsSentOn", 2, 3, 2026);
        await FillDateAsync("meetingOn", 1, 3, 2026);
        await ClickAsync("Schedule the review");
        await Expect(Page.Locator(".govuk-error-summary")).ToContainTextAsync("at least 2 weeks after the invitations");
        await FillDateAsync("meetingOn", 16, 3, 2026);
        await ClickAsync("Schedule the review");
        await Expect(Page.Locator("#stage")).ToHaveTextAsync("In annual review");
        (await DueAsync("review-decision")).ShouldBe("2026-04-13"); // 4 weeks after the meeting

        // That meeting is still to come, so the review's findings and the amendment are recorded on a demo plan whose
        // review meeting has happened: progress towards each outcome, then the decision to amend.
        await Page.VisitAsync("/work?Stage=InAnnualReview");
        var reviewed = (await Page.Locator("tbody tr a").First.TextContentAsync())!.Trim();
        await Page.ClickAndLoadAsync(Page.Locator("tbody tr a").First);
        await ClickAsync("Record progress towards the plan's outcomes");
        await ClickAsync("Save");
        await Expect(Page.Locator(".govuk-error-summary")).ToContainTextAsync("was met, partly met or not met");
        await Page.Locator("#outcome-0-Met").CheckAsync();
        await Page.Locator("#outcome-1-PartlyMet").CheckAsync();
        await Page.Locator("#comment-1").FillAsync("Joins in with adult support");
        await ClickAsync("Save");
        await Expect(Page.Locator("#outcome-results")).ToContainTextAsync("Partly met");
        await ClickAsync("Record the decision after the review");
        await Page.GetByLabel("Amend the plan").CheckAsync();
        await FillDateAsync("decidedOn", 2, 3, 2026);
        await ClickAsync("Record the decision");
        (await DueAsync("amendment-comments-close")).ShouldBe("2026-03-16"); // 15 days beginning with 2 March
        (await DueAsync("amended-plan")).ShouldBe("2026-04-27");             // 8 weeks after the proposed amendments

        // The manager sees the case in the team's view.
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
        await Page.SignInAsync(DemoUsers.Manager);
        await Page.VisitAsync("/work?Stage=InAnnualReview");
        await Expect(Page.Locator("tbody")).ToContainTextAsync(reviewed);
    }

    [Fact]
    public async Task A_manager_sees_the_team_s_cases_and_the_review_backlog()
    {
        await Page.SignInAsync(DemoUsers.Manager);

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Team caseload");
        await Expect(Page.Locator("#review-backlog")).ToBeVisibleAsync();
        await ClickAsync("Cases");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Team cases");
        await Page.GetByLabel("Only cases with an overdue deadline").CheckAsync();
        await ClickAsync("Apply filters");
        await Expect(Page.Locator("tbody tr").First).ToContainTextAsync("Overdue by");
        await Page.ClickAndLoadAsync(Page.Locator("tbody tr a").First);
        await Expect(Page.Locator("#timeline")).ToBeVisibleAsync();
    }
}
