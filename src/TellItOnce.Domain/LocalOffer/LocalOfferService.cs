using NodaTime;
using TellItOnce.Domain.Children;

namespace TellItOnce.Domain.LocalOffer;

/// <summary>
/// One service in an area's Local Offer, as families see it once the council has approved it. Its <see cref="Id"/> is
/// stable for the life of the service (it is also its Open Referral UK id), so a future EHC plan provision line can
/// reference it. Providers never change these columns directly: they submit a <see cref="ServiceRevision"/>.
/// </summary>
public sealed class LocalOfferService
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    /// <summary>The provider organisation that keeps this entry up to date.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>True once the council has approved a version; only published services are shown to families or the API.</summary>
    public bool IsPublished { get; set; }

    public ServiceStatus Status { get; set; } = ServiceStatus.Active;

    /// <summary>The Open Referral UK id of the service's venue, and of the service-at-location link, kept stable across edits.</summary>
    public Guid LocationId { get; set; }

    public Guid ServiceAtLocationId { get; set; }

    public ServiceDetails Details { get; set; } = new();

    /// <summary>The words the database's full-text index reads (SQLite FTS5, PostgreSQL tsvector); rebuilt on every publish.</summary>
    public string SearchText { get; set; } = string.Empty;

    public LocalDate LastReviewedOn { get; set; }

    public Instant LastModified { get; set; }

    public List<ServiceRevision> Revisions { get; set; } = [];

    /// <summary>An entry nobody has reviewed for 12 months may be out of date: the council and the provider see a flag.</summary>
    public bool IsStale(LocalDate today) => LastReviewedOn.PlusMonths(12) < today;

    /// <summary>Makes <paramref name="details"/> what families see, reviewed today.</summary>
    public void Publish(ServiceDetails details, LocalDate today, Instant now)
    {
        ArgumentNullException.ThrowIfNull(details);
        Details = details;
        SearchText = details.SearchText();
        IsPublished = true;
        LastReviewedOn = today;
        LastModified = now;
    }
}

public enum ServiceStatus
{
    Active,
    Inactive,
    Defunct,
    TemporarilyClosed,
}

/// <summary>How a family gets to use a service.</summary>
public enum ReferralRoute
{
    SelfReferral,
    ProfessionalReferral,
    SelfOrProfessionalReferral,
}

/// <summary>
/// Everything a provider can say about a service: the content of a version. Flat columns on the service (for fast search
/// and filtering) and a JSON document on each revision (the history).
/// </summary>
public sealed record ServiceDetails
{
    public string Name { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public ServiceCategory Category { get; init; } = ServiceCategory.AdviceAndSupport;

    /// <summary>The types of need the service is for; none means any need.</summary>
    public NeedSet Needs { get; init; }

    public int MinimumAge { get; init; }

    public int MaximumAge { get; init; } = 25;

    public ReferralRoute Referral { get; init; } = ReferralRoute.SelfReferral;

    public string HowToAccess { get; init; } = string.Empty;

    public bool IsFree { get; init; } = true;

    public string? CostDescription { get; init; }

    public decimal? CostAmount { get; init; }

    public DaySet Days { get; init; }

    public LocalTime? OpensAt { get; init; }

    public LocalTime? ClosesAt { get; init; }

    public string? ScheduleDescription { get; init; }

    public string? VenueName { get; init; }

    public string? AddressLine { get; init; }

    public string? Town { get; init; }

    public string? Postcode { get; init; }

    /// <summary>The area's district the service is in (one of <c>Area.Districts</c>), for the district filter.</summary>
    public string? District { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? Accessibility { get; init; }

    public string? ContactName { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Website { get; init; }

    /// <summary>Languages the service is delivered in, for example "English, Polish, British Sign Language".</summary>
    public string? Languages { get; init; }

    public string SearchText() => string.Join(' ', new[]
    {
        Name, Description, Category.Describe(), string.Join(' ', Needs.ToList().Select(n => $"{n} {n.Describe()}")),
        HowToAccess, VenueName, Town, District, Languages, CostDescription,
    }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
