namespace TellItOnce.Web.Features.Insight;

/// <summary>One measure as the dashboard shows it, with the query its drill-down links carry.</summary>
public sealed record MeasureView(MeasureResult Result, string Query)
{
    public bool Percent => Result.Measure.Kind == MeasureKind.Percentage;

    public string DrillLink(string group, bool numeratorOnly) =>
        $"/dashboard/cases?measure={Result.Key}&group={Uri.EscapeDataString(group)}{(numeratorOnly ? "&met=true" : string.Empty)}&{Query}";
}
