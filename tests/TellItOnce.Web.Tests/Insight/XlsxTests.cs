using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using NodaTime;
using TellItOnce.Data.Seeding;
using TellItOnce.Testing;
using TellItOnce.Web.Shared.Xlsx;

namespace TellItOnce.Web.Tests.Insight;

/// <summary>Reads back a workbook the way a spreadsheet would: its parts, its sheets, and each sheet's rows of cells.</summary>
internal static class Workbook
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static Dictionary<string, List<List<string?>>> Read(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var part in new[] { "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml" })
        {
            zip.GetEntry(part).ShouldNotBeNull(part);
        }

        XDocument Load(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        var types = Load("[Content_Types].xml").ToString();
        var sheets = new Dictionary<string, List<List<string?>>>(StringComparer.Ordinal);
        var names = Load("xl/workbook.xml").Descendants(Main + "sheet").Select(s => s.Attribute("name")!.Value).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            types.ShouldContain($"/xl/worksheets/sheet{i + 1}.xml");
            var rows = Load($"xl/worksheets/sheet{i + 1}.xml").Descendants(Main + "row").Select(row =>
            {
                var cells = new List<string?>();
                foreach (var c in row.Elements(Main + "c"))
                {
                    var column = new string(c.Attribute("r")!.Value.TakeWhile(char.IsLetter).ToArray());
                    var index = column.Aggregate(0, (n, ch) => (n * 26) + ch - 'A' + 1) - 1;
                    while (cells.Count < index)
                    {
                        cells.Add(null);
                    }

                    cells.Add(c.Attribute("t")?.Value == "inlineStr" ? c.Element(Main + "is")!.Element(Main + "t")!.Value : c.Element(Main + "v")!.Value);
                }

                return cells;
            }).ToList();
            sheets[names[i]] = rows;
        }

        return sheets;
    }

    /// <summary>CSV lines as cells (quotes undone).</summary>
    public static List<List<string>> Csv(string csv) => [.. csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line =>
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (quoted && line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    })];

    /// <summary>Two cells are the same figure: equal text, or equal numbers however written.</summary>
    public static bool Same(string? a, string? b) =>
        (a ?? string.Empty) == (b ?? string.Empty)
        || (decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var y) && x == y);
}

public sealed class XlsxWorkbookTests
{
    [Fact]
    public void A_workbook_keeps_formulas_as_text_numbers_as_numbers_and_drops_characters_XML_cannot_carry()
    {
        var bytes = new XlsxWorkbook("Test").AddSheet("Figures", ["text", "number"], [
            ["=HYPERLINK(\"http://example.com\",\"click\")", 12.5m],
            ["bell\u0007 and null\0 gone, 😀 kept", 3L],
        ]).ToBytes(Instant.FromUtc(2026, 3, 2, 10, 0));

        var sheet = Workbook.Read(bytes)["Figures"];

        sheet[0].ShouldBe(["text", "number"]);
        sheet[1].ShouldBe(["=HYPERLINK(\"http://example.com\",\"click\")", "12.5"]);
        sheet[2].ShouldBe(["bell and null gone, 😀 kept", "3"]);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = reader.ReadToEnd();
        xml.ShouldContain("t=\"inlineStr\"");
        xml.ShouldNotContain("<f>");
        xml.ShouldContain("<v>12.5</v>");
    }

    [Fact]
    public void Sheet_names_are_made_valid_and_unique_and_columns_are_lettered_as_spreadsheets_do()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Figures" };
        XlsxWorkbook.SheetName("Figures", taken).ShouldBe("Figures (2)");
        XlsxWorkbook.SheetName("a/b:c*d?e[f]g\\h", taken).ShouldBe("abcdefgh");
        XlsxWorkbook.SheetName(new string('x', 40), taken).Length.ShouldBe(31);
        XlsxWorkbook.SheetName("  ", taken).ShouldBe("Sheet");
        (XlsxWorkbook.Column(0), XlsxWorkbook.Column(25), XlsxWorkbook.Column(26), XlsxWorkbook.Column(701), XlsxWorkbook.Column(702)).ShouldBe(("A", "Z", "AA", "ZZ", "AAA"));
    }
}

/// <summary>The dashboard's and the scorecard's spreadsheets hold the same figures as their CSV downloads, for the same people.</summary>
public abstract class XlsxDownloadTests(TellItOnceApp app)
{
    [Fact]
    public async Task The_dashboard_spreadsheet_holds_the_CSVs_figures_and_trends_and_is_refused_like_it()
    {
        var area = await HandBuiltArea.CreateAsync(app);
        var client = await app.SignedInAsync(area.Board);

        var response = await client.GetAsync("/dashboard?handler=Xlsx&asAt=2026-03-02");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(XlsxWorkbook.ContentType);
        var sheets = Workbook.Read(await response.Content.ReadAsByteArrayAsync());
        var csv = Workbook.Csv(await client.GetStringAsync("/dashboard?handler=Csv&asAt=2026-03-02"));

        sheets.Keys.ShouldBe(["Figures at 2026-03-02", "Quarterly trends"]);
        var rows = sheets["Figures at 2026-03-02"].Skip(1).Concat(sheets["Quarterly trends"].Skip(1)).ToList();
        sheets["Figures at 2026-03-02"][0].Select(c => c ?? string.Empty).ToList().ShouldBe(csv[0]);
        var expected = csv.Skip(1).OrderBy(r => r[2].Length == 7 ? 1 : 0).ToList();
        rows.Count.ShouldBe(expected.Count);
        rows.Count.ShouldBeGreaterThan(100);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Count.ShouldBeLessThanOrEqualTo(expected[i].Count);
            for (var c = 0; c < expected[i].Count; c++)
            {
                Workbook.Same(c < rows[i].Count ? rows[i][c] : null, expected[i][c]).ShouldBeTrue($"row {i} column {c}: {(c < rows[i].Count ? rows[i][c] : null)} and {expected[i][c]}");
            }
        }

        (await (await app.SignedInAsync(DemoUsers.Caseworker)).GetAsync($"/dashboard?handler=Xlsx&area={area.Area.Slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync(DemoUsers.Parent)).GetAsync("/dashboard?handler=Xlsx")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_scorecard_spreadsheet_has_a_row_for_every_indicator_of_the_CSV()
    {
        var client = await app.SignedInAsync(DemoUsers.Board);

        var sheets = Workbook.Read(await client.GetByteArrayAsync("/outcomes?handler=Xlsx"));
        var csv = Workbook.Csv(await client.GetStringAsync("/outcomes?handler=Csv"));

        var sheet = sheets["Scorecard"];
        sheet[0].Select(c => c ?? string.Empty).ToList().ShouldBe(csv[0]);
        sheet.Count.ShouldBe(csv.Count);
        for (var i = 1; i < csv.Count; i++)
        {
            sheet[i][0].ShouldBe(csv[i][0]);
            sheet[i][1].ShouldBe(csv[i][1]);
            for (var q = 7; q < csv[0].Count - 1; q++)
            {
                Workbook.Same(q < sheet[i].Count ? sheet[i][q] : null, csv[i][q]).ShouldBeTrue($"{csv[i][1]}, {csv[0][q]}");
            }
        }

        (await (await app.SignedInAsync(DemoUsers.Parent)).GetAsync("/outcomes?handler=Xlsx")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class XlsxDownloadOnSqlite(SqliteApp app) : XlsxDownloadTests(app);

[Collection(PostgresCollection.Name)]
public sealed class XlsxDownloadOnPostgres : XlsxDownloadTests
{
    public XlsxDownloadOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
