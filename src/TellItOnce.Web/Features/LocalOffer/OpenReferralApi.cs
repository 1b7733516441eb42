using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime.Text;
using TellItOnce.Data;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.LocalOffer;

/// <summary>
/// The Local Offer as an Open Referral UK (HSDS-UK 3.0) API under /openreferral: anonymous, read-only, open to every
/// origin, published services only. Filters go through the same <see cref="LocalOfferSearch"/> as the /local-offer page.
/// </summary>
public static class OpenReferralApi
{
    public const string CorsPolicy = "OpenReferral";
    public const string Profile = "https://github.com/openreferraluk/uk-profile";

    public static IEndpointRouteBuilder MapOpenReferralApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/openreferral").AllowAnonymous().RequireCors(CorsPolicy).WithTags("Open Referral UK");

        group.MapGet("/", (HttpRequest request) => Json(new OrukMeta("HSDS-UK-3.0", Profile, $"{request.Scheme}://{request.Host}/openapi/v1.json")))
            .WithName("OrukMeta").WithSummary("About this API: the HSDS version and profile it follows").Produces<OrukMeta>();

        group.MapGet("/services", ListServices)
            .WithName("OrukServices").WithSummary("Published services, paged, with filters")
            .WithDescription("Filters: search (full text), taxonomy_term_id, taxonomy_id, minimum_age (services whose minimum age is at least this), " +
                "maximum_age (whose maximum age is at most this), day (MO..SU or Monday..Sunday), start_time and end_time (HH:MM), " +
                "postcode with proximity (metres from the postcode district's centre), modified_after (ISO 8601 instant). " +
                "page (from 1) and per_page (1 to 100, default 50). Bad parameters get a 400 problem naming the parameter.")
            .Produces<OrukPage<OrukServiceRef>>().ProducesValidationProblem();

        group.MapGet("/services/{id}", GetService)
            .WithName("OrukService").WithSummary("One published service, fully nested").Produces<OrukService>().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/service_at_locations", ListServiceAtLocations)
            .WithName("OrukServiceAtLocations").WithSummary("Where published services are delivered, paged, with the same filters as /services")
            .Produces<OrukPage<OrukServiceAtLocation>>().ProducesValidationProblem();

        group.MapGet("/service_at_locations/{id}", GetServiceAtLocation)
            .WithName("OrukServiceAtLocation").WithSummary("One service at a location").Produces<OrukServiceAtLocation>().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/taxonomies", (string? page, string? per_page) => Paged(LocalOfferTaxonomies.All.Select(t => OpenReferralMapping.Taxonomy(t, false)).ToList(), page, per_page))
            .WithName("OrukTaxonomies").WithSummary("The vocabularies services are described with: Local Offer category and SEND type of need")
            .Produces<OrukPage<OrukTaxonomy>>().ProducesValidationProblem();

