using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using TellItOnce.Domain.LocalOffer;

namespace TellItOnce.Web.Features.LocalOffer;

#pragma warning disable CA1056 // ORUK names its URL fields as strings.
public sealed record OrukMeta(string Version, string Profile, string OpenapiUrl);

public sealed record OrukPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

public sealed record OrukOrganization(string Id, string Name, string Description, string? Email = null, string? Website = null);

public sealed record OrukTaxonomyTerm(string Id, string Name, string Description, string Taxonomy, string TaxonomyId, string Code, string? Term = null);

public sealed record OrukAttributeLink(string Id, string LinkId, string TaxonomyTermId, string LinkType, OrukTaxonomyTerm TaxonomyTerm);

public sealed record OrukTaxonomy(string Id, string Name, string Description, string Version, IReadOnlyList<OrukTaxonomyTerm>? TaxonomyTerms = null);

public sealed record OrukSchedule(string Id, string ServiceId, string Freq, int Interval, string? Byday, string? OpensAt, string? ClosesAt, string? Description);

public sealed record OrukAddress(string Id, string LocationId, [property: JsonPropertyName("address_1")] string Address1, string City, string StateProvince, string PostalCode, string Country, string AddressType);

public sealed record OrukAccessibility(string Id, string LocationId, string Description);

public sealed record OrukLocation(
    string Id, string LocationType, string? Name, double? Latitude, double? Longitude,
    IReadOnlyList<OrukAddress>? Addresses = null, IReadOnlyList<OrukAccessibility>? Accessibility = null);

public sealed record OrukServiceRef(
    string Id, string Name, string Status, string? Description, string? Email, string? Url, int MinimumAge, int MaximumAge,
    string? Fees, string LastModified, string AssuredDate, OrukOrganization Organization);

public sealed record OrukServiceAtLocation(string Id, string ServiceId, string LocationId, OrukLocation Location, OrukServiceRef? Service = null);

public sealed record OrukCostOption(string Id, string ServiceId, string? Option, decimal? Amount, string? AmountDescription);

public sealed record OrukPhone(string Id, string Number);

public sealed record OrukContact(string Id, string ServiceId, string? Name, string? Email, IReadOnlyList<OrukPhone> Phones);

public sealed record OrukLanguage(string Id, string ServiceId, string Name);

public sealed record OrukService(
    string Id, string OrganizationId, string Name, string Description, string? Url, string? Email, string Status, string? Fees,
    int MinimumAge, int MaximumAge, string AssuredDate, string LastModified, OrukOrganization Organization,
    IReadOnlyList<OrukSchedule> Schedules, IReadOnlyList<OrukServiceAtLocation> ServiceAtLocations, IReadOnlyList<OrukCostOption> CostOptions,
    IReadOnlyList<OrukContact> Contacts, IReadOnlyList<OrukLanguage> Languages, IReadOnlyList<OrukAttributeLink> Attributes);
#pragma warning restore CA1056

