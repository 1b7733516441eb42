using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests.LocalOffer;

/// <summary>The Open Referral UK API: anonymous, published services only, every response valid against shared/oruk/schema.</summary>
public abstract class OpenReferralApiTests(TellItOnceApp app)
{
    private async Task<JsonNode> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await app.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonNode.Parse(body)!;
    }

    [Fact]
    public async Task The_root_describes_the_API()
    {
        var meta = await GetJsonAsync("/openreferral/");

        ((string)meta["version"]!).ShouldBe("HSDS-UK-3.0");
        ((string)meta["profile"]!).ShouldStartWith("https://");
        ((string)meta["openapi_url"]!).ShouldEndWith("/openapi/v1.json");
    }

    [Fact]
    public async Task Every_page_of_services_validates_and_covers_every_published_service()
    {
        var ids = new List<string>();
        JsonNode page;
        var number = 1;
        do
        {
            page = await GetJsonAsync($"/openreferral/services?page={number++}&per_page=40");
            await OrukSchemas.ShouldBeAPageAsync(page, "compiled/service_list.json");
            ids.AddRange(page["contents"]!.AsArray().Select(s => (string)s!["id"]!));
        }
        while (!(bool)page["last_page"]!);

        var published = await app.WithDbAsync(db => db.LocalOfferServices.Where(s => s.IsPublished).Select(s => s.Id).ToListAsync());
        ids.ShouldBe(published.Select(p => p.ToString()), ignoreOrder: true);
        ((int)page["total_items"]!).ShouldBe(published.Count);
    }

    [Fact]
    public async Task Every_demo_service_validates_fully_nested()
    {
        var ids = await app.WithDbAsync(db => db.LocalOfferServices.Where(s => s.IsPublished).OrderBy(s => s.Id).Select(s => s.Id).Take(40).ToListAsync());

        foreach (var id in ids)
        {
            var service = await GetJsonAsync($"/openreferral/services/{id}");
            await OrukSchemas.ShouldValidateAsync(service, "compiled/service.json");
            service["organization"]!["name"].ShouldNotBeNull();
            service["attributes"]!.AsArray().ShouldNotBeEmpty();
        }
    }

    [Fact]
    public async Task Service_at_locations_validate_as_list_and_single()
    {
        var page = await GetJsonAsync("/openreferral/service_at_locations?per_page=10&search=autism");
        await OrukSchemas.ShouldBeAPageAsync(page, "compiled/service_at_location_list.json");
        var first = page["contents"]!.AsArray()[0]!;

        var single = await GetJsonAsync($"/openreferral/service_at_locations/{(string)first["id"]!}");

        await OrukSchemas.ShouldValidateAsync(single, "compiled/service_at_location.json");
        ((string)single["service"]!["id"]!).ShouldBe((string)first["service_id"]!);
    }

    [Fact]
    public async Task Taxonomies_and_terms_validate_as_lists_and_singles()
    {
        var taxonomies = await GetJsonAsync("/openreferral/taxonomies");
        await OrukSchemas.ShouldBeAPageAsync(taxonomies, "taxonomy.json");
        var terms = await GetJsonAsync("/openreferral/taxonomy_terms?per_page=100");
        await OrukSchemas.ShouldBeAPageAsync(terms, "taxonomy_term.json");

        foreach (var t in taxonomies["contents"]!.AsArray())
        {
            await OrukSchemas.ShouldValidateAsync(await GetJsonAsync($"/openreferral/taxonomies/{(string)t!["id"]!}"), "taxonomy.json");
        }

        var term = terms["contents"]!.AsArray()[0]!;
        await OrukSchemas.ShouldValidateAsync(await GetJsonAsync($"/openreferral/taxonomy_terms/{(string)term["id"]!}"), "taxonomy_term.json");
    }

    [Fact]
    public async Task Filters_narrow_the_list_like_the_family_search()
    {
        var autism = LocalOfferTaxonomies.Term(Domain.Children.NeedType.ASD).Id;
        var page = await GetJsonAsync($"/openreferral/services?search=autism&taxonomy_term_id={autism}&postcode=NS1%204AB&proximity=8000&per_page=100");

        var names = page["contents"]!.AsArray().Select(s => (string)s!["name"]!).ToList();
        names.ShouldContain("Northby Autism Family Support Group");
        names.ShouldNotContain(n => n.StartsWith("Westmere", StringComparison.Ordinal));

        var ages = await GetJsonAsync("/openreferral/services?minimum_age=16&maximum_age=25&per_page=100");
        ages["contents"]!.AsArray().ShouldAllBe(s => (int)s!["minimum_age"]! >= 16 && (int)s["maximum_age"]! <= 25);
        ((int)ages["total_items"]!).ShouldBeGreaterThan(0);

        var saturday = await GetJsonAsync("/openreferral/services?day=SA&start_time=10:00&end_time=12:00&per_page=100");
        ((int)saturday["total_items"]!).ShouldBeGreaterThan(0);
        var later = await GetJsonAsync("/openreferral/services?modified_after=2100-01-01T00:00:00Z");
        ((bool)later["empty"]!).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/openreferral/services/not-a-uuid")]
    [InlineData("/openreferral/services/0b5e4a8e-0000-4000-8000-000000000000")]
    [InlineData("/openreferral/service_at_locations/0b5e4a8e-0000-4000-8000-000000000000")]
    [InlineData("/openreferral/taxonomies/0b5e4a8e-0000-4000-8000-000000000000")]
    [InlineData("/openreferral/taxonomy_terms/whatever")]
    public async Task Unknown_ids_are_404_problems(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=two", "page")]
    [InlineData("per_page=1000", "per_page")]
    [InlineData("minimum_age=old", "minimum_age")]
    [InlineData("maximum_age=-1", "maximum_age")]
    [InlineData("day=Funday", "day")]
    [InlineData("start_time=9am", "start_time")]
    [InlineData("end_time=24:61", "end_time")]
    [InlineData("taxonomy_term_id=abc", "taxonomy_term_id")]
    [InlineData("taxonomy_id=abc", "taxonomy_id")]
    [InlineData("postcode=nowhere", "postcode")]
    [InlineData("proximity=5000", "proximity")]
    [InlineData("postcode=NS1&proximity=far", "proximity")]
    [InlineData("modified_after=yesterday", "modified_after")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string query, string parameter)
    {
        foreach (var path in new[] { "/openreferral/services", "/openreferral/service_at_locations" })
        {
            var response = await app.CreateClient().GetAsync($"{path}?{query}");

            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, path);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            problem["errors"]!.AsObject().ContainsKey(parameter).ShouldBeTrue(problem.ToJsonString());
        }
    }

    [Fact]
    public async Task Unpublished_services_never_appear()
    {
        var hidden = await app.WithDbAsync(async db =>
        {
            var service = await db.LocalOfferServices.FirstAsync(s => s.Details.Name == "Kirkfield Sleep Advice Clinic");
            var copy = new LocalOfferService
            {
                Id = Guid.CreateVersion7(),
                AreaId = service.AreaId,
                OrganisationId = service.OrganisationId,
                LocationId = Guid.CreateVersion7(),
                ServiceAtLocationId = Guid.CreateVersion7(),
                Details = service.Details with { Name = "Secret unpublished clinic" },
                SearchText = "Secret unpublished clinic",
                LastReviewedOn = service.LastReviewedOn,
                LastModified = service.LastModified,
            };
            db.LocalOfferServices.Add(copy);
            await db.SaveChangesAsync();
            return copy.Id;
        });

        (await app.CreateClient().GetAsync($"/openreferral/services/{hidden}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await GetJsonAsync("/openreferral/services?search=secret+unpublished");
        ((int)page["total_items"]!).ShouldBe(0);
    }

    [Fact]
    public async Task The_API_is_anonymous_and_open_to_other_origins()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/openreferral/services?per_page=1");
        request.Headers.Add("Origin", "https://family-hub.example");

        var response = await app.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("*");
    }

    [Fact]
    public async Task The_endpoints_are_in_the_OpenAPI_description()
    {
        var document = await GetJsonAsync("/openapi/v1.json");

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        new[]
        {
            "/openreferral", "/openreferral/services", "/openreferral/services/{id}", "/openreferral/service_at_locations",
            "/openreferral/service_at_locations/{id}", "/openreferral/taxonomies", "/openreferral/taxonomies/{id}",
            "/openreferral/taxonomy_terms", "/openreferral/taxonomy_terms/{id}",
        }.ShouldAllBe(p => paths.Contains(p) || paths.Contains(p + "/"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OpenReferralApiOnSqlite(SqliteApp app) : OpenReferralApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OpenReferralApiOnPostgres : OpenReferralApiTests
{
    public OpenReferralApiOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
