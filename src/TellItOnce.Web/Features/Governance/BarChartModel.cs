namespace TellItOnce.Web.Features.Governance;

/// <summary>A horizontal bar chart drawn as SVG on the server (_BarChart.cshtml); the page shows a table of the same figures.</summary>
public sealed record BarChartModel(string Id, string Title, IReadOnlyList<(string Label, double Value)> Bars, string Unit = "")
{
    public double Max => Bars.Count == 0 ? 1 : Math.Max(1, Bars.Max(b => b.Value));
}
