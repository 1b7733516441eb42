namespace TellItOnce.Web.Features.LocalOffer;

/// <summary>The list of services a provider keeps, or a council's whole Local Offer, with status and the stale flag.</summary>
public sealed record ServiceTableModel(IReadOnlyList<ProviderServiceRow> Rows, Func<Guid, string> Link);
