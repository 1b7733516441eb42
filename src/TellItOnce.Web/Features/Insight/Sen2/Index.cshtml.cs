using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Insight.Sen2;

/// <summary>
/// /returns/sen2: the SEND team checks the area's SEN2 return for a collection year, sees each record that breaks a rule
/// with a link to the case to fix it, and downloads the XML only after confirming.
/// </summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class IndexModel(Sen2Return sen2, AppDbContext db, CurrentUser user, NodaTime.IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public Sen2Summary Summary { get; private set; } = null!;

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    /// <summary>The collection of the coming January: in March 2026 that is the 2027 return (the 2026 one is under way or done).</summary>
    public int DefaultYear => Domain.Pathway.EnglishCalendar.DateOf(clock.GetCurrentInstant()).Year + 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await AreaAsync(ct) is not { } area)
        {
            return NotFound();
        }

        Summary = await sen2.ValidateAsync(area, Year ?? DefaultYear, ct, keep: 500);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await AreaAsync(ct) is not { } area)
        {
            return NotFound();
        }

        var year = Year ?? DefaultYear;
        if (!Confirm)
        {
            var errors = new FieldErrors();
            errors.Add("confirm", "Confirm that you have checked the return before exporting it");
            Errors = new ErrorSummaryModel(errors.ToDictionary());
            Summary = await sen2.ValidateAsync(area, year, ct, keep: 500);
            return Page();
        }

        Response.ContentType = "application/xml";
        Response.Headers.ContentDisposition = $"attachment; filename=\"sen2-{area.LaCode}-{year}.xml\"";
        await sen2.WriteAsync(area, year, Response.Body, ct);
        return new EmptyResult();
    }

    private async Task<Area?> AreaAsync(CancellationToken ct)
    {
        var ids = user.AreasWhere(Role.Caseworker, Role.Manager);
        Areas = await db.Areas.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Name).ToListAsync(ct);
        if (Year is < 2015 or > 2100)
        {
            Year = null;
        }

        return string.IsNullOrWhiteSpace(Area) ? (Areas.Count > 0 ? Areas[0] : null) : Areas.FirstOrDefault(a => a.Slug == Area);
    }
}
