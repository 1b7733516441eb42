using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Data.Seeding;
using TellItOnce.Testing;
using TellItOnce.Web.Cli;

namespace TellItOnce.Web.Tests.Operations;

/// <summary>Shared keys across instances, rate limits, and backup and restore.</summary>
public abstract class OperationsTests(TellItOnceApp app)
{
    [Fact]
    public async Task A_second_instance_reads_the_first_ones_sign_in_cookie_because_the_keys_are_in_the_database()
    {
        var first = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await first.GetAsync("/sign-in");
        var antiforgery = Cookies(form);
        var token = (await form.ToDocumentAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = DemoUsers.Caseworker, ["Password"] = DemoUsers.Password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await first.SendAsync(post);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var second = app.WithWebHostBuilder(b => b.UseSetting("Identity:TimeoutWarning", "00:02:00"));
        var client = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var get = new HttpRequestMessage(HttpMethod.Get, "/work");
        get.Headers.Add("Cookie", Cookies(signedIn));
        (await client.SendAsync(get)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync())).ShouldBeGreaterThan(0);
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    [Fact]
    public async Task Sign_in_attempts_past_the_limit_get_429_with_retry_after_and_responses_carry_no_server_banner()
    {
        await using var limited = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("RateLimits:SignIn:PermitLimit", "2");
            b.UseSetting("RateLimits:SignIn:Window", "00:05:00");
        });
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await TellItOnceApp.SignInAsync(client, "nobody@northshire.example", "wrong-password-1");
            statuses.Add(last.StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        int.Parse(last.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        (await client.GetAsync("/sign-in")).StatusCode.ShouldBe(HttpStatusCode.OK, "reading the page is not limited");
        last.Headers.Contains("Server").ShouldBeFalse();
    }

    [Fact]
    public async Task Backup_of_the_demo_area_restores_into_an_empty_database_with_every_table_row_for_row()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tio-backup-{Guid.NewGuid():N}.bak");
        await using var empty = TestDatabase.Create(app.Provider);
        try
        {
            (await CommandLineHost.RunAsync(app.Services, ["backup", "--out", file])).ShouldBe(0);
            await using (var target = app.WithWebHostBuilder(b =>
            {
                b.UseSetting("Database:ConnectionString", empty.ConnectionString);
                b.UseSetting("Database:MigrateOnStartup", "false");
                b.UseSetting("Database:SeedDemoData", "false");
            }))
            {
                (await CommandLineHost.RunAsync(target.Services, ["restore", "--from", file])).ShouldBe(0);
            }

            var original = await SnapshotAsync(app.Database);
            var restored = await SnapshotAsync(empty);
            restored.Keys.ShouldBe(original.Keys, ignoreOrder: true);
            original["Children"].Count.ShouldBeGreaterThan(100);
            foreach (var (table, rows) in original)
            {
                restored[table].ShouldBe(rows, $"table {table}");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Every row of every table, each as one line of text, sorted.</summary>
    private static async Task<Dictionary<string, List<string>>> SnapshotAsync(TestDatabase database)
    {
        await using System.Data.Common.DbConnection connection = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(database.ConnectionString)
            : new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = database.Provider == DatabaseProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            snapshot[table] = rows;
        }

        return snapshot;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OperationsOnSqlite(SqliteApp app) : OperationsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OperationsOnPostgres : OperationsTests
{
    public OperationsOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
