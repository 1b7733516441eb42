using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.People;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests.Identity;

/// <summary>Staff and family sign-in: OpenID Connect, two-factor, idle timeout, signing out everywhere, disabling, password reset.</summary>
public abstract class IdentityTests(TellItOnceApp app)
{
    /// <summary>The same app and database with other settings (they are read at start-up).</summary>
    private WebApplicationFactory<Program> With(params (string Key, string Value)[] settings) =>
        app.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });

    private static HttpClient Browser(WebApplicationFactory<Program> factory, string baseAddress = "http://localhost") =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });

    private static string Path(HttpResponseMessage response) => response.Headers.Location!.IsAbsoluteUri
        ? response.Headers.Location.PathAndQuery
        : response.Headers.Location.OriginalString;

    [Fact]
    public async Task Staff_sign_in_through_the_councils_identity_provider_with_roles_from_its_groups_and_unmapped_people_are_refused()
    {
        await using var provider = await TestOidcProvider.StartAsync();
        await using var factory = With(
            ("Identity:Oidc:Authority", provider.Issuer),
            ("Identity:Oidc:ClientId", TestOidcProvider.ClientId),
            ("Identity:Oidc:ClientSecret", TestOidcProvider.ClientSecret),
            ("Identity:Oidc:RequireHttpsMetadata", "false"),
            ("Identity:Oidc:Roles:SEND-Caseworkers", "Caseworker"),
            ("Identity:Oidc:Roles:Parents", "Parent"),
            ("Identity:RequireStaffMfa", "true"));
        var id = Guid.NewGuid().ToString("N");

        var signInPage = await Browser(factory).GetDocumentAsync("/sign-in");
        signInPage.QuerySelector("a[href^='/sign-in/oidc']")!.TextContent.Trim().ShouldBe("Sign in with your council account");

        provider.NextUser = new OidcTestUser($"sub-{id}", $"oidc-{id}@northshire.gov.example", "Priya Council", ["SEND-Caseworkers", "Everyone"], DemoAreaSeeder.AreaSlug);
        var browser = Browser(factory, "https://localhost");
        var landed = await SignInThroughProviderAsync(browser, provider);
        Path(landed).ShouldBe("/sign-in");
        var home = await browser.GetAsync("/sign-in");
        Path(home).ShouldBe("/work", "the provider's group maps to Caseworker; the provider did its own second factor");
        (await browser.GetAsync("/work")).StatusCode.ShouldBe(HttpStatusCode.OK);
        provider.TokensIssued.ShouldBe(1);
        var (hasPassword, logins) = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == $"oidc-{id}@northshire.gov.example");
            return (user.PasswordHash is not null, await db.UserLogins.CountAsync(l => l.UserId == user.Id && l.LoginProvider == "oidc"));
        });
        hasPassword.ShouldBeFalse();
        logins.ShouldBe(1);

        // A group that maps to nothing (or only to a family role) gives no session.
        provider.NextUser = new OidcTestUser($"sub-other-{id}", $"other-{id}@northshire.gov.example", "Someone Else", ["Parents", "Everyone"], DemoAreaSeeder.AreaSlug);
        var refused = Browser(factory, "https://localhost");
        Path(await SignInThroughProviderAsync(refused, provider)).ShouldBe("/access-denied");
        Path(await refused.GetAsync("/work")).ShouldStartWith("/sign-in");
    }

    private static async Task<HttpResponseMessage> SignInThroughProviderAsync(HttpClient browser, TestOidcProvider provider)
    {
        var challenge = await browser.GetAsync("/sign-in/oidc");
        challenge.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        challenge.Headers.Location!.ToString().ShouldStartWith($"{provider.Issuer}/authorize");
        using var toProvider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var authorized = await toProvider.GetAsync(challenge.Headers.Location);
        authorized.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var callback = authorized.Headers.Location!;
        callback.AbsolutePath.ShouldBe("/signin-oidc");
        var back = await browser.GetAsync(callback.PathAndQuery);
        back.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return back;
    }

    [Fact]
    public async Task When_required_a_local_staff_account_sets_up_an_authenticator_and_then_needs_a_code_or_a_recovery_code()
    {
        await using var factory = With(("Identity:RequireStaffMfa", "true"));
        var email = $"mfa-{Guid.NewGuid():N}@northshire.example";
        await app.CreateUserAsync(email, Role.Caseworker);

        var browser = Browser(factory);
        var signedIn = await TellItOnceApp.SignInAsync(browser, email, DemoUsers.Password);
        Path(signedIn).ShouldBe("/account/two-factor");
        Path(await browser.GetAsync("/work")).ShouldBe("/account/two-factor", "nothing else opens until the second factor is set up");
        var setup = await browser.GetFormAsync("/account/two-factor");
        setup.Document.QuerySelector("img[src^='data:image/png;base64,']").ShouldNotBeNull("the key as a QR code");
        var key = setup.Document.QuerySelector(".app-authenticator-key")!.TextContent;

        var wrong = await browser.PostAsync("/account/two-factor", Form(setup.Token, ("Code", "000000")));
        (await wrong.ToDocumentAsync()).QuerySelector(".govuk-error-summary a[href='#code']").ShouldNotBeNull(wrong.StatusCode + await wrong.Content.ReadAsStringAsync());
        var enabled = await browser.PostAsync("/account/two-factor", Form(setup.Token, ("Code", Totp.Code(key))));
        var codes = (await enabled.ToDocumentAsync()).QuerySelectorAll(".app-recovery-codes code").Select(c => c.TextContent).ToList();
        codes.Count.ShouldBe(10);
        (await browser.GetAsync("/work")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Next time: password, then a code.
        var again = Browser(factory);
        Path(await TellItOnceApp.SignInAsync(again, email, DemoUsers.Password)).ShouldStartWith("/sign-in/two-factor");
        Path(await again.GetAsync("/work")).ShouldStartWith("/sign-in", customMessage: "the password alone opens nothing");
        var codeForm = await again.GetFormAsync("/sign-in/two-factor");
        (await again.PostAsync("/sign-in/two-factor", Form(codeForm.Token, ("Code", "123-wrong")))).StatusCode.ShouldBe(HttpStatusCode.OK);
        Path(await again.PostAsync("/sign-in/two-factor", Form(codeForm.Token, ("Code", codes[0])))).ShouldBe("/work");

        // A recovery code works once.
        var thief = Browser(factory);
        await TellItOnceApp.SignInAsync(thief, email, DemoUsers.Password);
        var thiefForm = await thief.GetFormAsync("/sign-in/two-factor");
        (await thief.PostAsync("/sign-in/two-factor", Form(thiefForm.Token, ("Code", codes[0])))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Families are not made to, but may.
        var parent = Browser(factory);
        Path(await TellItOnceApp.SignInAsync(parent, DemoUsers.Parent2, DemoUsers.Password)).ShouldBe("/family");
        (await parent.GetDocumentAsync("/account")).QuerySelector("a[href='/account/two-factor']")!.TextContent.ShouldContain("Set up");
    }

    [Fact]
    public async Task A_staff_session_ends_after_30_idle_minutes_and_each_request_restarts_the_clock()
    {
        var staff = await app.SignedInAsync(DemoUsers.Caseworker);
        var family = await app.SignedInAsync(DemoUsers.Parent);
        var page = await staff.GetDocumentAsync("/work");
        page.QuerySelector("dialog#session-timeout")!.GetAttribute("data-session-timeout").ShouldBe("1800", "the GOV.UK timeout warning, opened by a script file");
        (await family.GetDocumentAsync("/family")).QuerySelector("dialog#session-timeout").ShouldBeNull();
        try
        {
            app.Clock.AdvanceMinutes(29);
            (await staff.GetAsync("/work")).StatusCode.ShouldBe(HttpStatusCode.OK);
            app.Clock.AdvanceMinutes(29);
            (await staff.GetAsync("/work")).StatusCode.ShouldBe(HttpStatusCode.OK, "the request at 29 minutes restarted the clock");
            app.Clock.AdvanceMinutes(31);
            Path(await staff.GetAsync("/work")).ShouldStartWith("/sign-in");
            (await family.GetAsync("/family")).StatusCode.ShouldBe(HttpStatusCode.OK, "a family's session lasts longer");
        }
        finally
        {
            app.Clock.Reset(TellItOnceApp.Now);
        }
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_the_account()
    {
        var email = $"everywhere-{Guid.NewGuid():N}@northshire.example";
        await app.CreateUserAsync(email, Role.Caseworker);
        var laptop = await app.SignedInAsync(email);
        var phone = await app.SignedInAsync(email);
        var other = await app.SignedInAsync(DemoUsers.Caseworker);

        var form = await laptop.GetFormAsync("/account");
        (await laptop.PostAsync("/account?handler=SignOutEverywhere", Form(form.Token))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Path(await phone.GetAsync("/work")).ShouldStartWith("/sign-in");
        Path(await laptop.GetAsync("/work")).ShouldStartWith("/sign-in");
        (await other.GetAsync("/work")).StatusCode.ShouldBe(HttpStatusCode.OK, "other people's sessions carry on");
        (await app.SignedInAsync(email)).ShouldNotBeNull("the account can sign in again");
    }

    [Fact]
    public async Task An_administrator_disables_an_account_its_session_ends_at_once_and_the_audit_trail_keeps_its_name()
    {
        var email = $"leaver-{Guid.NewGuid():N}@northshire.example";
        var userId = await app.CreateUserAsync(email, Role.Manager);
        var leaver = await app.SignedInAsync(email);
        var audit = await leaver.GetDocumentAsync("/audit");
        audit.QuerySelector("h1")!.TextContent.ShouldBe("Audit trail");
        var (caseId, _, _) = await TestRecords.AssessingCaseAsync(app, givenName: "Leaver");
        await app.WithDbAsync(async db =>
        {
            db.UseAuditContext(new UserAudit(userId, app.Clock.GetCurrentInstant()));
            var c = await db.Cases.SingleAsync(k => k.Id == caseId);
            c.CaseworkerId = userId;
            return await db.SaveChangesAsync();
        });

        var admin = await app.SignedInAsync(DemoUsers.Admin);
        var page = await admin.GetFormAsync("/admin");
        page.Document.QuerySelector($"form[action*='{userId}'] button")!.TextContent.ShouldStartWith("Disable");
        (await admin.PostAsync($"/admin?handler=Disable&id={userId}", Form(page.Token))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Path(await leaver.GetAsync("/audit")).ShouldStartWith("/sign-in", customMessage: "the session ends at its next request");
        (await TellItOnceApp.SignInAsync(app.Browser(), email, DemoUsers.Password)).StatusCode.ShouldBe(HttpStatusCode.OK, "and it cannot sign in");
        var manager = await app.SignedInAsync(DemoUsers.Manager);
        var rows = (await manager.GetDocumentAsync($"/audit?type=EhcCase")).QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim());
        rows.ShouldContain("Test user", "what they did stays attributed to them");
        (await admin.GetDocumentAsync("/admin")).QuerySelector($"form[action*='{userId}'] button")!.TextContent.ShouldStartWith("Enable");

        // An administrator cannot disable someone outside their areas, nor themselves.
        var self = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Admin).Select(u => u.Id).SingleAsync());
        (await admin.PostAsync($"/admin?handler=Disable&id={self}", Form(page.Token))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsync($"/admin?handler=Disable&id={Guid.NewGuid()}", Form(page.Token))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var caseworker = await app.SignedInAsync(DemoUsers.Caseworker);
        Path(await caseworker.PostAsync($"/admin?handler=Disable&id={userId}", Form((await caseworker.GetFormAsync("/work")).Token))).ShouldStartWith("/access-denied");
    }

    [Fact]
    public async Task A_password_reset_link_is_emailed_only_to_a_real_account_and_the_page_says_the_same_either_way()
    {
        var email = $"forgetful-{Guid.NewGuid():N}@northshire.example";
        await app.CreateUserAsync(email, Role.Parent);
        var before = app.Mail.Sent.Count;
        var session = await app.SignedInAsync(email);

        var known = await PostAsync(app.Browser(), "/account/forgot-password", ("Email", email));
        var stranger = $"nobody-{Guid.NewGuid():N}@northshire.example";
        var unknown = await PostAsync(app.Browser(), "/account/forgot-password", ("Email", stranger));
        Text(await known.ToDocumentAsync()).Replace(email, "X", StringComparison.Ordinal)
            .ShouldBe(Text(await unknown.ToDocumentAsync()).Replace(stranger, "X", StringComparison.Ordinal));
        var mails = app.Mail.Sent.Skip(before).ToList();
        mails.Count.ShouldBe(1);
        mails[0].To.ShouldBe(email);
        var link = new Uri(mails[0].Body.Split('\n').Single(l => l.Contains("/account/reset-password", StringComparison.Ordinal)).Trim());

        var browser = app.Browser();
        var tampered = await PostAsync(browser, link.PathAndQuery.Replace("code=", "code=x", StringComparison.Ordinal), ("Password", "A-new-password-2"));
        Text(await tampered.ToDocumentAsync()).ShouldContain("The link has expired");
        var reset = await PostAsync(browser, link.PathAndQuery, ("Password", "A-new-password-2"));
        (await reset.ToDocumentAsync()).QuerySelector("h1")!.TextContent.ShouldBe("Your password has been changed");
        Path(await session.GetAsync("/family")).ShouldStartWith("/sign-in", customMessage: "a reset ends the old sessions");
        (await TellItOnceApp.SignInAsync(app.Browser(), email, "A-new-password-2")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reused = await PostAsync(app.Browser(), link.PathAndQuery, ("Password", "A-third-password-3"));
        Text(await reused.ToDocumentAsync()).ShouldContain("The link has expired", customMessage: "a link works once");
    }

    [Fact]
    public async Task A_family_registers_confirms_their_email_and_signs_in_and_a_known_address_reveals_nothing()
    {
        var email = $"newparent-{Guid.NewGuid():N}@example.org";
        var before = app.Mail.Sent.Count;

        var registered = await PostAsync(app.Browser(), "/account/register", ("Name", "Pat Example"), ("Email", email), ("Password", "Family-password-1"));
        var existing = await PostAsync(app.Browser(), "/account/register", ("Name", "Pat Example"), ("Email", DemoUsers.Parent), ("Password", "Family-password-1"));
        (await registered.ToDocumentAsync()).QuerySelector("h1")!.TextContent.ShouldBe("Check your email");
        (await existing.ToDocumentAsync()).QuerySelector("h1")!.TextContent.ShouldBe("Check your email");
        var mails = app.Mail.Sent.Skip(before).ToList();
        mails.Select(m => m.To).ShouldBe([email, DemoUsers.Parent]);
        mails[1].Subject.ShouldBe("You already have a TellItOnce account");

        var unconfirmed = await TellItOnceApp.SignInAsync(app.Browser(), email, "Family-password-1");
        Text(await unconfirmed.ToDocumentAsync()).ShouldContain("Confirm your email address first");
        var link = new Uri(mails[0].Body.Split('\n').Single(l => l.Contains("/account/confirm-email", StringComparison.Ordinal)).Trim());
        (await app.Browser().GetDocumentAsync(link.PathAndQuery.Replace("code=", "code=x", StringComparison.Ordinal))).QuerySelector("h1")!.TextContent.ShouldBe("The link has not worked");
        (await app.Browser().GetDocumentAsync(link.PathAndQuery)).QuerySelector("h1")!.TextContent.ShouldBe("Your email address is confirmed");
        (await TellItOnceApp.SignInAsync(app.Browser(), email, "Family-password-1")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string, string)[] fields)
    {
        var form = await client.GetFormAsync(url);
        return await client.PostAsync(url, Form(form.Token, fields));
    }

    private static string Text(AngleSharp.Html.Dom.IHtmlDocument document) => document.QuerySelector("main")!.TextContent.Trim();

    private sealed record UserAudit(Guid? UserId, NodaTime.Instant Now) : Data.Auditing.IAuditContext
    {
        public string? Reason => null;
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
}

[Collection(SqliteCollection.Name)]
public sealed class IdentityOnSqlite(SqliteApp app) : IdentityTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IdentityOnPostgres : IdentityTests
{
    public IdentityOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