        group.MapGet("/taxonomies/{id}", GetTaxonomy)
            .WithName("OrukTaxonomy").WithSummary("One taxonomy with its terms").Produces<OrukTaxonomy>().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/taxonomy_terms", (string? page, string? per_page) =>
                Paged(LocalOfferTaxonomies.All.SelectMany(t => t.Terms.Select(term => OpenReferralMapping.Term(term, t))).ToList(), page, per_page))
            .WithName("OrukTaxonomyTerms").WithSummary("Every taxonomy term").Produces<OrukPage<OrukTaxonomyTerm>>().ProducesValidationProblem();

        group.MapGet("/taxonomy_terms/{id}", GetTaxonomyTerm)
            .WithName("OrukTaxonomyTerm").WithSummary("One taxonomy term").Produces<OrukTaxonomyTerm>().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static JsonHttpResult<T> Json<T>(T value) => TypedResults.Json(value, OpenReferralMapping.Json);

    private static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} has the id {id}");

    private static async Task<IResult> ListServices([AsParameters] OrukQuery query, LocalOfferSearch finder, CancellationToken ct)
    {
        var outcome = query.ToCriteria();
        if (!outcome.Succeeded)
        {
            return TypedResults.ValidationProblem(outcome.Errors, title: "The search parameters cannot be used");
        }

        var page = await finder.SearchAsync(outcome.Value!, ct);
        return Json(Wrap(page, [.. page.Items.Select(i => OpenReferralMapping.Summary(i.Service, i.OrganisationName))]));
    }

    private static async Task<IResult> ListServiceAtLocations([AsParameters] OrukQuery query, LocalOfferSearch finder, CancellationToken ct)
    {
        var outcome = query.ToCriteria();
        if (!outcome.Succeeded)
        {
            return TypedResults.ValidationProblem(outcome.Errors, title: "The search parameters cannot be used");
        }

        // Every service in the Local Offer is delivered at one place (or none, when it is a phone line or online).
        var criteria = outcome.Value!;
        var page = await finder.SearchAsync(criteria, ct);
        var items = page.Items.Select(i => OpenReferralMapping.ServiceAtLocation(i.Service, i.OrganisationName, withService: true)).OfType<OrukServiceAtLocation>().ToList();
        return Json(Wrap(page, items));
    }

    private static IResult GetTaxonomy(string id) =>
        LocalOfferTaxonomies.All.FirstOrDefault(t => string.Equals(t.Id.ToString(), id, StringComparison.OrdinalIgnoreCase)) is { } t
            ? Json(OpenReferralMapping.Taxonomy(t, true))
            : NotFound("taxonomy", id);

    private static IResult GetTaxonomyTerm(string id)
    {
        foreach (var taxonomy in LocalOfferTaxonomies.All)
        {
            if (taxonomy.Terms.FirstOrDefault(t => string.Equals(t.Id.ToString(), id, StringComparison.OrdinalIgnoreCase)) is { } term)
            {
                return Json(OpenReferralMapping.Term(term, taxonomy));
            }
        }

        return NotFound("taxonomy term", id);
    }

    private static async Task<IResult> GetService(string id, AppDbContext db, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var guid) || await FindAsync(db, s => s.Id == guid, ct) is not { } found)
        {
            return NotFound("service", id);
        }

        return Json(OpenReferralMapping.Full(found.Service, found.Organisation));
    }

    private static async Task<IResult> GetServiceAtLocation(string id, AppDbContext db, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var guid) || await FindAsync(db, s => s.ServiceAtLocationId == guid, ct) is not { } found
            || OpenReferralMapping.ServiceAtLocation(found.Service, found.Organisation, withService: true) is not { } at)
        {
            return NotFound("service at location", id);
        }

        return Json(at);
    }

    private sealed record Found(LocalOfferService Service, string Organisation);

    private static async Task<Found?> FindAsync(AppDbContext db, System.Linq.Expressions.Expression<Func<LocalOfferService, bool>> where, CancellationToken ct) =>
        await db.LocalOfferServices.AsNoTracking().Where(s => s.IsPublished).Where(where)
            .Join(db.Organisations.AsNoTracking(), s => s.OrganisationId, o => o.Id, (s, o) => new Found(s, o.Name))
            .SingleOrDefaultAsync(ct);

    private static OrukPage<T> Wrap<T>(SearchPage page, List<T> contents) =>
        new(page.Total, page.TotalPages, page.Page, contents.Count, page.Page == 1, page.Page >= page.TotalPages, page.Total == 0, contents);

    private static IResult Paged<T>(IReadOnlyList<T> all, string? pageText, string? perPageText)
    {
        var errors = new FieldErrors();
        var page = SearchParameters.Whole(pageText, "page", "page", 1, 100_000, errors) ?? 1;
        var perPage = SearchParameters.Whole(perPageText, "per_page", "per_page", 1, SearchParameters.MaximumPerPage, errors) ?? 50;
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The paging parameters cannot be used");
        }

        var totalPages = (all.Count + perPage - 1) / perPage;
        var contents = all.Skip((page - 1) * perPage).Take(perPage).ToList();
        return Json(new OrukPage<T>(all.Count, totalPages, page, contents.Count, page == 1, page >= totalPages, all.Count == 0, contents));
    }
}

