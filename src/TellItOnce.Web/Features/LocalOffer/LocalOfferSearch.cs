using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.LocalOffer;

namespace TellItOnce.Web.Features.LocalOffer;

public enum SearchSort
{
    Name,
    Distance,
    Updated,
}

/// <summary>What a family (the /local-offer form) or a directory (the Open Referral API) is looking for. Every filter is optional.</summary>
public sealed record SearchCriteria
{
    public string? Words { get; init; }

    public NeedType? Need { get; init; }

    /// <summary>The child's age: services whose age range includes it.</summary>
    public int? Age { get; init; }

    /// <summary>ORUK minimum_age: services whose minimum age is at least this.</summary>
    public int? MinimumAgeAtLeast { get; init; }

    /// <summary>ORUK maximum_age: services whose maximum age is at most this.</summary>
    public int? MaximumAgeAtMost { get; init; }

    public ServiceCategory? Category { get; init; }

    /// <summary>ORUK taxonomy_id of the needs taxonomy: services for at least one named type of need.</summary>
    public bool AnyNamedNeed { get; init; }

    /// <summary>Set when a filter can match nothing (an unknown taxonomy term): the search returns no results.</summary>
    public bool MatchesNothing { get; init; }

    public bool FreeOnly { get; init; }

    public DaySet Day { get; init; }

    /// <summary>Services open at this time of day.</summary>
    public LocalTime? OpenAt { get; init; }

    public LocalTime? OpensAtOrAfter { get; init; }

    public LocalTime? ClosesAtOrBefore { get; init; }

    public string? District { get; init; }

    public GeoPoint? Near { get; init; }

    public double? WithinMiles { get; init; }

    public Instant? ModifiedAfter { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Name;

    public int Page { get; init; } = 1;

    public int PerPage { get; init; } = 20;
}

public sealed record ServiceSummary(LocalOfferService Service, string OrganisationName, double? Miles);

public sealed record SearchPage(IReadOnlyList<ServiceSummary> Items, int Total, int Page, int PerPage)
{
    public int TotalPages => Total == 0 ? 0 : (Total + PerPage - 1) / PerPage;
}

/// <summary>
/// Searches the published Local Offer. Filters are column tests in the database; words use the database's full-text
/// index (FTS5 on SQLite, tsvector on PostgreSQL, both made by the LocalOffer migration); distance is a bounding box in
/// the database, then the exact haversine distance in memory (docs/adr/0010-local-offer-search-and-place.md).
/// </summary>
public sealed class LocalOfferSearch(AppDbContext db)
{
    /// <summary>Words too common to search on; dropped on both providers so they give the same results.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "my", "near", "of", "on",
        "or", "our", "the", "their", "to", "with", "who", "what", "where", "me", "i",
    };

    /// <summary>Names sort by code point on both providers (PostgreSQL's default collation would sort spaces and case differently).</summary>
    private string OrdinalCollation => db.Database.IsNpgsql() ? "C" : "BINARY";

    public async Task<SearchPage> SearchAsync(SearchCriteria criteria, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var query = Filter(criteria);
        if (criteria.MatchesNothing)
        {
            return new SearchPage([], 0, criteria.Page, criteria.PerPage);
        }

        if (criteria.Near is { } near && criteria.WithinMiles is { } miles)
        {
            return await NearbyAsync(query, near, miles, criteria, ct);
        }

        var total = await query.CountAsync(ct);
        var ordered = criteria.Sort == SearchSort.Updated
            ? query.OrderByDescending(s => s.LastModified).ThenBy(s => s.Id)
            : query.OrderBy(s => EF.Functions.Collate(s.Details.Name, OrdinalCollation)).ThenBy(s => s.Id);
        var page = await ordered.Skip((criteria.Page - 1) * criteria.PerPage).Take(criteria.PerPage).Select(s => s.Id).ToListAsync(ct);
        return new SearchPage(await LoadAsync(page, null, ct), total, criteria.Page, criteria.PerPage);
    }

    private async Task<SearchPage> NearbyAsync(IQueryable<LocalOfferService> query, GeoPoint near, double miles, SearchCriteria criteria, CancellationToken ct)
    {
        var (minLat, maxLat, minLon, maxLon) = near.BoundingBox(miles);
        var candidates = await query
            .Where(s => s.Details.Latitude >= minLat && s.Details.Latitude <= maxLat && s.Details.Longitude >= minLon && s.Details.Longitude <= maxLon)
            .Select(s => new { s.Id, Latitude = s.Details.Latitude!.Value, Longitude = s.Details.Longitude!.Value })
            .ToListAsync(ct);
        var distances = candidates
            .Select(c => (c.Id, Miles: near.MilesTo(new GeoPoint(c.Latitude, c.Longitude))))
            .Where(c => c.Miles <= miles)
            .ToDictionary(c => c.Id, c => c.Miles);
        if (criteria.Sort != SearchSort.Distance)
        {
            // Name and date orders come from the database (same collation as every other search) over the ids within reach.
            var ordered = criteria.Sort == SearchSort.Updated
                ? query.OrderByDescending(s => s.LastModified).ThenBy(s => s.Id)
                : query.OrderBy(s => EF.Functions.Collate(s.Details.Name, OrdinalCollation)).ThenBy(s => s.Id);
            var inBox = ordered.Where(s => s.Details.Latitude >= minLat && s.Details.Latitude <= maxLat && s.Details.Longitude >= minLon && s.Details.Longitude <= maxLon)
                .Select(s => s.Id);
            var ids = (await inBox.ToListAsync(ct)).Where(distances.ContainsKey).Skip((criteria.Page - 1) * criteria.PerPage).Take(criteria.PerPage).ToList();
            return new SearchPage(await LoadAsync(ids, distances, ct), distances.Count, criteria.Page, criteria.PerPage);
        }

        var page = distances.OrderBy(d => d.Value).ThenBy(d => d.Key).Skip((criteria.Page - 1) * criteria.PerPage).Take(criteria.PerPage).Select(d => d.Key).ToList();
        return new SearchPage(await LoadAsync(page, distances, ct), distances.Count, criteria.Page, criteria.PerPage);
    }

