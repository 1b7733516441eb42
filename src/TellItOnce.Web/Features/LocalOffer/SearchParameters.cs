using System.Globalization;
using NodaTime;
using NodaTime.Text;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.LocalOffer;

/// <summary>
/// Reads search filters typed into a query string, naming the parameter in every error so the family's error summary and
/// the API's problem details say the same thing. Used by the /local-offer page and the Open Referral API.
/// </summary>
public static class SearchParameters
{
    public const int MaximumPerPage = 100;

    public static int? Whole(string? text, string field, string label, int min, int max, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(field, $"{label} must be a whole number from {min} to {max}");
            return null;
        }

        return value;
    }

    public static double? Number(string? text, string field, string label, double min, double max, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < min || value > max)
        {
            errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"{label} must be a number from {min} to {max}"));
            return null;
        }

        return value;
    }

    public static LocalTime? Time(string? text, string field, string label, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var parsed = LocalTimePattern.ExtendedIso.Parse(trimmed);
        if (!parsed.Success)
        {
            parsed = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(trimmed);
        }

        if (!parsed.Success)
        {
            errors.Add(field, $"{label} must be a time in the form HH:MM, for example 09:30");
            return null;
        }

        return parsed.Value;
    }

    /// <summary>A day of the week: "Monday", "mon" or the RFC 5545 code "MO" as ORUK schedules use.</summary>
    public static DaySet Day(string? text, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return DaySet.None;
        }

        var value = text.Trim();
        foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            var name = day.ToString();
            if (value.Equals(name, StringComparison.OrdinalIgnoreCase) || value.Equals(name[..2], StringComparison.OrdinalIgnoreCase)
                || value.Equals(name[..3], StringComparison.OrdinalIgnoreCase))
            {
                return day.ToSet();
            }
        }

        errors.Add(field, "Day must be a day of the week, for example Monday or MO");
        return DaySet.None;
    }

    public static TEnum? Choice<TEnum>(string? text, string field, string message, FieldErrors errors)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (System.Enum.TryParse<TEnum>(text.Trim(), ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        errors.Add(field, message);
        return null;
    }

    /// <summary>The centre of a postcode's district, or an error naming the field when it is malformed or unknown.</summary>
    public static GeoPoint? Place(string? postcode, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        if (Postcodes.Outcode(postcode) is null)
        {
            errors.Add(field, "Enter a real postcode, like NS1 4AB");
            return null;
        }

        if (PostcodeDistricts.Find(postcode) is not { } district)
        {
            errors.Add(field, $"We do not know where postcode district {Postcodes.Outcode(postcode)} is. Try a postcode in the area, like NS1 4AB");
            return null;
        }

        return district.Centre;
    }

    public static NeedType? Need(string? text, string field, FieldErrors errors) =>
        Choice<NeedType>(text, field, $"Type of need must be one of {string.Join(", ", System.Enum.GetNames<NeedType>())}", errors);

    public static ServiceCategory? Category(string? text, string field, FieldErrors errors) =>
        Choice<ServiceCategory>(text, field, $"Category must be one of {string.Join(", ", System.Enum.GetNames<ServiceCategory>())}", errors);
}
