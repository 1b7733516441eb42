using NodaTime;

namespace TellItOnce.Web.Shared.Pdf;

/// <summary>What a PDF says about itself: its title (shown by viewers instead of the file name), language and author.</summary>
public sealed record PdfMetadata(string Title, string Author, string? Subject = null, string Language = "en-GB");

/// <summary>
/// Writes a simple, tagged (PDF/UA-style) A4 document top to bottom: headings, wrapped paragraphs, bullet lists and
/// tables with header rows, with page breaks and "Page n of N" footers. Every piece of text is inside a structure
/// element (H1 to H3, P, L/LI/Lbl/LBody, Table/THead/TBody/TR/TH/TD) so a screen reader can navigate it; rules, fills,
/// repeated table headers and footers are artifacts. Headings are also bookmarks. The blocks are recorded, then laid out
/// twice: once to count the pages, once to write them. See docs/adr/0012-accessible-pdf.md.
/// </summary>
public sealed class AccessiblePdf(PdfMetadata metadata, Instant createdAt)
{
    private readonly List<Action<PdfLayout>> _blocks = [];

    /// <summary>A heading, level 1 to 3, kept with the start of what follows it, and added to the bookmarks.</summary>
    public AccessiblePdf Heading(int level, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        return Add(l => l.Heading(level, text));
    }

    public AccessiblePdf Heading1(string text) => Heading(1, text);

    public AccessiblePdf Heading2(string text) => Heading(2, text);

    public AccessiblePdf Heading3(string text) => Heading(3, text);

    /// <summary>A paragraph, wrapped to the page width; line breaks in the text start new lines.</summary>
    public AccessiblePdf Paragraph(string text, bool bold = false) => Add(l => l.Paragraph(text, bold));

    /// <summary>A bulleted list: each item a list item with its bullet as the label.</summary>
    public AccessiblePdf Bullets(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        return Add(l => l.Bullets(list));
    }

    /// <summary>
    /// A table with one header row (column headers, tagged TH with column scope), cells wrapped within their columns. The
    /// header row is drawn again at the top of each new page, as an artifact, so sighted readers keep their place.
    /// <c>widths</c> are relative column widths, equal when omitted.
    /// </summary>
    public AccessiblePdf Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double>? widths = null, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        if (widths is not null && widths.Count != headers.Count)
        {
            throw new ArgumentException("Give one width for each column.", nameof(widths));
        }

        var list = rows.ToList();
        return Add(l => l.Table(headers, list, widths, caption));
    }

    /// <summary>A horizontal bar chart, tagged as a figure with <paramref name="alt"/> as its alternative text; give the same figures in a table too.</summary>
    public AccessiblePdf BarChart(string alt, IEnumerable<(string Label, double Value, string Text)> bars)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alt);
        ArgumentNullException.ThrowIfNull(bars);
        var list = bars.ToList();
        return Add(l => l.BarChart(alt, list));
    }

    /// <summary>The finished document.</summary>
    public byte[] ToArray()
    {
        PdfFonts.Register();
        int pages;
        using (var count = Layout(totalPages: null))
        {
            pages = count.PageCount;
        }

        using var layout = Layout(pages);
        return layout.Finish();
    }

    private PdfLayout Layout(int? totalPages)
    {
        var layout = new PdfLayout(metadata, createdAt, totalPages);
        foreach (var block in _blocks)
        {
            block(layout);
        }

        return layout;
    }

    private AccessiblePdf Add(Action<PdfLayout> block)
    {
        _blocks.Add(block);
        return this;
    }
}