    private async Task<IReadOnlyList<ServiceSummary>> LoadAsync(List<Guid> ids, Dictionary<Guid, double>? miles, CancellationToken ct)
    {
        var rows = await (from s in db.LocalOfferServices.AsNoTracking()
                          join o in db.Organisations.AsNoTracking() on s.OrganisationId equals o.Id
                          where ids.Contains(s.Id)
                          select new { Service = s, Organisation = o.Name }).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Service.Id);
        return [.. ids.Select(id => new ServiceSummary(byId[id].Service, byId[id].Organisation, miles is null ? null : miles[id]))];
    }

    /// <summary>The published services matching every filter but distance and paging.</summary>
    public IQueryable<LocalOfferService> Filter(SearchCriteria c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var query = db.LocalOfferServices.AsNoTracking().Where(s => s.IsPublished);
        if (Tokens(c.Words) is { Count: > 0 } tokens)
        {
            var ids = MatchingIds(tokens);
            query = query.Where(s => ids.Contains(s.Id));
        }

        if (c.Need is { } need)
        {
            var bit = need.ToSet();
            query = query.Where(s => (s.Details.Needs & bit) != 0);
        }

        if (c.AnyNamedNeed)
        {
            query = query.Where(s => s.Details.Needs != NeedSet.None);
        }

        if (c.Age is { } age)
        {
            query = query.Where(s => s.Details.MinimumAge <= age && s.Details.MaximumAge >= age);
        }

        if (c.MinimumAgeAtLeast is { } min)
        {
            query = query.Where(s => s.Details.MinimumAge >= min);
        }

        if (c.MaximumAgeAtMost is { } max)
        {
            query = query.Where(s => s.Details.MaximumAge <= max);
        }

        if (c.Category is { } category)
        {
            query = query.Where(s => s.Details.Category == category);
        }

        if (c.FreeOnly)
        {
            query = query.Where(s => s.Details.IsFree);
        }

        if (c.Day != DaySet.None)
        {
            var day = c.Day;
            query = query.Where(s => (s.Details.Days & day) != 0);
        }

        if (c.OpenAt is { } at)
        {
            query = query.Where(s => s.Details.OpensAt <= at && s.Details.ClosesAt > at);
        }

        if (c.OpensAtOrAfter is { } start)
        {
            query = query.Where(s => s.Details.OpensAt >= start);
        }

        if (c.ClosesAtOrBefore is { } end)
        {
            query = query.Where(s => s.Details.ClosesAt <= end);
        }

        if (!string.IsNullOrWhiteSpace(c.District))
        {
            var district = c.District;
            query = query.Where(s => s.Details.District == district);
        }

        if (c.ModifiedAfter is { } after)
        {
            query = query.Where(s => s.LastModified >= after);
        }

        return query;
    }

    /// <summary>The lower-case words of a search, without punctuation or stop words.</summary>
    public static IReadOnlyList<string> Tokens(string? words) =>
        string.IsNullOrWhiteSpace(words)
            ? []
            : [.. words.Split(' ', '\t', ',', '.', ';', ':', '!', '?', '"', '\'', '(', ')', '-', '/', '*', '&', '+', '|', '^')
                .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]).ToLowerInvariant())
                .Where(w => w.Length > 1 && !StopWords.Contains(w))
                .Distinct()
                .Take(12)];

    private IQueryable<Guid> MatchingIds(IReadOnlyList<string> tokens)
    {
        if (db.Database.IsNpgsql())
        {
            var text = string.Join(' ', tokens);
            return db.Database.SqlQuery<Guid>(
                $"""SELECT "Id" AS "Value" FROM "LocalOfferServices" WHERE "SearchVector" @@ plainto_tsquery('english', {text})""");
        }

        // FTS5 query syntax: each word quoted (so nothing the user types is an operator), all words required.
        var match = string.Join(' ', tokens.Select(t => string.Create(CultureInfo.InvariantCulture, $"\"{t}\"")));
        return db.Database.SqlQuery<Guid>($"SELECT ServiceId AS Value FROM LocalOfferSearch WHERE LocalOfferSearch MATCH {match}");
    }
}
