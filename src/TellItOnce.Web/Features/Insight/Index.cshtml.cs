using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Children;
using TellItOnce.Web.Shared;
using TellItOnce.Web.Shared.Xlsx;

namespace TellItOnce.Web.Features.Insight;

/// <summary>/dashboard: how the area is doing, as at a chosen date, from the case records now; every figure as CSV or XLSX.</summary>
[Authorize(Policy = InsightPolicies.Dashboard)]
public sealed class IndexModel(DashboardService dashboards, NodaTime.IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AsAt { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Setting { get; set; }

    [BindProperty(SupportsGet = true)]
    public NeedType? Need { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Age { get; set; }

    public Dashboard Dashboard { get; private set; } = null!;

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public string Query => Dashboard.Query.ToQueryString(Dashboard.AsAt);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await BuildAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await BuildAsync(ct) is { } refused)
        {
            return refused;
        }

        return File(Encoding.UTF8.GetBytes(DashboardService.ToCsv(Dashboard)), "text/csv", $"dashboard-{Dates.Iso(Dashboard.AsAt)}.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await BuildAsync(ct) is { } refused)
        {
            return refused;
        }

        return File(DashboardService.ToXlsx(Dashboard).ToBytes(clock.GetCurrentInstant()), XlsxWorkbook.ContentType, $"dashboard-{Dates.Iso(Dashboard.AsAt)}.xlsx");
    }

    private async Task<IActionResult?> BuildAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var asAt = Dates.ParseIso(AsAt, "asAt", "the date the figures are as at", errors, required: false);
        Errors = new ErrorSummaryModel(errors.ToDictionary());
        var query = new DashboardQuery(Area, asAt, string.IsNullOrWhiteSpace(District) ? null : District, Setting, Need,
            MeasureCatalogue.AgeGroups.Contains(Age ?? string.Empty) ? Age : null);
        var dashboard = await dashboards.BuildAsync(query, ct);
        if (dashboard is null)
        {
            return NotFound();
        }

        Dashboard = dashboard;
        return null;
    }
}
