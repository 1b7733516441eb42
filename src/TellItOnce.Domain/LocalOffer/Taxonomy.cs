using System.Security.Cryptography;
using System.Text;
using TellItOnce.Domain.Children;

namespace TellItOnce.Domain.LocalOffer;

public sealed record TaxonomyTerm(Guid Id, string Code, string Name, string Description, Guid TaxonomyId);

public sealed record Taxonomy(Guid Id, string Name, string Description, IReadOnlyList<TaxonomyTerm> Terms);

/// <summary>
/// The two vocabularies a Local Offer service is described with, published as Open Referral UK taxonomies: the Local
/// Offer category and the SEND type of need. Reference data in code, with ids derived from their names so they never
/// change between deployments or areas.
/// </summary>
public static class LocalOfferTaxonomies
{
    public static readonly Taxonomy Categories = Build(
        "TellItOnce Local Offer category",
        "The kind of support: the Local Offer headings of the SEND Code of Practice 0 to 25 (paragraph 4.31).",
        Enum.GetValues<ServiceCategory>().Select(c => (c.ToString(), c.Describe(), $"Services under the Local Offer heading \"{c.Describe()}\".")));

    public static readonly Taxonomy Needs = Build(
        "SEND type of need",
        "Primary and secondary type of need codes of the school census and the SEN2 return.",
        Enum.GetValues<NeedType>().Where(n => n != NeedType.NSA).Select(n => (n.ToString(), n.Describe(), $"For children and young people with {n.Describe().ToLowerInvariant()} ({n}).")));

    public static readonly IReadOnlyList<Taxonomy> All = [Categories, Needs];

    public static readonly IReadOnlyList<TaxonomyTerm> AllTerms = [.. All.SelectMany(t => t.Terms)];

    public static TaxonomyTerm Term(ServiceCategory category) => Categories.Terms.Single(t => t.Code == category.ToString());

    public static TaxonomyTerm Term(NeedType need) => Needs.Terms.Single(t => t.Code == need.ToString());

    private static Taxonomy Build(string name, string description, IEnumerable<(string Code, string Name, string Description)> terms)
    {
        var id = StableId(name);
        return new Taxonomy(id, name, description, [.. terms.Select(t => new TaxonomyTerm(StableId($"{name}/{t.Code}"), t.Code, t.Name, t.Description, id))]);
    }

    /// <summary>A name-based id (the first 16 bytes of its SHA-256, marked as an RFC 9562 version 8 UUID).</summary>
    public static Guid StableId(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
