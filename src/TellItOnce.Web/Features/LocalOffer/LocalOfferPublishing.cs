using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.LocalOffer;

/// <summary>What a provider types into the service form, before it is checked.</summary>
public sealed class ServiceForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    public List<string> Needs { get; set; } = [];

    public string? MinimumAge { get; set; }

    public string? MaximumAge { get; set; }

    public string? Referral { get; set; }

    public string? HowToAccess { get; set; }

    public string? Free { get; set; }

    public string? CostDescription { get; set; }

    public List<string> Days { get; set; } = [];

    public string? OpensAt { get; set; }

    public string? ClosesAt { get; set; }

    public string? ScheduleDescription { get; set; }

    public string? VenueName { get; set; }

    public string? AddressLine { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? District { get; set; }

    public string? Accessibility { get; set; }

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? Languages { get; set; }

    public static ServiceForm From(ServiceDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new()
        {
            Name = d.Name,
            Description = d.Description,
            Category = d.Category.ToString(),
            Needs = [.. d.Needs.ToList().Select(n => n.ToString())],
            MinimumAge = d.MinimumAge.ToString(System.Globalization.CultureInfo.InvariantCulture),
            MaximumAge = d.MaximumAge.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Referral = d.Referral.ToString(),
            HowToAccess = d.HowToAccess,
            Free = d.IsFree ? "yes" : "no",
            CostDescription = d.CostDescription,
            Days = [.. d.Days.ToList().Select(x => x.ToString())],
            OpensAt = d.OpensAt?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ClosesAt = d.ClosesAt?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ScheduleDescription = d.ScheduleDescription,
            VenueName = d.VenueName,
            AddressLine = d.AddressLine,
            Town = d.Town,
            Postcode = d.Postcode,
            District = d.District,
            Accessibility = d.Accessibility,
            ContactName = d.ContactName,
            Phone = d.Phone,
            Email = d.Email,
            Website = d.Website,
            Languages = d.Languages,
        };
    }
}

public sealed record ProviderServiceRow(LocalOfferService Service, RevisionState? Latest, string? LatestReason, bool Stale);

public sealed record ServiceHistory(LocalOfferService Service, string OrganisationName, IReadOnlyList<ServiceRevision> Revisions, bool Stale)
{
    public ServiceRevision? Pending => Revisions.FirstOrDefault(r => r.State == RevisionState.Pending);
}

/// <summary>
/// Providers keep their own entries; every change is a new version the council approves (or rejects, saying why) before
/// families see it. Versions are never deleted: they are the history. Used by the provider and council pages.
/// </summary>
public sealed class LocalOfferPublishing(AppDbContext db, IClock clock)
{
    public const string ReasonField = "reason";

    /// <summary>The council roles that approve Local Offer entries and moderate feedback.</summary>
    public static readonly Role[] CouncilRoles = [Role.Manager, Role.Administrator];

    public async Task<Guid?> OrganisationOfAsync(Guid userId, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.OrganisationId).SingleOrDefaultAsync(ct);

    public async Task<IReadOnlyList<ProviderServiceRow>> ServicesOfAsync(Guid organisationId, CancellationToken ct) =>
        await RowsAsync(db.LocalOfferServices.Where(s => s.OrganisationId == organisationId), ct);

    public async Task<IReadOnlyList<ProviderServiceRow>> ServicesInAsync(IReadOnlyList<Guid> areas, CancellationToken ct) =>
        await RowsAsync(db.LocalOfferServices.Where(s => areas.Contains(s.AreaId)), ct);

