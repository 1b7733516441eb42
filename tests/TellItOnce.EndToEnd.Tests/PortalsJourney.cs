using Microsoft.Playwright;
using TellItOnce.Data.Seeding;
using static Microsoft.Playwright.Assertions;

namespace TellItOnce.EndToEnd.Tests;

/// <summary>
/// The portals' "done when", in a real browser with axe on every page: a parent asks for an assessment one question a
/// page; the caseworker agrees to assess and asks the educational psychologist; the psychologist submits advice in the
/// advice portal; the parent sees it arrive and reads the email in the demo mailbox; the parent comments on a draft
/// plan; the SENCO records SEN support and hosts an annual review (contributions, each outcome, the late report);
/// another parent can open none of it.
/// </summary>
public sealed class PortalsJourney : BrowserTest
{
    private readonly string _mailFolder;

    public PortalsJourney(ServedApp app, Chromium chromium)
        : base(app, chromium) => _mailFolder = app.MailFolder;

    private Task ClickAsync(string name) => Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Link, new() { Name = name }).Or(Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true })).First);

    private async Task FillDateAsync(string id, int day, int month, int year)
    {
        await Page.Locator($"#{id}-day").FillAsync(day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator($"#{id}-month").FillAsync(month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator($"#{id}-year").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task SignOutAsync() =>
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }));

    /// <summary>Waits for the outbox worker to write an email with this subject to the demo mailbox, and returns its text.</summary>
    private async Task<string> EmailAsync(string subject)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var found = Directory.Exists(_mailFolder)
                ? Directory.GetFiles(_mailFolder, "*.eml").Select(f => File.ReadAllText(f)).FirstOrDefault(t => t.Contains($"Subject: {subject}", StringComparison.Ordinal))
                : null;
            if (found is not null)
            {
                return found;
            }

            waited.Elapsed.ShouldBeLessThan(Chromium.Timeout, $"no email \"{subject}\" in {_mailFolder}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_family_asks_for_an_assessment_advice_arrives_through_the_portal_and_nobody_else_can_see_it()
    {
        var family = $"Portal{Guid.NewGuid():N}"[..14];

        // The parent asks for an assessment, one question a page, then checks and sends.
        await Page.SignInAsync(DemoUsers.Parent);
        await ClickAsync("Ask for an EHC needs assessment");
        await ClickAsync("Start a new request");
        await Page.GetByLabel("Someone else").CheckAsync();
        await ClickAsync("Save and continue");
        await Page.GetByLabel("First name").FillAsync("Ivy");
        await Page.GetByLabel("Last name").FillAsync(family);
        await ClickAsync("Save and continue");
        await ClickAsync("Save and continue");
        await Expect(Page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter");
        await FillDateAsync("dateOfBirth", 4, 5, 2018);
        await ClickAsync("Save and continue");
        await Page.GetByLabel("All about Ivy").FillAsync("Ivy loves dancing and dinosaurs. Noise is hard for her.");
        await ClickAsync("Save and continue");
        await Page.GetByLabel("What are you worried about for Ivy?").FillAsync("She is not talking at school and is very anxious.");
        await ClickAsync("Save and continue");
        await Page.GetByLabel("What help has Ivy had so far?").FillAsync("A term of small-group support at school.");
        await ClickAsync("Save and continue");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Check your answers before sending your request");
        await ClickAsync("Send the request");
        await Expect(Page.Locator("#where")).ToHaveTextAsync("The council has received the request for an assessment");
        var caseId = Page.PathAndQuery().Split('/')[3];
        await SignOutAsync();

        // The caseworker (the family's own) opens it, agrees to assess and asks the educational psychology service.
        await Page.SignInAsync(DemoUsers.Caseworker);
        await Page.VisitAsync($"/cases/{caseId}");
        await Expect(Page.Locator("h1")).ToHaveTextAsync($"Ivy {family}");
        await ClickAsync("Record the decision whether to assess");
        await Page.GetByLabel("Yes, assess").CheckAsync();
        await FillDateAsync("decidedOn", 2, 3, 2026);
        await ClickAsync("Save the decision");
        await ClickAsync("Request advice");
        await Page.GetByLabel("Northshire Educational Psychology Service").CheckAsync();
        await FillDateAsync("requestedOn", 2, 3, 2026);
        await ClickAsync("Request advice");
        await SignOutAsync();

        // The educational psychologist answers in the advice portal.
        await Page.SignInAsync(DemoUsers.EducationalPsychologist);
        var row = Page.Locator("tbody tr").Filter(new() { HasText = $"Ivy {family}" });
        await Page.ClickAndLoadAsync(row.GetByRole(AriaRole.Link));
        await Page.GetByLabel("Needs", new() { Exact = true }).FillAsync("Selective mutism and high anxiety in busy places.");
        await ClickAsync("Save as draft");
        await Expect(Page.GetByLabel("Needs", new() { Exact = true })).ToHaveValueAsync("Selective mutism and high anxiety in busy places.");
        await Page.GetByLabel("Outcomes", new() { Exact = true }).FillAsync("Speaks to one trusted adult at school by July.");
        await Page.GetByLabel("Provision", new() { Exact = true }).FillAsync("Daily key-adult time; small-group work twice a week.");
        await ClickAsync("Submit advice");
        await Expect(Page.Locator("#received")).ToContainTextAsync("2 March 2026");
        await SignOutAsync();

        // The parent sees the advice has arrived, and the email in the demo mailbox says what changed.
        await Page.SignInAsync(DemoUsers.Parent);
        await Page.VisitAsync($"/family/cases/{caseId}");
        await Expect(Page.Locator("#advice")).ToContainTextAsync("Yes, 2 Mar 2026");
        var email = await EmailAsync("Advice has arrived for Ivy's assessment");
        email.ShouldContain("To: parent@northshire.example");
        email.ShouldContain($"/family/cases/{caseId}");
        email.ShouldNotContain(family);
        await ClickAsync("Notifications");
        await Expect(Page.Locator("main")).ToContainTextAsync("Advice has arrived for Ivy's assessment");

        // The parent comments on Maisie's draft plan within the 15 days.
        await ClickAsync("My children");
        await ClickAsync("See Maisie's progress, plan and messages");
        await ClickAsync("Read the draft plan and comment on it");
        await Page.GetByLabel("Your comment on section B").FillAsync("Maisie also finds lunchtimes very hard.");
        await ClickAsync("Send comment on section B");
        await Expect(Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your comment on section B has been sent");
        var maisieDraft = Page.PathAndQuery();
        await SignOutAsync();

        // The SENCO records a cycle of SEN support for a pupil without a plan.
        await Page.SignInAsync(DemoUsers.Senco);
        await ClickAsync("Leo Fairbairn");
        await Page.GetByLabel("Needs (assess)").FillAsync("Finds phonics hard; slow to start written work.");
        await Page.GetByLabel("Provision (plan and do)").FillAsync("Daily 10-minute phonics catch-up with a teaching assistant.");
        await Page.GetByLabel("Outcomes sought").FillAsync("Reads phase 3 words by half term.");
        await FillDateAsync("reviewOn", 1, 5, 2026);
        await ClickAsync("Record SEN support");
        await Expect(Page.Locator(".govuk-notification-banner")).ToContainTextAsync("SEN support recorded");

        // The SENCO hosts Poppy's annual review: the psychologist's contribution has arrived, the meeting was 16 days
        // ago so the report to the council is 2 days late; she records each outcome and sends the report.
        await Page.VisitAsync("/setting");
        await ClickAsync("Poppy Ashdown");
        await Page.ClickAndLoadAsync(Page.Locator("#review-link"));
        await Expect(Page.Locator("#contributions")).ToContainTextAsync("reading age has risen");
        await Expect(Page.Locator("#report-due")).ToContainTextAsync("late by 2 days");
        await ClickAsync("Send the report");
        await Expect(Page.Locator(".govuk-error-summary")).ToContainTextAsync("Record what the meeting found");
        await Page.Locator("#outcome-0").CheckAsync();
        await Page.Locator("#outcome-1-PartlyMet").CheckAsync();
        await ClickAsync("Record the meeting");
        await Expect(Page.Locator("#outcome-results")).ToContainTextAsync("Partly met");
        await ClickAsync("Send the report");
        await Expect(Page.Locator("#report-due")).ToContainTextAsync("(late by 2 days)");
        await SignOutAsync();

        // Another parent reaches none of it, by any address.
        await Page.SignInAsync(DemoUsers.Parent2);
        await Page.VisitAsync($"/family/cases/{caseId}", status: 404);
        await Page.VisitAsync($"/family/cases/{caseId}/messages", status: 404);
        await Page.VisitAsync(maisieDraft, status: 404);
        await Page.VisitAsync("/family");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(family);
    }
}