/// <summary>The query string of the ORUK list endpoints, as typed: parsed by <see cref="ToCriteria"/> so bad values get a 400 naming them.</summary>
#pragma warning disable CA1707, IDE1006 // ORUK's snake_case parameter names.
public sealed record OrukQuery(
    string? search, string? page, string? per_page, string? taxonomy_term_id, string? taxonomy_id, string? minimum_age, string? maximum_age,
    string? day, string? start_time, string? end_time, string? postcode, string? proximity, string? modified_after)
#pragma warning restore CA1707, IDE1006
{
    public Outcome<SearchCriteria> ToCriteria()
    {
        var errors = new FieldErrors();
        var criteria = new SearchCriteria
        {
            Words = search,
            Page = SearchParameters.Whole(page, nameof(page), nameof(page), 1, 100_000, errors) ?? 1,
            PerPage = SearchParameters.Whole(per_page, nameof(per_page), nameof(per_page), 1, SearchParameters.MaximumPerPage, errors) ?? 50,
            MinimumAgeAtLeast = SearchParameters.Whole(minimum_age, nameof(minimum_age), nameof(minimum_age), 0, 150, errors),
            MaximumAgeAtMost = SearchParameters.Whole(maximum_age, nameof(maximum_age), nameof(maximum_age), 0, 150, errors),
            Day = SearchParameters.Day(day, nameof(day), errors),
            OpensAtOrAfter = SearchParameters.Time(start_time, nameof(start_time), nameof(start_time), errors),
            ClosesAtOrBefore = SearchParameters.Time(end_time, nameof(end_time), nameof(end_time), errors),
        };

        if (!string.IsNullOrWhiteSpace(taxonomy_term_id))
        {
            if (!Guid.TryParse(taxonomy_term_id, out var termId))
            {
                errors.Add(nameof(taxonomy_term_id), "taxonomy_term_id must be a UUID");
            }
            else
            {
                var term = LocalOfferTaxonomies.AllTerms.FirstOrDefault(t => t.Id == termId);
                criteria = term is null ? criteria with { MatchesNothing = true }
                    : term.TaxonomyId == LocalOfferTaxonomies.Categories.Id ? criteria with { Category = Enum.Parse<ServiceCategory>(term.Code) }
                    : criteria with { Need = Enum.Parse<Domain.Children.NeedType>(term.Code) };
            }
        }

        if (!string.IsNullOrWhiteSpace(taxonomy_id))
        {
            if (!Guid.TryParse(taxonomy_id, out var taxonomyId))
            {
                errors.Add(nameof(taxonomy_id), "taxonomy_id must be a UUID");
            }
            else if (taxonomyId == LocalOfferTaxonomies.Needs.Id)
            {
                criteria = criteria with { AnyNamedNeed = true };
            }
            else if (taxonomyId != LocalOfferTaxonomies.Categories.Id)
            {
                criteria = criteria with { MatchesNothing = true };
            }
        }

        var near = SearchParameters.Place(postcode, nameof(postcode), errors);
        var metres = SearchParameters.Number(proximity, nameof(proximity), nameof(proximity), 1, 200_000, errors);
        if (metres is not null && near is null && !errors.Has(nameof(postcode)))
        {
            errors.Add(nameof(proximity), "proximity needs a postcode to measure from");
        }

        if (near is not null)
        {
            criteria = criteria with { Near = near, WithinMiles = (metres ?? 8046.72) / 1609.344 };
        }

        if (!string.IsNullOrWhiteSpace(modified_after))
        {
            var parsed = InstantPattern.ExtendedIso.Parse(modified_after.Trim());
            var date = LocalDatePattern.Iso.Parse(modified_after.Trim());
            if (parsed.Success)
            {
                criteria = criteria with { ModifiedAfter = parsed.Value };
            }
            else if (date.Success)
            {
                criteria = criteria with { ModifiedAfter = date.Value.AtStartOfDayInZone(NodaTime.DateTimeZone.Utc).ToInstant() };
            }
            else
            {
                errors.Add(nameof(modified_after), "modified_after must be an ISO 8601 date and time, for example 2026-01-31T09:00:00Z");
            }
        }

        return errors.Any ? Outcome<SearchCriteria>.Failure(errors.ToDictionary()) : Outcome<SearchCriteria>.Success(criteria);
    }
}
