using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared.Email;

namespace TellItOnce.Testing;

/// <summary>
/// The real app on a real database (SQLite or PostgreSQL), migrated and seeded with the demo area, with a fake clock
/// fixed at <see cref="Now"/> so dates in the demo data and assertions agree. One per test collection.
/// </summary>
public class TellItOnceApp(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>"Now" for every test: a Monday in term time, 10:00 in London.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 10, 0);

    private TestDatabase? _database;

    public FakeClock Clock { get; } = new(Now);

    /// <summary>Every email the app has sent, instead of sending it.</summary>
    public InMemoryEmailSender Mail { get; } = new();

    public DatabaseProvider Provider => provider;

    /// <summary>Where this app's document store keeps uploaded files: a temporary folder, removed with the app.</summary>
    public string DocumentsFolder { get; } = Path.Combine(Path.GetTempPath(), $"tellitonce-documents-{Guid.NewGuid():N}");

    /// <summary>The demo mailbox: the outbox writes each email here as an .eml file.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"tellitonce-mail-{Guid.NewGuid():N}");

    /// <summary>Whether the app sends its outbox in the background. HTTP tests drive the outbox themselves; browser tests let it run.</summary>
    protected virtual bool RunsOutboxWorker => false;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The app has not started.");

    public virtual ValueTask InitializeAsync()
    {
        _database = TestDatabase.Create(provider);
        _ = Services; // Starts the host: migrates and seeds now, not inside the first test.
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Documents:Folder", DocumentsFolder);
        builder.UseSetting("Notifications:PickupDirectory", MailFolder);
        builder.UseSetting("Notifications:RunWorker", RunsOutboxWorker ? "true" : "false");
        builder.UseSetting("Notifications:PollInterval", "00:00:00.200");
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IClock>(Clock));
            services.RemoveAll<IEmailSender>();
            services.AddSingleton<IEmailSender>(Mail);
        });
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (so tests can see them).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real sign-in form and returns the client holding the cookie.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = Data.Seeding.DemoUsers.Password)
    {
        var client = Browser();
        var response = await SignInAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} gave {(int)response.StatusCode}, not a redirect.");
        }

        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetFormAsync("/sign-in");
        return await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = form.Token,
        }));
    }

    /// <summary>Creates an extra account (demo password) with a role in the demo area, for tests that change an account.</summary>
    public async Task<Guid> CreateUserAsync(string email, Role role)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.UseAuditContext(new SystemAuditContext(Clock.GetCurrentInstant(), "Test setup"));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test user" };
        var result = await users.CreateAsync(user, Data.Seeding.DemoUsers.Password);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
        var area = await db.Areas.SingleAsync(a => a.Slug == Data.Seeding.DemoAreaSeeder.AreaSlug);
        db.AreaMemberships.Add(new AreaMembership { Id = Guid.CreateVersion7(), UserId = user.Id, AreaId = area.Id, Role = role });
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>Runs work against the database with a system audit context.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.UseAuditContext(new SystemAuditContext(Clock.GetCurrentInstant(), "Test setup"));
        return await work(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        foreach (var folder in new[] { DocumentsFolder, MailFolder }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

public sealed record PageForm(IHtmlDocument Document, string Token);

public static class HttpClientPageExtensions
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(url);
        return await response.ToDocumentAsync();
    }

    public static async Task<IHtmlDocument> ToDocumentAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Loads a page with a form and reads its antiforgery token.</summary>
    public static async Task<PageForm> GetFormAsync(this HttpClient client, string url)
    {
        var document = await client.GetDocumentAsync(url);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no antiforgery token.");
        return new PageForm(document, token);
    }
}
