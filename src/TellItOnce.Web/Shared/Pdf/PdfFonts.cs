using PdfSharp.Fonts;

namespace TellItOnce.Web.Shared.Pdf;

/// <summary>
/// The one typeface of our PDFs, Liberation Sans (SIL Open Font License, metric-compatible with Arial), regular and bold,
/// shipped in this assembly: PDFsharp has no system fonts on Linux, and an embedded font reads the same everywhere.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Liberation Sans";

    private const string Regular = "LiberationSans-Regular";
    private const string Bold = "LiberationSans-Bold";

    private static readonly Lock Gate = new();
    private static bool _licensed;

    /// <summary>
    /// Readies PDFsharp for this process, once (its settings are global): this font resolver, and a licence. PDFsharp 6.5
    /// refuses to work without one: a commercial key when <paramref name="licenceKey"/> is given (configuration
    /// "Pdf:LicenceKey"), otherwise its free AGPL-3.0 licence, which suits an open-source service (ADR 12).
    /// </summary>
    public static void Register(string? licenceKey = null)
    {
        lock (Gate)
        {
            if (!string.IsNullOrWhiteSpace(licenceKey))
            {
                PdfSharp.PdfSharpLicense.LoadLicense(licenceKey);
                _licensed = true;
            }
            else if (!_licensed)
            {
                PdfSharp.PdfSharpLicense.SetAgplLicense();
                _licensed = true;
            }

            if (GlobalFontSettings.FontResolver is not PdfFonts)
            {
                GlobalFontSettings.FontResolver = new PdfFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase) || string.Equals(familyName, "Arial", StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? Bold : Regular, false, italic)
            : null;

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"TellItOnce.Pdf.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
