using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using NodaTime;

namespace TellItOnce.Web.Shared.Xlsx;

/// <summary>
/// A minimal Office Open XML workbook (ADR 51), written by hand because no spreadsheet package is available here:
/// sheets of a bold, frozen header row and rows of text and numbers. Text is written as inline strings, which a
/// spreadsheet shows as text and never evaluates, so "=HYPERLINK(...)" typed into commentary stays harmless; characters
/// XML 1.0 cannot carry are dropped so user text can never corrupt the file.
/// </summary>
public sealed class XlsxWorkbook(string title)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly List<(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)> _sheets = [];

    /// <summary>Adds a sheet; its name is made valid (at most 31 characters, none of []:*?/\, unique in the workbook).</summary>
    public XlsxWorkbook AddSheet(string name, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        _sheets.Add((SheetName(name, _sheets.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)), headers, [.. rows]));
        return this;
    }

    public byte[] ToBytes(Instant created)
    {
        using var memory = new MemoryStream();
        WriteTo(memory, created);
        return memory.ToArray();
    }

    public void WriteTo(Stream output, Instant created)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", x =>
        {
            x.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Default(x, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(x, "xml", "application/xml");
            Override(x, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(x, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            Override(x, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
            for (var i = 1; i <= _sheets.Count; i++)
            {
                Override(x, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }

            x.WriteEndElement();
        });
        Part(zip, "_rels/.rels", x =>
        {
            x.WriteStartElement("Relationships", PackageRelationships);
            Relationship(x, "rId1", $"{Relationships}/officeDocument", "xl/workbook.xml");
            Relationship(x, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
            x.WriteEndElement();
        });
        Part(zip, "docProps/core.xml", x =>
        {
            x.WriteStartElement("cp", "coreProperties", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
            x.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
            x.WriteAttributeString("xmlns", "dcterms", null, "http://purl.org/dc/terms/");
            x.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            x.WriteElementString("dc", "title", "http://purl.org/dc/elements/1.1/", Clean(title));
            x.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", "TellItOnce");
            x.WriteStartElement("dcterms", "created", "http://purl.org/dc/terms/");
            x.WriteAttributeString("xsi", "type", "http://www.w3.org/2001/XMLSchema-instance", "dcterms:W3CDTF");
            x.WriteString(created.InUtc().ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            x.WriteEndElement();
            x.WriteEndElement();
        });
        Part(zip, "xl/workbook.xml", x =>
        {
            x.WriteStartElement("workbook", Main);
            x.WriteAttributeString("xmlns", "r", null, Relationships);
            x.WriteStartElement("sheets", Main);
            for (var i = 0; i < _sheets.Count; i++)
            {
                x.WriteStartElement("sheet", Main);
                x.WriteAttributeString("name", _sheets[i].Name);
                x.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
                x.WriteAttributeString("id", Relationships, $"rId{i + 1}");
                x.WriteEndElement();
            }

            x.WriteEndElement();
            x.WriteEndElement();
        });
        Part(zip, "xl/_rels/workbook.xml.rels", x =>
        {
            x.WriteStartElement("Relationships", PackageRelationships);
            for (var i = 1; i <= _sheets.Count; i++)
            {
                Relationship(x, $"rId{i}", $"{Relationships}/worksheet", $"worksheets/sheet{i}.xml");
            }

            Relationship(x, $"rId{_sheets.Count + 1}", $"{Relationships}/styles", "styles.xml");
            x.WriteEndElement();
        });
        Part(zip, "xl/styles.xml", x =>
        {
            // Two cell formats: 0 normal, 1 bold (the header row).
            x.WriteStartElement("styleSheet", Main);
            x.WriteStartElement("fonts", Main);
            x.WriteAttributeString("count", "2");
            Font(x, bold: false);
            Font(x, bold: true);
            x.WriteEndElement();
            x.WriteRaw("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
                "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
                "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
                "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
                "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>" +
                "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
            x.WriteEndElement();
        });
        for (var i = 0; i < _sheets.Count; i++)
        {
            var (_, headers, rows) = _sheets[i];
            Part(zip, $"xl/worksheets/sheet{i + 1}.xml", x => Sheet(x, headers, rows));
        }
    }

    /// <summary>A sheet name Excel accepts: no []:*?/\, not blank, at most 31 characters, and not already used.</summary>
    public static string SheetName(string name, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var cleaned = new string(Clean(name ?? string.Empty).Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0).ToArray()).Trim().Trim('\'');
        cleaned = cleaned.Length == 0 ? "Sheet" : cleaned;
        cleaned = cleaned.Length > 31 ? cleaned[..31] : cleaned;
        var candidate = cleaned;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = (cleaned.Length + suffix.Length > 31 ? cleaned[..(31 - suffix.Length)] : cleaned) + suffix;
        }

        return candidate;
    }

    /// <summary>Text without the characters XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The column's letters: 0 is A, 25 is Z, 26 is AA.</summary>
    public static string Column(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static void Sheet(XmlWriter x, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        x.WriteStartElement("worksheet", Main);
        x.WriteRaw("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
        x.WriteStartElement("cols", Main);
        for (var c = 0; c < headers.Count; c++)
        {
            var widest = rows.Take(500).Select(r => c < r.Count ? Text(r[c]).Length : 0).Append(headers[c].Length).Max();
            x.WriteStartElement("col", Main);
            x.WriteAttributeString("min", (c + 1).ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("max", (c + 1).ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("width", Math.Clamp(widest + 2, 8, 60).ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("customWidth", "1");
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteStartElement("sheetData", Main);
        Row(x, 1, [.. headers], style: 1);
        for (var r = 0; r < rows.Count; r++)
        {
            Row(x, r + 2, rows[r], style: 0);
        }

        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Row(XmlWriter x, int number, IReadOnlyList<object?> cells, int style)
    {
        x.WriteStartElement("row", Main);
        x.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
        for (var c = 0; c < cells.Count; c++)
        {
            if (cells[c] is null)
            {
                continue;
            }

            x.WriteStartElement("c", Main);
            x.WriteAttributeString("r", Column(c) + number.ToString(CultureInfo.InvariantCulture));
            if (style != 0)
            {
                x.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
            }

            if (cells[c] is int or long or decimal or double)
            {
                x.WriteElementString("v", Main, Convert.ToString(cells[c], CultureInfo.InvariantCulture));
            }
            else
            {
                x.WriteAttributeString("t", "inlineStr");
                x.WriteStartElement("is", Main);
                x.WriteStartElement("t", Main);
                x.WriteAttributeString("xml", "space", null, "preserve");
                x.WriteString(Clean(Text(cells[c])));
                x.WriteEndElement();
                x.WriteEndElement();
            }

            x.WriteEndElement();
        }

        x.WriteEndElement();
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private static void Font(XmlWriter x, bool bold)
    {
        x.WriteStartElement("font", Main);
        if (bold)
        {
            x.WriteElementString("b", Main, null);
        }

        x.WriteStartElement("sz", Main);
        x.WriteAttributeString("val", "11");
        x.WriteEndElement();
        x.WriteStartElement("name", Main);
        x.WriteAttributeString("val", "Arial");
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Default(XmlWriter x, string extension, string contentType)
    {
        x.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        x.WriteAttributeString("Extension", extension);
        x.WriteAttributeString("ContentType", contentType);
        x.WriteEndElement();
    }

    private static void Override(XmlWriter x, string part, string contentType)
    {
        x.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        x.WriteAttributeString("PartName", part);
        x.WriteAttributeString("ContentType", contentType);
        x.WriteEndElement();
    }

    private static void Relationship(XmlWriter x, string id, string type, string target)
    {
        x.WriteStartElement("Relationship", PackageRelationships);
        x.WriteAttributeString("Id", id);
        x.WriteAttributeString("Type", type);
        x.WriteAttributeString("Target", target);
        x.WriteEndElement();
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        using var x = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        x.WriteStartDocument(standalone: true);
        write(x);
        x.WriteEndDocument();
    }
}
