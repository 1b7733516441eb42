using Microsoft.AspNetCore.Http.HttpResults;
using TellItOnce.Domain.Children;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Insight;

public sealed record FigureResponse(string Group, string Label, long Numerator, long Denominator, decimal? Value);

public sealed record TrendResponse(string Quarter, long Numerator, long Denominator, decimal? Value);

public sealed record NationalResponse(decimal Value, string Period, string Source);

public sealed record MeasureResponse(
    string Key, string Section, string Title, MeasureKind Kind, string GroupTitle, string Explanation,
    FigureResponse Total, IReadOnlyList<FigureResponse> Groups, IReadOnlyList<TrendResponse> Trend, NationalResponse? National);

public sealed record DashboardResponse(string AsAt, IReadOnlyList<string> Areas, IReadOnlyList<MeasureResponse> Measures);

/// <summary>GET /api/dashboard: the dashboard's figures as JSON, for a signed-in user or a BI tool with an API key.</summary>
public static class DashboardApi
{
    public static void MapDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard", GetAsync)
            .RequireAuthorization(InsightPolicies.DashboardApi)
            .WithTags("Dashboard")
            .WithName("GetDashboard")
            .WithSummary("Every dashboard measure for the areas you may see, as at a date")
            .WithDescription(
                "Send an API key issued by an administrator (at /dashboard/api-keys) in the X-Api-Key header, or call it signed in. " +
                "area: an area's slug or 3-digit LA code, several separated by commas, or 'all' (the default); asAt: yyyy-mm-dd (default today). " +
                "Counts of events cover the 12 months to asAt; each measure's trend gives its total in each of the last 12 quarters. " +
                "An area you may not see answers 404.");
    }

    private static async Task<Results<Ok<DashboardResponse>, NotFound, ValidationProblem>> GetAsync(
        DashboardService dashboards, CancellationToken ct,
        string? area = null, string? asAt = null, string? district = null, Guid? setting = null, NeedType? need = null, string? age = null)
    {
        var errors = new FieldErrors();
        var date = Dates.ParseIso(asAt, "asAt", "the date the figures are as at", errors, required: false);
        if (age is not null && !MeasureCatalogue.AgeGroups.Contains(age))
        {
            errors.Add("age", $"Age group must be one of: {string.Join(", ", MeasureCatalogue.AgeGroups)}");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var dashboard = await dashboards.BuildAsync(new DashboardQuery(area, date, district, setting, need, age), ct);
        if (dashboard is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new DashboardResponse(
            Dates.Iso(dashboard.AsAt),
            [.. dashboard.Selected.Select(a => a.Slug)],
            [.. dashboard.Measures.Select(ToResponse)]));
    }

    private static MeasureResponse ToResponse(MeasureResult r)
    {
        var m = r.Measure;
        FigureResponse Figure(MeasureCell c) => new(c.Group, c.Group == MeasureCatalogue.AllGroups ? "Total" : m.LabelOf(c.Group), c.Numerator, c.Denominator, c.ValueFor(m.Kind));
        return new MeasureResponse(m.Key, m.Section, m.Title, m.Kind, m.GroupTitle, m.Explanation, Figure(r.Total), [.. r.Cells.Select(Figure)],
            [.. r.Trend.Select(p => new TrendResponse(p.Quarter.ToString(), p.Cell.Numerator, p.Cell.Denominator, p.Cell.ValueFor(m.Kind)))],
            r.National is { } n ? new NationalResponse(n.Value, n.Period, n.Source) : null);
    }
}
