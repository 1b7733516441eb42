using TellItOnce.Domain.Documents;

namespace TellItOnce.Web.Features.Documents;

public static class DocumentKinds
{
    public static string Describe(DocumentKind kind) => kind switch
    {
        DocumentKind.Advice => "Advice for the assessment",
        DocumentKind.Evidence => "Evidence sent with the request",
        DocumentKind.Report => "Report",
        DocumentKind.Letter => "Letter",
        _ => "Something else",
    };

    /// <summary>A size as people read it: "312 KB", "2.4 MB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024.0):0} KB",
        _ => $"{bytes / (1024.0 * 1024.0):0.0} MB",
    };
}
