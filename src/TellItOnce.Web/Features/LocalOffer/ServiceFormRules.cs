using System.Globalization;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.LocalOffer;

/// <summary>Checks a provider's service form and turns it into the details of a version, with GOV.UK error messages.</summary>
public static class ServiceFormRules
{
    public static Outcome<ServiceDetails> Check(ServiceForm f, IReadOnlyList<string> districts)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(districts);
        var errors = new FieldErrors();
        var name = Text(f.Name, "Name", "the name of the service", 200, true, errors);
        var description = Text(f.Description, "Description", "what the service offers", 5000, true, errors);
        var category = SearchParameters.Category(f.Category, "Category", errors);
        if (string.IsNullOrWhiteSpace(f.Category))
        {
            errors.Add("Category", "Select the category of the service");
        }

        var needs = f.Needs.Select(n => SearchParameters.Need(n, "Needs", errors)).OfType<NeedType>().ToSet();
        var min = SearchParameters.Whole(f.MinimumAge, "MinimumAge", "Youngest age", 0, 25, errors);
        var max = SearchParameters.Whole(f.MaximumAge, "MaximumAge", "Oldest age", 0, 25, errors);
        if (min is null && !errors.Has("MinimumAge"))
        {
            errors.Add("MinimumAge", "Enter the youngest age the service is for");
        }

        if (max is null && !errors.Has("MaximumAge"))
        {
            errors.Add("MaximumAge", "Enter the oldest age the service is for");
        }

        if (min > max)
        {
            errors.Add("MaximumAge", "The oldest age must be the same as or more than the youngest age");
        }

        var referral = SearchParameters.Choice<ReferralRoute>(f.Referral, "Referral", "Select how families get a referral", errors);
        if (string.IsNullOrWhiteSpace(f.Referral))
        {
            errors.Add("Referral", "Select how families get a referral");
        }

        var days = f.Days.Aggregate(DaySet.None, (set, d) => set | SearchParameters.Day(d, "Days", errors));
        var opens = SearchParameters.Time(f.OpensAt, "OpensAt", "Opening time", errors);
        var closes = SearchParameters.Time(f.ClosesAt, "ClosesAt", "Closing time", errors);
        if (opens is { } o && closes is { } c && c <= o)
        {
            errors.Add("ClosesAt", "The closing time must be after the opening time");
        }

        var free = f.Free != "no";
        var cost = Text(f.CostDescription, "CostDescription", "the cost", 500, !free, errors);
        var postcode = Text(f.Postcode, "Postcode", "the postcode", 10, false, errors);
        if (postcode is not null && Postcodes.Outcode(postcode) is null)
        {
            errors.Add("Postcode", "Enter a real postcode, like NS1 4AB");
        }

        var district = string.IsNullOrWhiteSpace(f.District) ? null : f.District.Trim();
        if (district is not null && !districts.Contains(district))
        {
            errors.Add("District", "Select one of the area's districts");
        }

        var email = Text(f.Email, "Email", "the email address", 200, false, errors);
        if (email is not null && !email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("Email", "Enter an email address in the correct format, like name@example.com");
        }

        var website = Text(f.Website, "Website", "the website", 500, false, errors);
        if (website is not null && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add("Website", "Enter a website address starting with https://");
        }

        var details = new ServiceDetails
        {
            Name = name ?? string.Empty,
            Description = description ?? string.Empty,
            Category = category ?? ServiceCategory.AdviceAndSupport,
            Needs = needs,
            MinimumAge = min ?? 0,
            MaximumAge = max ?? 25,
            Referral = referral ?? ReferralRoute.SelfReferral,
            HowToAccess = Text(f.HowToAccess, "HowToAccess", "how to access the service", 2000, false, errors) ?? string.Empty,
            IsFree = free,
            CostDescription = free ? cost ?? "Free" : cost,
            Days = days,
            OpensAt = opens,
            ClosesAt = closes,
            ScheduleDescription = Text(f.ScheduleDescription, "ScheduleDescription", "when the service runs", 1000, false, errors),
            VenueName = Text(f.VenueName, "VenueName", "the venue", 200, false, errors),
            AddressLine = Text(f.AddressLine, "AddressLine", "the address", 300, false, errors),
            Town = Text(f.Town, "Town", "the town", 100, false, errors),
            Postcode = postcode?.ToUpperInvariant(),
            District = district,
            Latitude = PostcodeDistricts.Find(postcode)?.Centre.Latitude,
            Longitude = PostcodeDistricts.Find(postcode)?.Centre.Longitude,
            Accessibility = Text(f.Accessibility, "Accessibility", "the venue's accessibility", 2000, false, errors),
            ContactName = Text(f.ContactName, "ContactName", "the contact name", 200, false, errors),
            Phone = Text(f.Phone, "Phone", "the phone number", 40, false, errors),
            Email = email,
            Website = website,
            Languages = Text(f.Languages, "Languages", "the languages", 500, false, errors),
        };
        return errors.Any ? Outcome<ServiceDetails>.Failure(errors.ToDictionary()) : Outcome<ServiceDetails>.Success(details);
    }

    private static string? Text(string? value, string field, string label, int max, bool required, FieldErrors errors)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            errors.Add(field, $"Enter {label}");
        }
        else if (text is { } t && t.Length > max)
        {
            errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(label[0])}{label[1..]} must be {max} characters or fewer"));
        }

        return text;
    }
}
