using System.Net;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Testing;
using TellItOnce.Web.Features.LocalOffer;

namespace TellItOnce.Web.Tests.LocalOffer;

/// <summary>Families search the Local Offer without signing in; every filter narrows the results the same way on both databases.</summary>
public abstract class LocalOfferSearchTests(TellItOnceApp app)
{
    private async Task<IReadOnlyList<string>> NamesAsync(string query)
    {
        var names = new List<string>();
        var client = app.Browser();
        for (var page = 1; page <= 20; page++)
        {
            var response = await client.GetAsync($"/local-offer?{query}&p={page}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var document = await response.ToDocumentAsync();
            document.QuerySelector(".govuk-error-summary").ShouldBeNull(query);
            names.AddRange(document.QuerySelectorAll(".app-result h3 a").Select(a => a.TextContent.Trim()));
            if (document.QuerySelector(".govuk-pagination__next") is null)
            {
                break;
            }
        }

        return names;
    }

    private Task<List<LocalOfferService>> PublishedAsync() =>
        app.WithDbAsync(db => db.LocalOfferServices.AsNoTracking().Where(s => s.IsPublished).ToListAsync());

    [Fact]
    public async Task The_demo_area_has_about_150_services_across_every_category_and_district()
    {
        // Only the seeded services: other tests in this collection import or add their own to the same database.
        var seeded = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(LocalOfferService) && a.Action == Domain.Auditing.AuditAction.Created && a.Reason == "Seeded the demo area")
            .Select(a => a.EntityId).ToListAsync());
        var services = (await PublishedAsync()).Where(s => seeded.Contains(s.Id.ToString())).ToList();

