using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace TellItOnce.Web.Tests;

/// <summary>
/// Reads a PDF back with PDFsharp: the text of each page, decoded from the glyph ids in its content streams through each
/// font's ToUnicode map (the writer uses Unicode fonts only), and the structure tags used.
/// </summary>
public static partial class PdfText
{
    public static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    /// <summary>The text of each page, with runs of white space made single spaces.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = Open(pdf);
        return [.. document.Pages.Cast<PdfPage>().Select(p => Spaces().Replace(PageText(p), " "))];
    }

    /// <summary>The structure types (H1, P, Table, TH...) of every element in the structure tree.</summary>
    public static IReadOnlyList<string> StructureTypes(byte[] pdf)
    {
        using var document = Open(pdf);
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        var types = new List<string>();
        Walk(root, types, 0);
        return types;
    }

    private static void Walk(PdfDictionary? element, List<string> types, int depth)
    {
        if (element is null || depth > 50)
        {
            return;
        }

        if (element.Elements.GetName("/S") is { Length: > 0 } type)
        {
            types.Add(type.TrimStart('/'));
        }

        switch (element.Elements["/K"])
        {
            case PdfArray kids:
                foreach (var kid in kids.Elements)
                {
                    Walk(Resolve(kid) as PdfDictionary, types, depth + 1);
                }

                break;
            case var kid:
                Walk(Resolve(kid) as PdfDictionary, types, depth + 1);
                break;
        }
    }

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference r ? r.Value : item;

    private static string PageText(PdfPage page)
    {
        var fonts = page.Resources.Elements.GetDictionary("/Font");
        var maps = new Dictionary<string, Dictionary<int, string>>();
        foreach (var name in fonts?.Elements.Keys ?? [])
        {
            var font = fonts!.Elements.GetDictionary(name);
            var toUnicode = font?.Elements.GetDictionary("/ToUnicode");
            maps[name] = toUnicode?.Stream is { } s ? CMap(Encoding.ASCII.GetString(s.UnfilteredValue)) : [];
        }

        var text = new StringBuilder();
        for (var i = 0; i < page.Contents.Elements.Count; i++)
        {
            var content = page.Contents.Elements.GetDictionary(i);
            if (content?.Stream is null)
            {
                continue;
            }

            var current = new Dictionary<int, string>();
            foreach (Match token in ContentTokens().Matches(Encoding.Latin1.GetString(content.Stream.UnfilteredValue)))
            {
                if (token.Groups["font"].Success)
                {
                    current = maps.GetValueOrDefault("/" + token.Groups["font"].Value, []);
                }
                else if (token.Groups["end"].Success)
                {
                    text.Append('\n');
                }

                else
                {
                    var hex = Spaces().Replace(token.Groups["hex"].Value, string.Empty);
                    for (var g = 0; g + 4 <= hex.Length; g += 4)
                    {
                        text.Append(current.GetValueOrDefault(int.Parse(hex.AsSpan(g, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture), "?"));
                    }

                    text.Append(' ');
                }
            }
        }

        return text.ToString();
    }

    private static Dictionary<int, string> CMap(string cmap)
    {
        var map = new Dictionary<int, string>();
        foreach (Match block in Blocks().Matches(cmap))
        {
            foreach (Match entry in Entry().Matches(block.Groups["body"].Value))
            {
                var from = int.Parse(entry.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var to = entry.Groups[3].Success ? int.Parse(entry.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture) : from;
                var target = int.Parse(entry.Groups[entry.Groups[3].Success ? 3 : 2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                for (var code = from; code <= to; code++)
                {
                    map[code] = char.ConvertFromUtf32(target + (code - from));
                }
            }
        }

        return map;
    }

    [GeneratedRegex(@"/(?<font>[A-Za-z0-9_+-]+)\s+[\d.]+\s+Tf|<(?<hex>[0-9A-Fa-f\s]+)>|(?<end>\bET\b)")]
    private static partial Regex ContentTokens();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"begin(bfchar|bfrange)(?<body>.*?)end\1", RegexOptions.Singleline)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>(?:\s*<([0-9A-Fa-f]+)>)?")]
    private static partial Regex Entry();
}
