using NodaTime;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace TellItOnce.Web.Shared.Pdf;

/// <summary>
/// One pass of laying out an <see cref="AccessiblePdf"/> on A4 pages: draws each block at the current position, breaks
/// pages, tags every piece of text and marks everything else as an artifact. A page's footer is drawn when the page
/// is started (PDFsharp's structure builder only writes to the current page), so the total comes from an earlier pass.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    private const double Margin = 56.7; // 2 cm
    private const double FooterGap = 28;
    private const double CellPadding = 4;
    private const double ListIndent = 16;

    private static readonly XColor Ink = XColor.FromArgb(11, 12, 12);
    private static readonly XColor Rule = XColor.FromArgb(177, 180, 182);
    private static readonly XColor HeaderFill = XColor.FromArgb(243, 242, 241);
    private static readonly XBrush BarFill = new XSolidBrush(XColor.FromArgb(29, 112, 184));

    private readonly PdfDocument _document = new();
    private readonly StructureBuilder _structure;
    private readonly XFont _body;
    private readonly XFont _bold;
    private readonly XFont _small;
    private readonly XFont[] _headings;
    private readonly XBrush _ink = new XSolidBrush(Ink);
    private readonly List<(int Level, PdfOutline Outline)> _outlineStack = [];
    private readonly int? _totalPages;
    private XGraphics? _gfx;
    private PdfPage? _page;
    private double _y;

    public PdfLayout(PdfMetadata metadata, Instant createdAt, int? totalPages)
    {
        _totalPages = totalPages;
        ArgumentNullException.ThrowIfNull(metadata);
        _document.Info.Title = metadata.Title;
        _document.Info.Author = metadata.Author;
        _document.Info.Subject = metadata.Subject ?? metadata.Title;
        _document.Info.Creator = "TellItOnce";
        _document.Info.CreationDate = createdAt.ToDateTimeUtc();
        _document.Info.ModificationDate = createdAt.ToDateTimeUtc();
        _document.ViewerPreferences.DisplayDocTitle = true;
        _document.PageMode = PdfPageMode.UseOutlines;
        var ua = UAManager.ForDocument(_document);
        ua.SetDocumentLanguage(metadata.Language);
        _structure = ua.StructureBuilder;
        _body = Font(11, XFontStyleEx.Regular);
        _bold = Font(11, XFontStyleEx.Bold);
        _small = Font(9, XFontStyleEx.Regular);
        _headings = [Font(20, XFontStyleEx.Bold), Font(15, XFontStyleEx.Bold), Font(12.5, XFontStyleEx.Bold)];
        NewPage();
    }

    private double Width => _page!.Width.Point - (2 * Margin);

    private double Bottom => _page!.Height.Point - Margin - FooterGap;

    public int PageCount => _document.PageCount;

    public void Heading(int level, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        var font = _headings[level - 1];
        var lines = Wrap(text, font, Width);
        var before = level == 1 ? 0 : 10;
        var height = (lines.Count * LineHeight(font)) + (3 * LineHeight(_body));
        if (_y + before + height > Bottom)
        {
            NewPage();
        }
        else
        {
            _y += before;
        }

        _structure.BeginElement(level switch { 1 => PdfBlockLevelElementTag.Heading1, 2 => PdfBlockLevelElementTag.Heading2, _ => PdfBlockLevelElementTag.Heading3 });
        DrawLines(lines, font, Margin);
        _structure.End();
        _y += level == 1 ? 10 : 5;
        Bookmark(level, text);
    }

    public void Paragraph(string text, bool bold = false)
    {
        var font = bold ? _bold : _body;
        _structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
        DrawLines(Wrap(text, font, Width), font, Margin);
        _structure.End();
        _y += 6;
    }

    public void Bullets(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _structure.BeginElement(PdfBlockLevelElementTag.List);
        foreach (var item in items)
        {
            var lines = Wrap(item, _body, Width - ListIndent);
            EnsureRoom(LineHeight(_body));
            _structure.BeginElement(PdfBlockLevelElementTag.ListItem);
            _structure.BeginElement(PdfBlockLevelElementTag.Label);
            _gfx!.DrawString("\u2022", _body, _ink, Margin + 4, _y, XStringFormats.TopLeft);
            _structure.End();
            _structure.BeginElement(PdfBlockLevelElementTag.ListBody);
            DrawLines(lines, _body, Margin + ListIndent);
            _structure.End();
            _structure.End();
            _y += 2;
        }

        _structure.End();
        _y += 6;
    }

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double>? widths = null, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var total = widths?.Sum() ?? headers.Count;
        var columns = headers.Select((_, i) => Width * (widths?[i] ?? 1) / total).ToArray();
        _structure.BeginElement(PdfBlockLevelElementTag.Table);
        if (caption is not null)
        {
            _structure.BeginElement(PdfGroupingElementTag.Caption);
            DrawLines(Wrap(caption, _bold, Width), _bold, Margin);
            _structure.End();
            _y += 2;
        }

        var headerCells = Cells(headers, columns, _bold);
        var bodyRows = rows.Select(r => Cells(r, columns, _body)).ToList();
        EnsureRoom(RowHeight(headerCells, _bold) + (bodyRows.Count > 0 ? RowHeight(bodyRows[0], _body) : 0));
        _structure.BeginElement(PdfBlockLevelElementTag.TableHeadRowGroup);
        DrawRow(headerCells, columns, _bold, header: true, tagged: true);
        _structure.End();
        _structure.BeginElement(PdfBlockLevelElementTag.TableBodyRowGroup);
        foreach (var cells in bodyRows)
        {
            if (_y + RowHeight(cells, _body) > Bottom)
            {
                NewPage();
                DrawRow(headerCells, columns, _bold, header: true, tagged: false);
            }

            DrawRow(cells, columns, _body, header: false, tagged: true);
        }

        _structure.End();
        _structure.End();
        _y += 10;
    }

    /// <summary>
    /// A horizontal bar chart drawn as vector graphics, tagged as one Figure whose alternative text gives every figure,
    /// so a screen reader reads the numbers rather than the shapes.
    /// </summary>
    public void BarChart(string alt, IReadOnlyList<(string Label, double Value, string Text)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const double rowHeight = 17, labelWidth = 210, valueWidth = 60;
        var height = (bars.Count * rowHeight) + 6;
        EnsureRoom(height);
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        var barArea = Width - labelWidth - valueWidth;
        _structure.BeginElement(PdfIllustrationElementTag.Figure, alt, new XRect(Margin, _y, Width, height));
        var y = _y + 3;
        foreach (var (label, value, text) in bars)
        {
            var shown = Wrap(label, _small, labelWidth - 8)[0];
            var labelSize = _gfx!.MeasureString(shown, _small);
            _gfx.DrawString(shown, _small, _ink, Margin + labelWidth - 8 - labelSize.Width, y + 2, XStringFormats.TopLeft);
            var width = Math.Max(0, value) / max * barArea;
            _gfx.DrawRectangle(BarFill, Margin + labelWidth, y, width, rowHeight - 5);
            _gfx.DrawString(text, _small, _ink, Margin + labelWidth + width + 4, y + 2, XStringFormats.TopLeft);
            y += rowHeight;
        }

        _structure.End();
        _y += height + 8;
    }

    public byte[] Finish()
    {
        _gfx?.Dispose();
        _gfx = null;
        using var output = new MemoryStream();
        _document.Save(output, false);
        return output.ToArray();
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }

    // Unicode (Identity-H with a ToUnicode map) rather than WinAnsi, so names in any script print and copy correctly.
    private static XFont Font(double size, XFontStyleEx style) =>
        new(PdfFonts.Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private static double LineHeight(XFont font) => font.Size * 1.3;

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
        _structure.BeginArtifact();
        var footer = $"Page {_document.PageCount} of {_totalPages?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}";
        _gfx.DrawString(footer, _small, _ink, new XRect(Margin, _page.Height.Point - Margin - 10, Width, 12), XStringFormats.TopRight);
        _structure.End();
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void DrawLines(IReadOnlyList<string> lines, XFont font, double x)
    {
        foreach (var line in lines)
        {
            EnsureRoom(LineHeight(font));
            if (line.Length > 0)
            {
                _gfx!.DrawString(line, font, _ink, x, _y, XStringFormats.TopLeft);
            }

            _y += LineHeight(font);
        }
    }

    private List<List<string>> Cells(IReadOnlyList<string> values, double[] columns, XFont font) =>
        [.. columns.Select((width, i) => Wrap(i < values.Count ? values[i] : string.Empty, font, width - (2 * CellPadding)))];

    private static double RowHeight(List<List<string>> cells, XFont font) =>
        (cells.Max(c => Math.Max(1, c.Count)) * LineHeight(font)) + (2 * CellPadding);

    private void DrawRow(List<List<string>> cells, double[] columns, XFont font, bool header, bool tagged)
    {
        var height = RowHeight(cells, font);
        var top = _y;
        _structure.BeginArtifact();
        if (header)
        {
            _gfx!.DrawRectangle(new XSolidBrush(HeaderFill), Margin, top, Width, height);
        }

        _gfx!.DrawLine(new XPen(Rule, header ? 1.2 : 0.6), Margin, top + height, Margin + Width, top + height);
        _structure.End();
        if (tagged)
        {
            _structure.BeginElement(PdfBlockLevelElementTag.TableRow);
        }
        else
        {
            _structure.BeginArtifact();
        }

        var x = Margin;
        for (var i = 0; i < columns.Length; i++)
        {
            if (tagged)
            {
                _structure.BeginElement(header ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell);
                if (header)
                {
                    _structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Column");
                }
            }

            var lineY = top + CellPadding;
            foreach (var line in cells[i].Where(l => l.Length > 0))
            {
                _gfx.DrawString(line, font, _ink, x + CellPadding, lineY, XStringFormats.TopLeft);
                lineY += LineHeight(font);
            }

            if (tagged)
            {
                _structure.End();
            }

            x += columns[i];
        }

        _structure.End();
        _y = top + height;
    }

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>, at spaces, or inside a word too long for a line.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var measure = _gfx!;
        var lines = new List<string>();
        foreach (var paragraph in (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (measure.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (measure.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && measure.MeasureString(line[..fit], font).Width > width)
                    {
                        fit--;
                    }

                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private void Bookmark(int level, string text)
    {
        while (_outlineStack.Count > 0 && _outlineStack[^1].Level >= level)
        {
            _outlineStack.RemoveAt(_outlineStack.Count - 1);
        }

        var parent = _outlineStack.Count == 0 ? _document.Outlines : _outlineStack[^1].Outline.Outlines;
        _outlineStack.Add((level, parent.Add(text, _page!, true)));
    }
}
