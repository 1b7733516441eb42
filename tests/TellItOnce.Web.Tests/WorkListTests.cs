using System.Net;
using TellItOnce.Data.Seeding;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>"My cases": filters, sorting, paging and the CSV download agree with each other.</summary>
public abstract class WorkListTests(TellItOnceApp app)
{
    private static async Task<List<(string Reference, string Stage, string Status)>> AllRowsAsync(HttpClient client, string query)
    {
        var rows = new List<(string, string, string)>();
        var url = "/work" + query;
        while (true)
        {
            var page = await client.GetDocumentAsync(url);
            rows.AddRange(page.QuerySelectorAll("tbody tr").Select(tr =>
            {
                var cells = tr.QuerySelectorAll("td");
                return (cells[0].TextContent.Trim(), cells[2].TextContent.Trim(), cells[^1].TextContent.Trim());
            }));
            var next = page.QuerySelector(".govuk-pagination__next a");
            if (next is null)
            {
                return rows;
            }

            url = next.GetAttribute("href")!;
        }
    }

    [Fact]
    public async Task Filtering_by_stage_shows_only_that_stage_across_every_page()
    {
        var client = await app.SignedInAsync(DemoUsers.Manager);

        var rows = await AllRowsAsync(client, "?Stage=PlanIssued");

        rows.Count.ShouldBeGreaterThan(25, "more than one page, so paging keeps the filter");
        rows.ShouldAllBe(r => r.Stage == "Plan issued");
        rows.Select(r => r.Reference).Distinct().Count().ShouldBe(rows.Count);
    }

    [Fact]
    public async Task Overdue_only_shows_only_overdue_deadlines()
    {
        var client = await app.SignedInAsync(DemoUsers.Manager);

        var rows = await AllRowsAsync(client, "?Overdue=true");

        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.Status.StartsWith("Overdue by", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sorting_by_reference_orders_the_list()
    {
        var client = await app.SignedInAsync(DemoUsers.Caseworker);

        var references = (await AllRowsAsync(client, "?Sort=Reference")).Select(r => r.Reference).ToList();

        references.ShouldBe(references.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task The_CSV_has_the_same_cases_as_the_filtered_list()
    {
        var client = await app.SignedInAsync(DemoUsers.Manager);
        var listed = await AllRowsAsync(client, "?Stage=Assessing");

        var response = await client.GetAsync("/work?Stage=Assessing&handler=Csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Reference,Child or young person,Stage,Caseworker,Next deadline,Due,Days left,Status");
        lines.Skip(1).Select(l => l.Split(',')[0]).ShouldBe(listed.Select(r => r.Reference), ignoreOrder: true);
    }

    [Fact]
    public async Task A_parent_cannot_download_the_case_list()
    {
        var client = await app.SignedInAsync(DemoUsers.Parent);

        var response = await client.GetAsync("/work?handler=Csv");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/access-denied");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WorkListOnSqlite(SqliteApp app) : WorkListTests(app);

[Collection(PostgresCollection.Name)]
public sealed class WorkListOnPostgres : WorkListTests
{
    public WorkListOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
