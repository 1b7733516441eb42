using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>Public pages: the layout, security headers, and the timescale planner without JavaScript.</summary>
[Collection(SqliteCollection.Name)]
public sealed class PagesTests(SqliteApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/timescales")]
    [InlineData("/accessibility")]
    [InlineData("/privacy")]
    [InlineData("/sign-in")]
    public async Task Public_pages_have_the_layout_and_a_skip_link(string path)
    {
        var document = await app.Browser().GetDocumentAsync(path);

        document.QuerySelector("a.govuk-skip-link")!.GetAttribute("href").ShouldBe("#main-content");
        document.QuerySelector("main#main-content").ShouldNotBeNull();
        document.QuerySelector(".govuk-phase-banner").ShouldNotBeNull();
        document.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ShouldContain("/accessibility");
        document.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ShouldContain("/privacy");
        document.QuerySelectorAll("h1").Length.ShouldBe(1);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_no_inline_script()
    {
        var response = await app.Browser().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        response.Headers.Contains("Server").ShouldBeFalse();
        var document = await response.ToDocumentAsync();
        document.QuerySelectorAll("script").ShouldAllBe(s => s.HasAttribute("src"));
        html.ShouldNotContain("style=");
    }

    [Fact]
    public async Task Outside_development_https_responses_carry_hsts_and_redirects_and_apis_carry_the_headers_too()
    {
        // HSTS is left off for localhost by ASP.NET Core, so ask as the council's own host name, over HTTPS.
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://send.northshire.example"), AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");

        var missing = await client.GetAsync("/work");
        missing.StatusCode.ShouldBe(HttpStatusCode.Redirect, "signed out, a staff page sends to sign-in");
        missing.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        missing.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        missing.Headers.Contains("Server").ShouldBeFalse();
        var api = await client.GetAsync("/openreferral/services");
        api.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        api.Headers.Contains("Server").ShouldBeFalse();
    }

    [Fact]
    public async Task The_planner_shows_the_statutory_dates_for_the_dates_entered()
    {
        var document = await app.Browser().GetDocumentAsync("/timescales?received.Day=5&received.Month=1&received.Year=2026&advice.Day=2&advice.Month=2&advice.Year=2026");

        var rows = document.QuerySelectorAll("tr[data-milestone]").ToDictionary(r => r.GetAttribute("data-milestone")!, r => r.QuerySelector("time")!);
        rows["decision-to-assess"].GetAttribute("datetime").ShouldBe("2026-02-16");
        rows["decision-to-assess"].TextContent.ShouldBe("Monday 16 February 2026");
        rows["advice"].GetAttribute("datetime").ShouldBe("2026-03-16");
        rows["decision-not-to-issue"].GetAttribute("datetime").ShouldBe("2026-04-27");
        rows["final-plan"].GetAttribute("datetime").ShouldBe("2026-05-25");
        rows.ContainsKey("draft-comments-close").ShouldBeFalse();
    }

    [Fact]
    public async Task The_planner_explains_an_impossible_date_and_links_to_the_field()
    {
        var response = await app.Browser().GetAsync("/timescales?received.Day=31&received.Month=2&received.Year=2026");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await response.ToDocumentAsync();
        document.Title!.ShouldStartWith("Error: ");
        var link = document.QuerySelector(".govuk-error-summary__list a")!;
        link.GetAttribute("href").ShouldBe("#requestReceived-day");
        link.TextContent.ShouldBe("The date the request was received must be a real date");
        document.QuerySelector("#requestReceived-day").ShouldNotBeNull();
        document.QuerySelector("tr[data-milestone]").ShouldBeNull();
    }

    [Fact]
    public async Task The_planner_names_the_missing_part_of_a_date()
    {
        var document = await app.Browser().GetDocumentAsync("/timescales?received.Day=5&received.Month=&received.Year=2026");

        document.QuerySelector(".govuk-error-summary__list a")!.TextContent.ShouldBe("The date the request was received must include a month");
    }

    [Fact]
    public async Task An_unknown_page_gets_a_404_page_once_signed_in_and_sign_in_before()
    {
        var anonymous = await app.Browser().GetAsync("/no-such-page");
        var signedIn = await (await app.SignedInAsync(Data.Seeding.DemoUsers.Board)).GetAsync("/no-such-page");

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect, "nothing about the site's pages is revealed before sign-in");
        signedIn.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await signedIn.ToDocumentAsync()).QuerySelector("h1")!.TextContent.ShouldBe("Page not found");
    }
}
