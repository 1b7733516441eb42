using System.Globalization;
using System.Text.RegularExpressions;

namespace TellItOnce.Domain.LocalOffer;

/// <summary>A point on the earth in WGS84 degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMiles = 3958.8;

    public static bool IsValid(double latitude, double longitude) => latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;

    /// <summary>Great-circle distance in miles (haversine).</summary>
    public double MilesTo(GeoPoint other)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMiles * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A latitude/longitude box that holds every point within <paramref name="miles"/>: a cheap index-friendly prefilter.</summary>
    public (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(double miles)
    {
        var dLat = miles / 69.0;
        var dLon = miles / Math.Max(1, 69.172 * Math.Cos(Latitude * Math.PI / 180));
        return (Latitude - dLat, Latitude + dLat, Longitude - dLon, Longitude + dLon);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Latitude:0.#####},{Longitude:0.#####}");
}

/// <summary>UK postcodes: only the outward code (district, "NS1" of "NS1 4AB") is needed to place a family roughly.</summary>
public static partial class Postcodes
{
    [GeneratedRegex("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})?$")]
    private static partial Regex Shape();

    /// <summary>The outward code of a full postcode or of an outward code alone; null when it is not shaped like one.</summary>
    public static string? Outcode(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        var compact = postcode.Trim().ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (compact.Length > 4 && char.IsDigit(compact[^3]))
        {
            compact = compact[..^3] + " " + compact[^3..];
        }

        var match = Shape().Match(compact);
        return match.Success ? match.Groups[1].Value : null;
    }
}
