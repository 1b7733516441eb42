using System.Globalization;

namespace TellItOnce.Domain.LocalOffer;

public sealed record PostcodeDistrict(string Outcode, GeoPoint Centre, string Place);

/// <summary>The centroid of each postcode district shipped with the app (LocalOffer/Data/README.md says what and under which licence).</summary>
public static class PostcodeDistricts
{
    private static readonly Lazy<IReadOnlyDictionary<string, PostcodeDistrict>> Table = new(Load);

    public static IReadOnlyCollection<PostcodeDistrict> All => [.. Table.Value.Values];

    /// <summary>The district of a postcode ("NS1 4AB" or "NS1"), or null when it is malformed or not in the table.</summary>
    public static PostcodeDistrict? Find(string? postcode) =>
        Postcodes.Outcode(postcode) is { } outcode && Table.Value.TryGetValue(outcode, out var district) ? district : null;

    private static Dictionary<string, PostcodeDistrict> Load()
    {
        using var stream = typeof(PostcodeDistricts).Assembly.GetManifestResourceStream("TellItOnce.Domain.PostcodeDistricts")
            ?? throw new InvalidOperationException("The postcode district table is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, PostcodeDistrict>(StringComparer.OrdinalIgnoreCase);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            if (cells.Length < 3)
            {
                continue;
            }

            var point = new GeoPoint(double.Parse(cells[1], CultureInfo.InvariantCulture), double.Parse(cells[2], CultureInfo.InvariantCulture));
            table[cells[0]] = new PostcodeDistrict(cells[0], point, cells.Length > 3 ? cells[3] : string.Empty);
        }

        return table;
    }
}