    private async Task<IReadOnlyList<ProviderServiceRow>> RowsAsync(IQueryable<LocalOfferService> services, CancellationToken ct)
    {
        var today = Domain.Pathway.EnglishCalendar.DateOf(clock.GetCurrentInstant());
        var rows = await services.AsNoTracking()
            .Select(s => new
            {
                Service = s,
                Latest = db.ServiceRevisions.Where(r => r.ServiceId == s.Id).OrderByDescending(r => r.Number)
                    .Select(r => new { r.State, r.DecisionReason }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Service.Details.Name, StringComparer.Ordinal)
            .Select(r => new ProviderServiceRow(r.Service, r.Latest?.State, r.Latest?.DecisionReason, r.Service.IsPublished && r.Service.IsStale(today)))];
    }

    /// <summary>A service with its versions, if <paramref name="organisationId"/> keeps it (providers) or it is in one of <paramref name="areas"/> (council).</summary>
    public async Task<ServiceHistory?> HistoryAsync(Guid serviceId, Guid? organisationId, IReadOnlyList<Guid>? areas, CancellationToken ct)
    {
        var row = await (from s in db.LocalOfferServices.AsNoTracking().Include(s => s.Revisions)
                         join o in db.Organisations.AsNoTracking() on s.OrganisationId equals o.Id
                         where s.Id == serviceId
                         select new { Service = s, Organisation = o.Name }).SingleOrDefaultAsync(ct);
        if (row is null || (organisationId is { } org && row.Service.OrganisationId != org) || (areas is not null && !areas.Contains(row.Service.AreaId))
            || (organisationId is null && areas is null))
        {
            return null;
        }

        var today = Domain.Pathway.EnglishCalendar.DateOf(clock.GetCurrentInstant());
        return new ServiceHistory(row.Service, row.Organisation, [.. row.Service.Revisions.OrderByDescending(r => r.Number)], row.Service.IsPublished && row.Service.IsStale(today));
    }

    /// <summary>
    /// A provider proposes a new service (<paramref name="serviceId"/> null) or a change to one of its own. The entry
    /// families see does not change until the council approves. Returns null when the service is not theirs.
    /// </summary>
    public async Task<Outcome<Guid>?> SubmitAsync(Guid? serviceId, ServiceForm form, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var organisationId = await OrganisationOfAsync(userId, ct);
        if (organisationId is null)
        {
            return null;
        }

        LocalOfferService? service = null;
        if (serviceId is { } id)
        {
            service = await db.LocalOfferServices.Include(s => s.Revisions).SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == organisationId, ct);
            if (service is null)
            {
                return null;
            }
        }

        var areaId = service?.AreaId ?? await db.AreaMemberships.Where(m => m.UserId == userId && m.Role == Role.Provider).Select(m => (Guid?)m.AreaId).FirstOrDefaultAsync(ct);
        if (areaId is null)
        {
            return null;
        }

        var districts = await db.Areas.Where(a => a.Id == areaId).Select(a => a.Districts).SingleAsync(ct);
        var outcome = ServiceFormRules.Check(form, districts);
        if (!outcome.Succeeded)
        {
            return Outcome<Guid>.Failure(outcome.Errors);
        }

        var now = clock.GetCurrentInstant();
        if (service is null)
        {
            service = new LocalOfferService
            {
                Id = Guid.CreateVersion7(),
                AreaId = areaId.Value,
                OrganisationId = organisationId.Value,
                LocationId = Guid.CreateVersion7(),
                ServiceAtLocationId = Guid.CreateVersion7(),
                Details = outcome.Value!,
                SearchText = outcome.Value!.SearchText(),
                LastReviewedOn = Domain.Pathway.EnglishCalendar.DateOf(now),
                LastModified = now,
            };
            db.LocalOfferServices.Add(service);
        }

        if (service.Revisions.FirstOrDefault(r => r.State == RevisionState.Pending) is { } pending)
        {
            pending.Details = outcome.Value!;
            pending.SubmittedBy = userId;
            pending.SubmittedAt = now;
        }
        else
        {
            db.ServiceRevisions.Add(new ServiceRevision
            {
                Id = Guid.CreateVersion7(),
                AreaId = service.AreaId,
                ServiceId = service.Id,
                Number = service.Revisions.Count + 1,
                State = RevisionState.Pending,
                Details = outcome.Value!,
                SubmittedBy = userId,
                SubmittedAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Success(service.Id);
    }

    /// <summary>The council approves the pending version: it becomes what families see, reviewed today.</summary>
    public async Task<Outcome<Guid>?> DecideAsync(Guid serviceId, bool approve, string? reason, IReadOnlyList<Guid> areas, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var service = await db.LocalOfferServices.Include(s => s.Revisions).SingleOrDefaultAsync(s => s.Id == serviceId && areas.Contains(s.AreaId), ct);
        if (service is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        var pending = service.Revisions.FirstOrDefault(r => r.State == RevisionState.Pending);
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (pending is null)
        {
            errors.Add(ReasonField, "There is no change waiting for approval");
        }
        else if (!approve && why is null)
        {
            errors.Add(ReasonField, "Enter the reason for rejecting the change, so the provider can put it right");
        }
        else if (why is { Length: > 1000 })
        {
            errors.Add(ReasonField, "The reason must be 1000 characters or fewer");
        }

        if (errors.Any)
        {
            return Outcome<Guid>.Failure(errors.ToDictionary());
        }

        var now = clock.GetCurrentInstant();
        pending!.State = approve ? RevisionState.Approved : RevisionState.Rejected;
        pending.DecidedBy = userId;
        pending.DecidedAt = now;
        pending.DecisionReason = why;
        if (approve)
        {
            service.Publish(pending.Details, Domain.Pathway.EnglishCalendar.DateOf(now), now);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Success(service.Id);
    }
}
