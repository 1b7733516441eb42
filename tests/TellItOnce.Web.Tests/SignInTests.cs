using System.Net;
using TellItOnce.Data.Seeding;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

public abstract class SignInTests(TellItOnceApp app)
{
    [Theory]
    [MemberData(nameof(DemoHomePages.All), MemberType = typeof(DemoHomePages))]
    public async Task Each_demo_user_signs_in_and_lands_on_their_own_home_page(string email, string home)
    {
        var client = app.Browser();

        var response = await TellItOnceApp.SignInAsync(client, email, DemoUsers.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(home);
        var page = await client.GetAsync(home);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_sign_in_form_has_the_labelled_fields_of_the_GOV_UK_pattern()
    {
        var document = await app.Browser().GetDocumentAsync("/sign-in");

        document.QuerySelector("label[for=email]")!.TextContent.Trim().ShouldBe("Email address");
        document.QuerySelector("label[for=password]")!.TextContent.Trim().ShouldBe("Password");
        document.QuerySelector("input#password")!.GetAttribute("type").ShouldBe("password");
        document.QuerySelector("button[type=submit]")!.TextContent.Trim().ShouldBe("Sign in");
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_message()
    {
        var wrongPassword = await TellItOnceApp.SignInAsync(app.Browser(), DemoUsers.Board, "not-the-password-1");
        var unknown = await TellItOnceApp.SignInAsync(app.Browser(), "nobody@northshire.example", "not-the-password-1");

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
        var a = (await wrongPassword.ToDocumentAsync()).QuerySelector(".govuk-error-summary__list")!.TextContent.Trim();
        var b = (await unknown.ToDocumentAsync()).QuerySelector(".govuk-error-summary__list")!.TextContent.Trim();
        a.ShouldBe(b);
    }

    [Fact]
    public async Task An_empty_form_names_each_missing_field()
    {
        var response = await TellItOnceApp.SignInAsync(app.Browser(), "", "");

        var document = await response.ToDocumentAsync();
        document.Title!.ShouldStartWith("Error: ");
        var links = document.QuerySelectorAll(".govuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        links.ShouldBe([("#email", "Enter your email address"), ("#password", "Enter your password")]);
    }

    [Fact]
    public async Task An_account_is_locked_after_five_wrong_passwords_and_then_refuses_the_right_one()
    {
        var email = $"lockout-{Guid.NewGuid():N}@northshire.example";
        await app.CreateUserAsync(email, TellItOnce.Domain.People.Role.Caseworker);

        for (var i = 0; i < 5; i++)
        {
            (await TellItOnceApp.SignInAsync(app.Browser(), email, "wrong-password-123")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var right = await TellItOnceApp.SignInAsync(app.Browser(), email, DemoUsers.Password);
        right.StatusCode.ShouldBe(HttpStatusCode.OK, "a locked account must not sign in even with the right password");
        (await right.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("locked for 15 minutes");
    }

    [Fact]
    public async Task Passwords_are_stored_hashed()
    {
        var hash = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == DemoUsers.Parent).PasswordHash));

        hash.ShouldNotBeNullOrEmpty();
        hash.ShouldNotContain(DemoUsers.Password);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await app.SignedInAsync(DemoUsers.Caseworker);
        var form = await client.GetFormAsync("/work");

        var signOut = await client.PostAsync("/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = form.Token }));

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetAsync("/work");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/sign-in");
    }

    [Theory]
    [InlineData("/work")]
    [InlineData("/team")]
    [InlineData("/family")]
    [InlineData("/advice")]
    [InlineData("/setting")]
    [InlineData("/provider")]
    [InlineData("/dashboard")]
    [InlineData("/admin")]
    [InlineData("/audit")]
    public async Task Private_pages_send_an_anonymous_visitor_to_sign_in(string path)
    {
        var response = await app.Browser().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/sign-in");
    }

    public static TheoryData<string, string> RefusedPages => new()
    {
        { DemoUsers.Parent, "/work" },
        { DemoUsers.Parent, "/advice" },
        { DemoUsers.Parent, "/audit" },
        { DemoUsers.Parent, "/admin" },
        { DemoUsers.EducationalPsychologist, "/work" },
        { DemoUsers.EducationalPsychologist, "/family" },
        { DemoUsers.Senco, "/work" },
        { DemoUsers.Senco, "/dashboard" },
        { DemoUsers.Caseworker, "/team" },
        { DemoUsers.Caseworker, "/audit" },
        { DemoUsers.Caseworker, "/admin" },
        { DemoUsers.Provider, "/setting" },
        { DemoUsers.Board, "/work" },
        { DemoUsers.YoungPerson, "/setting" },
    };

    [Theory]
    [MemberData(nameof(RefusedPages))]
    public async Task A_role_cannot_open_another_roles_pages(string email, string path)
    {
        var client = await app.SignedInAsync(email);

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/access-denied");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SignInOnSqlite(SqliteApp app) : SignInTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SignInOnPostgres : SignInTests
{
    public SignInOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
