using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Insight;

/// <summary>
/// /dashboard/cases: the cases behind one figure of the dashboard, found by the same SQL as the figure. The SEND team
/// sees names and opens each case; the board sees case references only (it reads figures, not files).
/// </summary>
[Authorize(Policy = InsightPolicies.Dashboard)]
public sealed class CasesModel(DashboardService dashboards, MeasureEngine engine, CurrentUser user) : PageModel
{
    public const int Limit = 500;

    [BindProperty(SupportsGet = true)]
    public string? Measure { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Met { get; set; }

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

    public MeasureDefinition Definition { get; private set; } = null!;

    public LocalDate Date { get; private set; }

    public IReadOnlyList<DrillRow> Rows { get; private set; } = [];

    /// <summary>Whether the user may see names and open cases: the SEND team of every area in the figure.</summary>
    public bool ShowsNames { get; private set; }

    public string BackLink { get; private set; } = "/dashboard";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (MeasureCatalogue.Find(Measure) is not { } measure)
        {
            return NotFound();
        }

        var date = Dates.ParseIso(AsAt, "asAt", "the date", new FieldErrors(), required: false) ?? dashboards.Today;
        var visible = await dashboards.VisibleAreasAsync(ct);
        if (DashboardService.Select(visible, Area) is not { } selected)
        {
            return NotFound();
        }

        var query = new DashboardQuery(Area, date, District, Setting, Need, Age);
        Definition = measure;
        Date = date;
        var sendTeamAreas = user.AreasWhere(Role.Caseworker, Role.Manager);
        ShowsNames = selected.All(a => sendTeamAreas.Contains(a.Id));
        Rows = await engine.DrillAsync(measure, DashboardService.FilterFor(selected, query), date, Group, Met, Limit, ct);
        BackLink = $"/dashboard?{query.ToQueryString(date)}#m-{measure.Key}";
        return Page();
    }
}
