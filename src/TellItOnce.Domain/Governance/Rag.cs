namespace TellItOnce.Domain.Governance;

/// <summary>Red, amber or green: how a delivery lead judges an action, or how a risk's score bands.</summary>
public enum Rag
{
    Green,
    Amber,
    Red,
}

/// <summary>A link to evidence: a dashboard figure, a document, a page.</summary>
public sealed record EvidenceLink(string Title, string Url)
{
    /// <summary>Only web addresses and the service's own pages: never javascript: or data: links.</summary>
    public static bool IsSafeUrl(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
