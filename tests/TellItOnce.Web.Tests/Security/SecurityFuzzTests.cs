using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TellItOnce.Data;
using TellItOnce.Data.Seeding;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests.Security;

/// <summary>
/// Every form and every query parameter the demo roles can reach, found by crawling the pages each one sees (so a new
/// page is covered without editing this test), submitted with injection and script payloads and a valid antiforgery
/// token: no answer may be a server error, reflect the script unescaped or show database error text. The suite runs on
/// an app of its own, because what it submits may change records. Uploads (DocumentTests) and ids of other areas
/// (AuthorisationMatrixTests) have their own tests.
/// </summary>
public abstract partial class SecurityFuzzTests(TellItOnceApp app)
{
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";
    private const int PagesPerRole = 45;

    /// <summary>Sent to every form: script, a very long string (ending in an attribute breakout), unicode with a right-to-left override and a null byte.</summary>
    private static readonly string[] Always =
    [
        Script,
        new string('x', 20_000) + Attribute,
        "Zoë 🦄 שלום \u202Egnp.exe a\0b",
    ];

    /// <summary>Sent to each form in turn, one per form: SQL injection and path traversal.</summary>
    private static readonly string[] InTurn =
    [
        "' OR 1=1--",
        "../../etc/passwd",
        "1; DROP TABLE \"Children\";--",
        Attribute,
    ];

    private static readonly string[] DatabaseErrors =
    [
        "SqliteException", "SQLite Error", "Npgsql", "PostgresException", "syntax error", "unrecognized token", "DbUpdateException",
        "invalid byte sequence", "Microsoft.EntityFrameworkCore", "   at ",
    ];

    /// <summary>One demo account of each role, and nobody (the public pages).</summary>
    private static readonly string?[] Visitors =
    [
        null, DemoUsers.Caseworker, DemoUsers.Manager, DemoUsers.Parent, DemoUsers.YoungPerson, DemoUsers.EducationalPsychologist,
        DemoUsers.Senco, DemoUsers.Provider, DemoUsers.Board, DemoUsers.Admin,
    ];

    private sealed record Field(string Name, string Value, bool Fuzzed);

    private sealed record FoundForm(string Page, string Action, string Method, IReadOnlyList<Field> Fields, bool Multipart);

    private sealed record Crawl(List<FoundForm> Forms, Dictionary<string, string> QueryParameters, int Pages);