        services.Count.ShouldBeInRange(140, 200);
        services.Select(s => s.Details.Category).Distinct().Count().ShouldBe(Enum.GetValues<ServiceCategory>().Length);
        services.Select(s => s.Details.District).Distinct().ShouldBe(["Northby", "Easton Vale", "Ashbridge", "Kirkfield", "Westmere"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_family_finds_an_autism_group_for_a_9_year_old_within_5_miles_of_their_postcode()
    {
        var document = await app.Browser().GetDocumentAsync("/local-offer?q=autism+support+group&age=9&need=ASD&postcode=NS1+4AB&miles=5");

        var results = document.QuerySelectorAll(".app-result").ToList();
        results.ShouldNotBeEmpty();
        results[0].QuerySelector("h3")!.TextContent.ShouldBe("Northby Autism Family Support Group");
        results.ShouldAllBe(r => double.Parse(r.QuerySelector("[data-miles]")!.GetAttribute("data-miles")!, System.Globalization.CultureInfo.InvariantCulture) <= 5);
    }

    [Fact]
    public async Task Words_search_the_full_text_index()
    {
        var names = await NamesAsync("q=dyslexia");

        names.ShouldNotBeEmpty();
        names.ShouldAllBe(n => n.Contains("Dyslexia"));
        (await NamesAsync("q=xylophonic+zebra")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Stemming_finds_plural_and_other_forms_of_a_word()
    {
        (await NamesAsync("q=wheelchairs")).ShouldContain(n => n.Contains("Wheelchair Skills"));
    }

    [Fact]
    public async Task Type_of_need_age_category_free_and_district_each_narrow_the_results()
    {
        var services = await PublishedAsync();
        string[] Expect(Func<LocalOfferService, bool> where) => [.. services.Where(where).Select(s => s.Details.Name).Order(StringComparer.Ordinal)];

        (await NamesAsync("need=HI")).ShouldBe(Expect(s => (s.Details.Needs & NeedSet.HI) != 0));
        (await NamesAsync("age=17")).ShouldBe(Expect(s => s.Details.MinimumAge <= 17 && s.Details.MaximumAge >= 17));
        (await NamesAsync("category=Transport")).ShouldBe(Expect(s => s.Details.Category == ServiceCategory.Transport));
        (await NamesAsync("free=yes&category=Leisure")).ShouldBe(Expect(s => s.Details.IsFree && s.Details.Category == ServiceCategory.Leisure));
        (await NamesAsync("district=Kirkfield&category=Health")).ShouldBe(Expect(s => s.Details.District == "Kirkfield" && s.Details.Category == ServiceCategory.Health));
    }

    [Fact]
    public async Task Day_and_time_find_services_open_then()
    {
        var names = await NamesAsync("day=Saturday&time=10:30");

        var services = await PublishedAsync();
        var expected = services.Where(s => (s.Details.Days & DaySet.Saturday) != 0 && s.Details.OpensAt <= new NodaTime.LocalTime(10, 30) && s.Details.ClosesAt > new NodaTime.LocalTime(10, 30))
            .Select(s => s.Details.Name).Order(StringComparer.Ordinal).ToList();
        expected.ShouldNotBeEmpty();
        names.ShouldBe(expected);
    }

    [Fact]
    public async Task Distance_from_a_postcode_keeps_services_within_the_radius_nearest_first()
    {
        var document = await app.Browser().GetDocumentAsync("/local-offer?postcode=NS1+4AB&miles=3&category=AdviceAndSupport");

        var miles = document.QuerySelectorAll("[data-miles]").Select(m => double.Parse(m.GetAttribute("data-miles")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        miles.ShouldNotBeEmpty();
        miles.ShouldAllBe(m => m <= 3);
        miles.ShouldBe(miles.Order().ToList());
        var names = document.QuerySelectorAll(".app-result h3 a").Select(a => a.TextContent).ToList();
        names.ShouldNotContain(n => n.StartsWith("Westmere", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Results_are_paged_and_sortable_with_shareable_links()
    {
        var document = await app.Browser().GetDocumentAsync("/local-offer?sort=name");

        document.QuerySelectorAll(".app-result").Length.ShouldBe(20);
        var next = document.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        next.ShouldContain("p=2");
        var second = await app.Browser().GetDocumentAsync(next);
        second.QuerySelector(".app-result h3")!.TextContent.ShouldNotBe(document.QuerySelector(".app-result h3")!.TextContent);
        document.QuerySelector("link[rel=canonical]").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("age=forty", "#age", "Age must be a whole number")]
    [InlineData("postcode=not+a+postcode", "#postcode", "Enter a real postcode")]
    [InlineData("postcode=ZZ9+9ZZ", "#postcode", "We do not know where postcode district ZZ9 is")]
    [InlineData("time=25:99", "#time", "Time must be a time")]
    public async Task A_bad_filter_is_explained_in_the_error_summary(string query, string anchor, string message)
    {
        var document = await app.Browser().GetDocumentAsync($"/local-offer?{query}");

        document.Title!.ShouldStartWith("Error: ");
        var link = document.QuerySelector(".govuk-error-summary__list a")!;
        link.GetAttribute("href").ShouldBe(anchor);
        link.TextContent.ShouldContain(message);
    }

    [Fact]
    public async Task The_service_page_shows_what_who_how_where_when_cost_contacts_and_last_reviewed()
    {
        var id = (await PublishedAsync()).First(s => s.Details.Name == "Northby Autism Family Support Group").Id;

        var document = await app.Browser().GetDocumentAsync($"/local-offer/services/{id}");

        document.QuerySelector("h1")!.TextContent.ShouldBe("Northby Autism Family Support Group");
        var keys = document.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.TextContent.Trim()).ToList();
        new[] { "Ages", "Types of need", "Referral", "Cost", "Where", "When", "Venue accessibility", "Languages", "Phone", "Email" }.ShouldBeSubsetOf(keys);
        document.QuerySelector("#last-reviewed time").ShouldNotBeNull();
        document.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe($"/local-offer/services/{id}");
    }

    [Fact]
    public async Task An_unknown_service_is_not_found()
    {
        var response = await app.Browser().GetAsync($"/local-offer/services/{Guid.NewGuid()}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_database_full_text_index_gives_the_same_results_as_a_scan_of_the_search_text()
    {
        var (viaIndex, all) = await app.WithDbAsync(async db =>
        {
            var search = new LocalOfferSearch(db);
            var page = await search.SearchAsync(new SearchCriteria { Words = "speech language", PerPage = 100 }, CancellationToken.None);
            return (page.Items.Select(i => i.Service.Id).ToHashSet(), await db.LocalOfferServices.AsNoTracking().Where(s => s.IsPublished).ToListAsync());
        });

        var scanned = all.Where(s => s.SearchText.Contains("speech", StringComparison.OrdinalIgnoreCase) && s.SearchText.Contains("language", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Id).ToHashSet();
        scanned.ShouldNotBeEmpty();
        viaIndex.ShouldBe(scanned, ignoreOrder: true);
    }

    [Fact]
    public async Task Local_Offer_is_in_the_public_navigation()
    {
        var document = await app.Browser().GetDocumentAsync("/");

        document.QuerySelectorAll(".govuk-service-navigation__link").Select(a => a.GetAttribute("href")).ShouldContain("/local-offer");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LocalOfferSearchOnSqlite(SqliteApp app) : LocalOfferSearchTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LocalOfferSearchOnPostgres : LocalOfferSearchTests
{
    public LocalOfferSearchOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
