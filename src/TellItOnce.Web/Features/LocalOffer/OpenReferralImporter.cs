using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using TellItOnce.Data;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Domain.People;

namespace TellItOnce.Web.Features.LocalOffer;

public sealed record ImportProblem(string Record, string Message);

/// <summary>What an import did, or (when <see cref="Problems"/> is not empty) why nothing was imported.</summary>
public sealed record ImportReport(int Created, int Updated, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Loads services from another Open Referral UK (HSDS-UK 3.0) feed, so an area can move its directory here: a file, or
/// an HTTP URL (following its pages). Accepts a service, a service at a location, an organisation with its services, a
/// list page of any of those, or an array. Every record is checked first and every problem reported with the record it
/// is in; if there is any problem nothing is saved, otherwise everything is saved in one transaction. Imported services
/// are published at once (the council imports them) with a version saying where they came from. Used by the council's
/// import page and callable from the CLI.
/// </summary>
public sealed class OpenReferralImporter(AppDbContext db, IClock clock, IHttpClientFactory httpClients)
{
    public const string HttpClientName = "OpenReferralImport";
    private const int MaximumPages = 500;

    public async Task<ImportReport> ImportAsync(Stream json, Guid areaId, string source, CancellationToken ct)
    {
        JsonNode? root;
        try
        {
            root = await JsonNode.ParseAsync(json, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return new ImportReport(0, 0, [new ImportProblem(source, $"The file is not valid JSON: {e.Message}")]);
        }

        return await ImportAsync([(source, root)], areaId, source, ct);
    }

    public async Task<ImportReport> ImportFromUrlAsync(Uri url, Guid areaId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var client = httpClients.CreateClient(HttpClientName);
        var documents = new List<(string, JsonNode?)>();
        var next = url;
        for (var page = 1; page <= MaximumPages && next is not null; page++)
        {
            JsonNode? node;
            try
            {
                using var response = await client.GetAsync(next, ct);
                if (!response.IsSuccessStatusCode)
                {
                    return new ImportReport(0, 0, [new ImportProblem(next.ToString(), $"The feed answered {(int)response.StatusCode} {response.ReasonPhrase}")]);
                }

                node = await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException)
            {
                return new ImportReport(0, 0, [new ImportProblem(next.ToString(), $"The feed could not be read: {e.Message}")]);
            }

            documents.Add((next.ToString(), node));
            next = node is JsonObject o && o["total_pages"]?.GetValueKind() == JsonValueKind.Number && page < (int)o["total_pages"]!
                ? new Uri(QueryWithPage(next, page + 1))
                : null;
        }

        return await ImportAsync(documents, areaId, url.ToString(), ct);
    }

    private static string QueryWithPage(Uri url, int page)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query);
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(url.GetLeftPart(UriPartial.Path), query);
    }

    private sealed record Candidate(string Record, JsonObject Service, JsonObject? Organisation, JsonObject? Location);

    private async Task<ImportReport> ImportAsync(IReadOnlyList<(string Source, JsonNode? Root)> documents, Guid areaId, string source, CancellationToken ct)
    {
        var problems = new List<ImportProblem>();
        var candidates = new List<Candidate>();
        foreach (var (name, root) in documents)
        {
            Collect(root, name, null, candidates, problems);
        }

        var now = clock.GetCurrentInstant();
        var today = Domain.Pathway.EnglishCalendar.DateOf(now);
        var parsed = new List<(Candidate Candidate, Guid Id, ServiceStatus Status, ServiceDetails Details, Guid? LocationId)>();
        foreach (var candidate in candidates)
        {
            if (Read(candidate, problems) is { } read)
            {
                parsed.Add((candidate, read.Id, read.Status, read.Details, read.LocationId));
            }
        }

        foreach (var duplicate in parsed.GroupBy(p => p.Id).Where(g => g.Count() > 1 && g.Select(p => p.Details).Distinct().Count() > 1))
        {
            problems.Add(new ImportProblem(duplicate.Last().Candidate.Record, $"Service {duplicate.Key} appears more than once with different details"));
        }

        var ids = parsed.Select(p => p.Id).Distinct().ToList();
        var existing = await db.LocalOfferServices.Include(s => s.Revisions).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        foreach (var (candidate, id, _, _, _) in parsed.Where(p => existing.TryGetValue(p.Id, out var s) && s.AreaId != areaId))
        {
            problems.Add(new ImportProblem(candidate.Record, $"Service {id} already belongs to another area"));
        }

        if (problems.Count > 0)
        {
            return new ImportReport(0, 0, problems);
        }

        var organisations = new Dictionary<string, Organisation>(StringComparer.OrdinalIgnoreCase);
        int created = 0, updated = 0;
        foreach (var (candidate, id, status, details, locationId) in parsed.DistinctBy(p => p.Id))
        {
            var organisation = await OrganisationAsync(candidate.Organisation, organisations, ct);
            if (!existing.TryGetValue(id, out var service))
            {
                service = new LocalOfferService
                {
                    Id = id,
                    AreaId = areaId,
                    OrganisationId = organisation.Id,
                    LocationId = locationId ?? Guid.CreateVersion7(),
                    ServiceAtLocationId = Guid.TryParse((string?)candidate.Location?.Parent?["id"], out var sal) ? sal : Guid.CreateVersion7(),
                };
                db.LocalOfferServices.Add(service);
                existing[id] = service;
                created++;
            }
            else
            {
                updated++;
            }

            service.OrganisationId = organisation.Id;
            service.Status = status;
            service.Publish(details, today, now);
            // Added through the DbSet: a new child with its key already set would otherwise be taken for an existing row.
            var revision = new ServiceRevision
            {
                Id = Guid.CreateVersion7(),
                AreaId = areaId,
                ServiceId = id,
                Number = service.Revisions.Count + 1,
                State = RevisionState.Approved,
                Details = details,
                SubmittedAt = now,
                DecidedAt = now,
                Note = $"Imported from {Truncate(source, 200)}",
            };
            service.Revisions.Add(revision);
            db.ServiceRevisions.Add(revision);
        }

        await db.SaveChangesAsync(ct);
        return new ImportReport(created, updated, []);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    /// <summary>Finds the services in whatever ORUK shape the document has.</summary>
    private static void Collect(JsonNode? node, string path, JsonObject? organisation, List<Candidate> into, List<ImportProblem> problems)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], $"{path}[{i}]", organisation, into, problems);
                }

                break;
            case JsonObject o when o["contents"] is JsonArray contents:
                Collect(contents, $"{path} contents", organisation, into, problems);
                break;
            case JsonObject o when o["service"] is JsonObject service && o["location"] is JsonObject location:
                into.Add(new Candidate($"{path} (service at location {(string?)o["id"]})", service, service["organization"] as JsonObject ?? organisation, location));
                break;
            case JsonObject o when o["services"] is JsonArray services:
                for (var i = 0; i < services.Count; i++)
                {
                    Collect(services[i], $"{path} services[{i}]", o, into, problems);
                }

                break;
            case JsonObject o when o.ContainsKey("status"):
                var venue = (o["service_at_locations"] as JsonArray)?.OfType<JsonObject>().Select(s => s["location"]).OfType<JsonObject>().FirstOrDefault();
                into.Add(new Candidate($"{path} (service {(string?)o["id"] ?? "without an id"})", o, o["organization"] as JsonObject ?? organisation, venue));
                break;
            case JsonObject o when o.ContainsKey("taxonomy_terms") || o.ContainsKey("term_uri") || o.ContainsKey("parent_id") || o.ContainsKey("taxonomy")
                || (o.ContainsKey("website") && !o.ContainsKey("status")) || (o.ContainsKey("version") && o.ContainsKey("uri")):
                // Taxonomies and organisations without services: this directory's vocabularies are fixed, and an
                // organisation comes in with its services, so there is nothing to import.
                break;
            case JsonObject:
                problems.Add(new ImportProblem(path, "This is not an Open Referral UK service, service at location, organisation or list of them: a service needs \"id\", \"name\" and \"status\""));
                break;
            default:
                problems.Add(new ImportProblem(path, "Expected a JSON object or array"));
                break;
        }
    }

    private sealed record ReadService(Guid Id, ServiceStatus Status, ServiceDetails Details, Guid? LocationId);

    private static ReadService? Read(Candidate c, List<ImportProblem> problems)
    {
        var s = c.Service;
        var before = problems.Count;
        void Problem(string message) => problems.Add(new ImportProblem(c.Record, message));
        JsonNode? Typed(JsonObject? o, string name, JsonValueKind kind, string what)
        {
            var node = o?[name];
            if (node is not null && node.GetValueKind() != kind)
            {
                Problem($"\"{name}\" must be {what}");
                return null;
            }

            return node;
        }

        string? Str(JsonObject? o, string name) =>
            ((string?)Typed(o, name, JsonValueKind.String, "a string"))?.Trim() is { Length: > 0 } value ? value : null;

        double? Num(JsonObject? o, string name) => (double?)Typed(o, name, JsonValueKind.Number, "a number");

        var idText = Str(s, "id");
        if (idText is null)
        {
            Problem("\"id\" is required");
        }
        else if (!Guid.TryParse(idText, out _))
        {
            Problem($"\"id\" must be a UUID, not \"{idText}\"");
        }

        var name = Str(s, "name");
        if (name is null)
        {
            Problem("\"name\" is required");
        }
        else if (name.Length > 200)
        {
            Problem("\"name\" must be 200 characters or fewer");
        }

        var statusText = Str(s, "status");
        ServiceStatus? status = statusText switch
        {
            "active" => ServiceStatus.Active,
            "inactive" => ServiceStatus.Inactive,
            "defunct" => ServiceStatus.Defunct,
            "temporarily closed" => ServiceStatus.TemporarilyClosed,
            _ => null,
        };
        if (status is null)
        {
            Problem(statusText is null ? "\"status\" is required" : $"\"status\" must be active, inactive, defunct or temporarily closed, not \"{statusText}\"");
        }

        var min = Num(s, "minimum_age");
        var max = Num(s, "maximum_age");
        if (min is < 0 or > 150 || max is < 0 or > 150 || (min > max))
        {
            Problem("\"minimum_age\" and \"maximum_age\" must be ages from 0 to 150, the minimum no more than the maximum");
        }

        if (c.Organisation is { } org && Str(org, "name") is null)
        {
            Problem("The organisation needs a \"name\"");
        }

        var schedule = (s["schedules"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault();
        var days = DaySet.None;
        foreach (var code in (Str(schedule, "byday") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var errors = new Web.Shared.FieldErrors();
            days |= SearchParameters.Day(code, "byday", errors);
            if (errors.Any)
            {
                Problem($"schedule \"byday\" has an unknown day \"{code}\"");
            }
        }

        LocalTime? Time(string field)
        {
            var text = Str(schedule, field);
            if (text is null)
            {
                return null;
            }

            var parsed = LocalTimePattern.ExtendedIso.Parse(text);
            if (!parsed.Success)
            {
                Problem($"schedule \"{field}\" must be a time like 10:00:00, not \"{text}\"");
                return null;
            }

            return parsed.Value;
        }

        var opens = Time("opens_at");
        var closes = Time("closes_at");
        var location = c.Location;
        var address = (location?["addresses"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault();
        var lat = Num(location, "latitude");
        var lon = Num(location, "longitude");
        var hasPoint = lat is { } la && lon is { } lo && GeoPoint.IsValid(la, lo);
        var postcode = Str(address, "postal_code");
        var district = PostcodeDistricts.Find(postcode);
        var contact = (s["contacts"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault();
        var phone = (contact?["phones"] as JsonArray)?.OfType<JsonObject>().Select(p => Str(p, "number")).FirstOrDefault(n => n is not null);
        var cost = (s["cost_options"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault();
        var amount = Num(cost, "amount");
        var fees = Str(s, "fees");
        var languages = (s["languages"] as JsonArray)?.OfType<JsonObject>().Select(l => Str(l, "name")).OfType<string>().ToList() ?? [];
        var terms = (s["attributes"] as JsonArray)?.OfType<JsonObject>().Select(a => a["taxonomy_term"] as JsonObject).OfType<JsonObject>().ToList() ?? [];
        var category = ServiceCategory.AdviceAndSupport;
        var needs = NeedSet.None;
        foreach (var term in terms)
        {
            var known = Guid.TryParse(Str(term, "id"), out var termId) ? LocalOfferTaxonomies.AllTerms.FirstOrDefault(t => t.Id == termId) : null;
            var code = known?.Code ?? Str(term, "code") ?? Str(term, "term") ?? Str(term, "name");
            if (Enum.TryParse<ServiceCategory>(code, true, out var cat) && Enum.IsDefined(cat) && !int.TryParse(code, out _))
            {
                category = cat;
            }
            else if (Enum.TryParse<NeedType>(code, true, out var need) && Enum.IsDefined(need) && !int.TryParse(code, out _))
            {
                needs |= need.ToSet();
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        static string? Cap(string? text, int length) => text is null ? null : text.Length <= length ? text : text[..length];
        var details = new ServiceDetails
        {
            Name = name!,
            Description = Cap(Str(s, "description"), 5000) ?? string.Empty,
            Category = category,
            Needs = needs,
            MinimumAge = (int)(min ?? 0),
            MaximumAge = (int)(max ?? 25),
            Referral = ReferralRoute.SelfOrProfessionalReferral,
            HowToAccess = Cap(Str(s, "alert"), 2000) ?? string.Empty,
            IsFree = (amount is null or 0) && (fees is null || fees.Contains("free", StringComparison.OrdinalIgnoreCase)),
            CostDescription = Cap(fees ?? Str(cost, "amount_description") ?? Str(cost, "option"), 500),
            CostAmount = amount is { } a && a > 0 ? (decimal)a : null,
            Days = days,
            OpensAt = opens,
            ClosesAt = closes,
            ScheduleDescription = Cap(Str(schedule, "description"), 1000),
            VenueName = Cap(Str(location, "name"), 200),
            AddressLine = Cap(Str(address, "address_1"), 300),
            Town = Cap(Str(address, "city"), 100),
            Postcode = Cap(postcode, 10),
            District = district?.Place,
            Latitude = hasPoint ? lat : district?.Centre.Latitude,
            Longitude = hasPoint ? lon : district?.Centre.Longitude,
            Accessibility = Cap((location?["accessibility"] as JsonArray)?.OfType<JsonObject>().Select(x => Str(x, "description")).FirstOrDefault(x => x is not null), 2000),
            ContactName = Cap(Str(contact, "name"), 200),
            Phone = Cap(phone, 40),
            Email = Cap(Str(s, "email"), 200),
            Website = Cap(Str(s, "url"), 500),
            Languages = languages.Count == 0 ? null : Cap(string.Join(", ", languages), 500),
        };
        return new ReadService(Guid.Parse(idText!), status!.Value, details, Guid.TryParse(Str(location, "id"), out var locationId) ? locationId : null);
    }

    private async Task<Organisation> OrganisationAsync(JsonObject? source, Dictionary<string, Organisation> cache, CancellationToken ct)
    {
        var name = ((string?)source?["name"])?.Trim() is { Length: > 0 } n ? n[..Math.Min(n.Length, 200)] : "Imported services without a named provider";
        if (cache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var id = Guid.TryParse((string?)source?["id"], out var parsed) ? parsed : (Guid?)null;
        var organisation = (id is null ? null : await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct))
            ?? await db.Organisations.FirstOrDefaultAsync(o => o.Name == name, ct);
        if (organisation is null)
        {
            organisation = new Organisation { Id = id ?? Guid.CreateVersion7(), Name = name, Kind = OrganisationKind.ServiceProvider };
            db.Organisations.Add(organisation);
        }

        cache[name] = organisation;
        return organisation;
    }
}