    [Fact]
    public async Task Every_form_and_query_parameter_survives_injection_and_script_payloads()
    {
        var problems = new List<string>();
        var formsSeen = new HashSet<string>(StringComparer.Ordinal);
        var parametersSeen = new HashSet<string>(StringComparer.Ordinal);
        var (forms, parameters, pages) = (0, 0, 0);
        foreach (var visitor in Visitors)
        {
            var client = visitor is null ? app.Browser() : await app.SignedInAsync(visitor);
            var crawl = await CrawlAsync(client, visitor is null ? ["/", "/sign-in", "/local-offer", "/timescales"] : ["/", "/account"]);
            pages += crawl.Pages;
            var index = 0;
            foreach (var form in crawl.Forms.Where(f => formsSeen.Add(Key(f))))
            {
                // Every fuzzable field at once, with each payload sent always and one of the others in turn.
                foreach (var payload in Always.Append(InTurn[index++ % InTurn.Length]))
                {
                    problems.AddRange(await CheckAsync(await SubmitAsync(client, form, payload), $"{visitor ?? "public"} {form.Method} {form.Action} (form on {form.Page}) with {Describe(payload)}"));
                }

                forms++;
            }

            foreach (var (key, url) in crawl.QueryParameters.Where(p => parametersSeen.Add(p.Key)))
            {
                var name = key[(key.LastIndexOf('?') + 1)..];
                foreach (var payload in new[] { Script, Always.Concat(InTurn).ElementAt(1 + (index++ % (Always.Length + InTurn.Length - 1))) })
                {
                    problems.AddRange(await CheckAsync(await client.GetAsync(WithParameter(url, name, payload)), $"{visitor ?? "public"} GET {url} with {name}={Describe(payload)}"));
                }

                parameters++;
            }

            if (visitor is not null)
            {
                // The submissions were really made signed in: the session survived them.
                (await client.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.OK, $"{visitor} is still signed in after the fuzzing");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{pages} pages, {forms} forms, {parameters} query parameters");
        problems.ShouldBeEmpty();
        pages.ShouldBeGreaterThan(60, "the crawl reached the pages of every role");
        forms.ShouldBeGreaterThan(25, "the crawl found the forms of every role");
        parameters.ShouldBeGreaterThan(5, "the crawl found query parameters in links and GET forms");
    }

    /// <summary>Visits the pages reachable by links from the start pages, one of each shape, and gathers their forms and query parameters.</summary>
    private static async Task<Crawl> CrawlAsync(HttpClient client, IEnumerable<string> start)
    {
        var crawl = new Crawl([], new Dictionary<string, string>(StringComparer.Ordinal), 0);
        var queue = new Queue<string>(start);
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        var pages = 0;
        while (queue.Count > 0 && pages < PagesPerRole)
        {
            var url = queue.Dequeue();
            if (!shapes.Add(Shape(url)))
            {
                continue;
            }

            var response = await client.GetAsync(url);
            if (response.Content.Headers.ContentType?.MediaType != "text/html" || response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            pages++;
            var document = await response.ToDocumentAsync();
            foreach (var found in document.QuerySelectorAll<IHtmlFormElement>("form").SelectMany(form => Read(url, form)))
            {
                if (found.Fields.Any(f => f.Fuzzed) && !IsAccountChange(found.Action))
                {
                    crawl.Forms.Add(found);
                }

                if (found.Method == "GET")
                {
                    foreach (var field in found.Fields)
                    {
                        crawl.QueryParameters.TryAdd($"{Shape(found.Action)}?{field.Name}", $"{found.Action}?{string.Join("&", found.Fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"))}");
                    }
                }
            }

            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(IsOurs))
            {
                var query = href.IndexOf('?', StringComparison.Ordinal);
                if (query > 0)
                {
                    foreach (var name in href[(query + 1)..].Split('&').Select(p => Uri.UnescapeDataString(p.Split('=')[0])).Where(n => n.Length > 0))
                    {
                        crawl.QueryParameters.TryAdd($"{Shape(href[..query])}?{name}", href);
                    }
                }

                queue.Enqueue(href);
            }
        }

        return crawl with { Pages = pages };
    }