/// <summary>Maps Local Offer services to the shapes of Open Referral UK (HSDS-UK 3.0), snake_case, nulls left out.</summary>
public static class OpenReferralMapping
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    public static string Status(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "active",
        ServiceStatus.Inactive => "inactive",
        ServiceStatus.Defunct => "defunct",
        _ => "temporarily closed",
    };

    public static OrukTaxonomyTerm Term(TaxonomyTerm t, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(taxonomy);
        return new(Id(t.Id), t.Name, t.Description, taxonomy.Name, Id(taxonomy.Id), t.Code, t.Code);
    }

    public static OrukTaxonomy Taxonomy(Taxonomy t, bool withTerms)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(Id(t.Id), t.Name, t.Description, "1", withTerms ? [.. t.Terms.Select(term => Term(term, t))] : null);
    }

    public static OrukOrganization Organization(Guid id, string name) => new(Id(id), name, $"{name}, a provider in the Local Offer.");

    public static OrukServiceRef Summary(LocalOfferService s, string organisation)
    {
        ArgumentNullException.ThrowIfNull(s);
        var d = s.Details;
        return new(Id(s.Id), d.Name, Status(s.Status), d.Description, Email(d.Email), Url(d.Website), d.MinimumAge, d.MaximumAge,
            d.IsFree ? "Free" : d.CostDescription, Instant(s.LastModified), LocalDatePattern.Iso.Format(s.LastReviewedOn), Organization(s.OrganisationId, organisation));
    }

    public static OrukServiceAtLocation? ServiceAtLocation(LocalOfferService s, string organisation, bool withService)
    {
        ArgumentNullException.ThrowIfNull(s);
        var d = s.Details;
        if (d.VenueName is null && d.Postcode is null && d.Latitude is null)
        {
            return null;
        }

        var locationId = Id(s.LocationId);
        var address = d.AddressLine is not null && d.Town is not null && d.Postcode is not null
            ? new OrukAddress(Id(LocalOfferTaxonomies.StableId($"{locationId}/address")), locationId, d.AddressLine, d.Town, d.District ?? d.Town, d.Postcode, "GB", "physical")
            : null;
        var accessibility = d.Accessibility is null ? null : new OrukAccessibility(Id(LocalOfferTaxonomies.StableId($"{locationId}/accessibility")), locationId, d.Accessibility);
        var location = new OrukLocation(locationId, "physical", d.VenueName, d.Latitude, d.Longitude,
            address is null ? [] : [address], accessibility is null ? [] : [accessibility]);
        return new OrukServiceAtLocation(Id(s.ServiceAtLocationId), Id(s.Id), locationId, location, withService ? Summary(s, organisation) : null);
    }

    public static OrukService Full(LocalOfferService s, string organisation)
    {
        ArgumentNullException.ThrowIfNull(s);
        var d = s.Details;
        var id = Id(s.Id);
        string Child(string kind) => Id(LocalOfferTaxonomies.StableId($"{id}/{kind}"));
        var schedules = d.Days == DaySet.None && d.OpensAt is null
            ? new List<OrukSchedule>()
            : [new OrukSchedule(Child("schedule"), id, "WEEKLY", 1, d.Days == DaySet.None ? null : d.Days.ToRfc5545(),
                d.OpensAt?.ToString("HH:mm:ss", CultureInfo.InvariantCulture), d.ClosesAt?.ToString("HH:mm:ss", CultureInfo.InvariantCulture), d.ScheduleDescription)];
        var costs = d.IsFree
            ? new List<OrukCostOption> { new(Child("cost"), id, "Free", 0, "Free") }
            : [new OrukCostOption(Child("cost"), id, d.CostDescription, d.CostAmount, d.CostDescription)];
        var contacts = d.ContactName is null && d.Phone is null && d.Email is null
            ? new List<OrukContact>()
            : [new OrukContact(Child("contact"), id, d.ContactName, Email(d.Email), d.Phone is null ? [] : [new OrukPhone(Child("phone"), d.Phone)])];
        var languages = (d.Languages ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => new OrukLanguage(Child($"language/{l}"), id, l)).ToList();
        var terms = new List<(TaxonomyTerm Term, Taxonomy Taxonomy)> { (LocalOfferTaxonomies.Term(d.Category), LocalOfferTaxonomies.Categories) };
        terms.AddRange(d.Needs.ToList().Where(n => n != Domain.Children.NeedType.NSA).Select(n => (LocalOfferTaxonomies.Term(n), LocalOfferTaxonomies.Needs)));
        var attributes = terms.Select(t => new OrukAttributeLink(Child($"attribute/{t.Term.Code}"), id, Id(t.Term.Id), "service", Term(t.Term, t.Taxonomy))).ToList();
        var at = ServiceAtLocation(s, organisation, withService: false);
        return new OrukService(id, Id(s.OrganisationId), d.Name, d.Description, Url(d.Website), Email(d.Email), Status(s.Status),
            d.IsFree ? "Free" : d.CostDescription, d.MinimumAge, d.MaximumAge, LocalDatePattern.Iso.Format(s.LastReviewedOn), Instant(s.LastModified),
            Organization(s.OrganisationId, organisation), schedules, at is null ? [] : [at], costs, contacts, languages, attributes);
    }

    private static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string? Email(string? email) => email is not null && email.Contains('@', StringComparison.Ordinal) ? email : null;

    private static string? Url(string? url) => Uri.TryCreate(url, UriKind.Absolute, out _) ? url : null;
}
