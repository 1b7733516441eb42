using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Insight.Outcomes;

/// <summary>/outcomes: the scorecard of the area's outcomes framework, with each indicator's latest figure, target, RAG, trend and commentary.</summary>
[Authorize(Policy = InsightPolicies.Dashboard)]
public sealed class IndexModel(OutcomesService outcomes, CurrentUser user, NodaTime.IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    public Scorecard Scorecard { get; private set; } = null!;

    public bool CanComment { get; private set; }

    public bool IsAdministrator { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await outcomes.ScorecardAsync(Area, null, ct) is not { } scorecard)
        {
            return NotFound();
        }

        Scorecard = scorecard;
        CanComment = user.AreasWhere(OutcomesService.Commentators).Contains(scorecard.Area.Id);
        IsAdministrator = user.AreasWhere(Role.Administrator).Contains(scorecard.Area.Id);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await outcomes.ScorecardAsync(Area, null, ct) is not { } scorecard)
        {
            return NotFound();
        }

        return File(Encoding.UTF8.GetBytes(OutcomesService.ToCsv(scorecard)), "text/csv", $"scorecard-{scorecard.Area.Slug}-{Dates.Iso(scorecard.AsAt)}.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await outcomes.ScorecardAsync(Area, null, ct) is not { } scorecard)
        {
            return NotFound();
        }

        return File(OutcomesService.ToXlsx(scorecard).ToBytes(clock.GetCurrentInstant()), Shared.Xlsx.XlsxWorkbook.ContentType, $"scorecard-{scorecard.Area.Slug}-{Dates.Iso(scorecard.AsAt)}.xlsx");
    }
}