    private static bool IsOurs(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.Contains("sign-out", StringComparison.Ordinal)
        && !href.StartsWith("/error", StringComparison.Ordinal) && !href.Contains('#', StringComparison.Ordinal);

    /// <summary>Forms that sign in or out, or change the account itself: fuzzed on the public pages and in the identity tests, not while crawling as a demo user.</summary>
    private static bool IsAccountChange(string action) =>
        action.StartsWith("/sign-", StringComparison.Ordinal) || action.StartsWith("/account", StringComparison.Ordinal) && action != "/account";

    /// <summary>The form as each of its submit buttons would send it (a button may name a handler or carry its own action).</summary>
    private static IEnumerable<FoundForm> Read(string page, IHtmlFormElement form)
    {
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page;
        var method = (form.GetAttribute("method") ?? "get").ToUpperInvariant();
        var fields = new List<Field>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            var type = (element.GetAttribute("type") ?? "text").ToLowerInvariant();
            if (type is "submit" or "button" or "image" or "file" || fields.Any(f => f.Name == name))
            {
                continue;
            }

            var value = element switch
            {
                IHtmlSelectElement select => select.Options.Length > 0 ? select.Options[0]!.Value : string.Empty,
                IHtmlTextAreaElement textArea => textArea.Value,
                _ => element.GetAttribute("value") ?? string.Empty,
            };
            fields.Add(new Field(name, value, name != "__RequestVerificationToken"));
        }

        var multipart = form.GetAttribute("enctype") == "multipart/form-data";
        var buttons = form.QuerySelectorAll("button:not([type]), button[type=submit], input[type=submit]").ToList();
        if (buttons.Count == 0)
        {
            yield return new FoundForm(page, action, method, fields, multipart);
            yield break;
        }

        foreach (var button in buttons)
        {
            var pressed = button.GetAttribute("name") is { Length: > 0 } name ? [.. fields, new Field(name, button.GetAttribute("value") ?? string.Empty, false)] : fields;
            yield return new FoundForm(page, button.GetAttribute("formaction") is { Length: > 0 } f ? f : action, method, pressed, multipart);
        }
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, FoundForm form, string payload)
    {
        var values = form.Fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Fuzzed ? payload : f.Value)).ToList();
        if (form.Method == "GET")
        {
            return await client.GetAsync($"{form.Action.Split('?')[0]}?{string.Join("&", values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"))}");
        }

        if (!form.Multipart)
        {
            return await client.PostAsync(form.Action, new FormUrlEncodedContent(values));
        }

        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            multipart.Add(new StringContent(value), name);
        }

        return await client.PostAsync(form.Action, multipart);
    }

    private static async Task<IEnumerable<string>> CheckAsync(HttpResponseMessage response, string what)
    {
        var problems = new List<string>();
        if ((int)response.StatusCode >= 500)
        {
            problems.Add($"{(int)response.StatusCode} from {what}");
        }

        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType == "text/html" && (body.Contains(Script, StringComparison.OrdinalIgnoreCase) || body.Contains(Attribute, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"unescaped script in the page from {what}");
        }

        problems.AddRange(DatabaseErrors.Where(e => body.Contains(e, StringComparison.Ordinal)).Select(e => $"'{e}' in the answer to {what}"));
        return problems;
    }

    private static string WithParameter(string url, string name, string payload)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        var pairs = query < 0 ? [] : url[(query + 1)..].Split('&').Where(p => Uri.UnescapeDataString(p.Split('=')[0]) != name).ToList();
        pairs.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(payload)}");
        return $"{(query < 0 ? url : url[..query])}?{string.Join("&", pairs)}";
    }

    /// <summary>A page's shape: its path with ids replaced, and the names of its query parameters.</summary>
    private static string Shape(string url)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        var path = Ids().Replace(query < 0 ? url : url[..query], "{id}");
        IEnumerable<string> names = query < 0 ? [] : url[(query + 1)..].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal);
        return $"{path}?{string.Join("&", names)}";
    }

    private static string Key(FoundForm form) => $"{form.Method} {Shape(form.Action)} {string.Join(",", form.Fields.Select(f => f.Name).Order(StringComparer.Ordinal))}";

    private static string Describe(string payload) => payload.Length > 40 ? $"{payload.Length} characters" : payload.Replace("\0", "\\0", StringComparison.Ordinal);

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<=/)[0-9]+(?=/|$)")]
    private static partial Regex Ids();
}

/// <summary>An app of the fuzz suite's own: what it submits may be saved, so it must not share the demo area with other tests.</summary>
public sealed class FuzzSqliteApp() : TellItOnceApp(DatabaseProvider.Sqlite);

/// <summary>The fuzz suite's own app on PostgreSQL.</summary>
public sealed class FuzzPostgresApp() : TellItOnceApp(DatabaseProvider.Postgres)
{
    public override ValueTask InitializeAsync() =>
        PostgresTestDatabase.ServerConnectionString is null && !PostgresTestDatabase.RequiredHere ? ValueTask.CompletedTask : base.InitializeAsync();
}

public sealed class SecurityFuzzOnSqlite(FuzzSqliteApp app) : SecurityFuzzTests(app), IClassFixture<FuzzSqliteApp>;

public sealed class SecurityFuzzOnPostgres : SecurityFuzzTests, IClassFixture<FuzzPostgresApp>
{
    public SecurityFuzzOnPostgres(FuzzPostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
