using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using TellItOnce.Data.Seeding;
using static Microsoft.Playwright.Assertions;

namespace TellItOnce.EndToEnd.Tests;

/// <summary>
/// Governance's "done when", in a real browser with axe on every page: the board member reads the action plan and the
/// risk heat map, runs the board report and downloads its PDF, whose pages are rendered to images (poppler's pdftoppm)
/// and checked; then a parent answers the satisfaction survey in the portal and the scorecard indicator it feeds moves.
/// </summary>
public sealed class BoardJourney(ServedApp app, Chromium chromium) : BrowserTest(app, chromium)
{
    private const string SurveyIndicator = GovernanceSeeder.InvolvedIndicator;

    private Task SignOutAsync() =>
        Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }));

    private async Task<string> IndicatorLatestAsync()
    {
        await Page.VisitAsync("/outcomes");
        return (await Page.Locator("tr", new() { Has = Page.GetByText(SurveyIndicator, new() { Exact = true }) }).Locator("[data-latest]").InnerTextAsync()).Trim();
    }

    [Fact]
    public async Task The_board_reads_the_plan_and_risks_renders_the_board_report_PDF_and_sees_a_parents_survey_answer_move_the_scorecard()
    {
        await Page.SignInAsync(DemoUsers.Board);
        await Page.VisitAsync("/strategy");
        await Expect(Page.Locator("[data-flag=overdue]").First).ToBeVisibleAsync();
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Navigation, new() { Name = "Governance" }).GetByRole(AriaRole.Link, new() { Name = "Risks" }));
        await Expect(Page.Locator("svg[role=img]").First).ToBeVisibleAsync();
        await Expect(Page.Locator("#risk-table tbody tr").First).ToBeVisibleAsync();

        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Navigation, new() { Name = "Governance" }).GetByRole(AriaRole.Link, new() { Name = "Board report" }));
        await Expect(Page.Locator("#report-title")).ToContainTextAsync("January to February 2026");
        var pdfUrl = await Page.Locator("#pdf-link").GetAttributeAsync("href");
        var download = await Page.Context.APIRequest.GetAsync(pdfUrl!);
        download.Status.ShouldBe(200);
        download.Headers["content-type"].ShouldBe("application/pdf");
        var pages = Render(await download.BodyAsync());
        pages.Count.ShouldBeGreaterThan(0);
        foreach (var (number, ink) in pages)
        {
            ink.ShouldBeGreaterThan(0.002, $"page {number} of the PDF has something printed on it");
        }

        var before = await IndicatorLatestAsync();
        await SignOutAsync();

        await Page.SignInAsync(DemoUsers.Parent);
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Surveys" }).First);
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Link, new() { Name = GovernanceSeeder.ParentSurvey }));
        await Page.Locator("input[type=radio]").First.CheckAsync();
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Yes, fully" }).CheckAsync();
        await Page.ClickAndLoadAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Send answers" }));
        await Expect(Page.Locator("h1")).ToContainTextAsync("Thank you");
        await SignOutAsync();

        await Page.SignInAsync(DemoUsers.Board);
        (await IndicatorLatestAsync()).ShouldNotBe(before, "the parent's answer counts in the indicator the survey feeds");
    }

    /// <summary>
    /// Renders each page with pdftoppm (to PPM, which needs no image library to read) and returns, for each page, the share
    /// of its pixels that are not white. The page count must match what pdfinfo reads from the file.
    /// </summary>
    private static List<(int Page, double Ink)> Render(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("tellitonce-board-report-");
        try
        {
            var file = Path.Combine(folder.FullName, "report.pdf");
            File.WriteAllBytes(file, pdf);
            var info = Run("pdfinfo", file);
            var count = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
            Run("pdftoppm", "-r", "50", file, Path.Combine(folder.FullName, "page"));
            var images = Directory.GetFiles(folder.FullName, "page-*.ppm").Order(StringComparer.Ordinal).ToList();
            images.Count.ShouldBe(count, "every page rendered");
            return [.. images.Select((image, i) => (i + 1, InkShare(File.ReadAllBytes(image))))];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static double InkShare(byte[] ppm)
    {
        // P6 header: "P6", width, height, maximum value, each separated by white space, then one white space and the pixels.
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)ppm[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)ppm[position]))
            {
                position++;
            }

            return System.Text.Encoding.ASCII.GetString(ppm, start, position - start);
        }

        Token().ShouldBe("P6");
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        Token().ShouldBe("255");
        position++;
        var inked = 0;
        for (var p = position; p + 2 < ppm.Length; p += 3)
        {
            if (ppm[p] < 200 || ppm[p + 1] < 200 || ppm[p + 2] < 200)
            {
                inked++;
            }
        }

        return (double)inked / (width * height);
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{program}: {error}");
        return output;
    }
}
