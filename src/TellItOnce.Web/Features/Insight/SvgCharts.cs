using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace TellItOnce.Web.Features.Insight;

public sealed record ChartBar(string Label, decimal Value);

/// <summary>
/// Charts drawn on the server as SVG (no script, styled by classes so the content security policy holds). Each is a
/// picture of a table printed beside it, so its text alternative says so rather than repeating every figure.
/// </summary>
public static class SvgCharts
{
    private const int Width = 640;
    private const int LabelWidth = 260;
    private const int RowHeight = 30;

    /// <summary>Horizontal bars, one per row, with the value at the end of each bar.</summary>
    public static IHtmlContent Bars(string title, IReadOnlyList<ChartBar> bars, bool percent)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = percent ? 100m : Math.Max(1m, bars.Count == 0 ? 1m : bars.Max(b => b.Value));
        var height = Math.Max(1, bars.Count) * RowHeight + 10;
        var svg = Open(title, Width, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var y = (i * RowHeight) + 5;
            var length = (double)(bars[i].Value / max) * (Width - LabelWidth - 70);
            svg.Append(Invariant($"<text class=\"app-chart__text\" x=\"0\" y=\"{y + 19}\">{Encode(Truncate(bars[i].Label, 34))}</text>"));
            svg.Append(Invariant($"<rect class=\"app-chart__bar\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{Math.Max(length, 1):0.#}\" height=\"{RowHeight - 10}\"></rect>"));
            svg.Append(Invariant($"<text class=\"app-chart__text\" x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 19}\">{Format(bars[i].Value, percent)}</text>"));
        }

        return Close(svg);
    }

    /// <summary>A line over the quarters, with the national figure as a dashed line when there is one.</summary>
    public static IHtmlContent Trend(string title, IReadOnlyList<(string Label, decimal? Value)> points, bool percent, decimal? national = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        const int height = 220, left = 50, bottom = 190, top = 15;
        var values = points.Select(p => p.Value).OfType<decimal>().Append(national ?? 0m).ToList();
        var max = percent ? 100m : Math.Max(1m, values.Max());
        var step = points.Count > 1 ? (double)(Width - left - 20) / (points.Count - 1) : 0;
        double Y(decimal v) => bottom - ((double)(v / max) * (bottom - top));
        var svg = Open(title, Width, height);
        svg.Append(Invariant($"<line class=\"app-chart__axis\" x1=\"{left}\" y1=\"{bottom}\" x2=\"{Width - 10}\" y2=\"{bottom}\"></line>"));
        svg.Append(Invariant($"<text class=\"app-chart__text\" x=\"0\" y=\"{top + 5}\">{Format(max, percent)}</text>"));
        svg.Append(Invariant($"<text class=\"app-chart__text\" x=\"0\" y=\"{bottom}\">0</text>"));
        if (national is { } n)
        {
            svg.Append(Invariant($"<line class=\"app-chart__national\" x1=\"{left}\" y1=\"{Y(n):0.#}\" x2=\"{Width - 10}\" y2=\"{Y(n):0.#}\"></line>"));
        }

        var line = points.Select((p, i) => (p, i)).Where(x => x.p.Value is not null)
            .Select(x => Invariant($"{left + (x.i * step):0.#},{Y(x.p.Value!.Value):0.#}")).ToList();
        if (line.Count > 0)
        {
            svg.Append(Invariant($"<polyline class=\"app-chart__line\" points=\"{string.Join(' ', line)}\"></polyline>"));
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is { } v)
            {
                svg.Append(Invariant($"<circle class=\"app-chart__point\" cx=\"{left + (i * step):0.#}\" cy=\"{Y(v):0.#}\" r=\"3\"></circle>"));
            }

            if (i % 2 == 0 || i == points.Count - 1)
            {
                svg.Append(Invariant($"<text class=\"app-chart__text\" x=\"{left + (i * step) - 25:0.#}\" y=\"{bottom + 20}\">{Encode(points[i].Label)}</text>"));
            }
        }

        return Close(svg);
    }

    /// <summary>A small line with no text, for a scorecard row; the row's table cells carry the figures.</summary>
    public static IHtmlContent Sparkline(string title, IReadOnlyList<decimal?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        const int w = 120, h = 30;
        var known = values.OfType<decimal>().ToList();
        var svg = new StringBuilder(Invariant($"<svg class=\"app-sparkline\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{Encode(title)}\" focusable=\"false\">"));
        if (known.Count > 0)
        {
            var (min, max) = (known.Min(), known.Max());
            var range = max == min ? 1m : max - min;
            var step = values.Count > 1 ? (double)(w - 6) / (values.Count - 1) : 0;
            var points = values.Select((v, i) => (v, i)).Where(x => x.v is not null)
                .Select(x => Invariant($"{3 + (x.i * step):0.#},{h - 3 - ((double)((x.v!.Value - min) / range) * (h - 6)):0.#}"));
            svg.Append(Invariant($"<polyline class=\"app-chart__line\" points=\"{string.Join(' ', points)}\"></polyline>"));
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    public static string Format(decimal value, bool percent) =>
        percent ? value.ToString("0.#", CultureInfo.InvariantCulture) + "%" : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static StringBuilder Open(string title, int width, int height) =>
        new(Invariant($"<svg class=\"app-chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Encode(title)}. The table below gives the same figures.\" focusable=\"false\">"));

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
