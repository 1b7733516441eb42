using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Insight;
using TellItOnce.Domain.Pathway;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Insight;

/// <summary>/dashboard/national: the published figures for England shown beside the area's; an administrator updates them.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class NationalModel(AppDbContext db, IClock clock) : PageModel
{
    public IReadOnlyList<NationalFigure> Figures { get; private set; } = [];

    [BindProperty]
    public string? Measure { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Period { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Figures = await db.NationalFigures.AsNoTracking().OrderBy(f => f.MeasureKey).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (MeasureCatalogue.Find(Measure) is null)
        {
            errors.Add("measure", "Choose the measure the figure compares with");
        }

        if (!decimal.TryParse(Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            errors.Add("value", "Enter the figure as a number, for example 46.4");
        }

        if (string.IsNullOrWhiteSpace(Period) || Period.Length > 40)
        {
            errors.Add("period", "Enter the period the figure describes, for example 2024");
        }

        if (string.IsNullOrWhiteSpace(Source) || Source.Length > 300)
        {
            errors.Add("source", "Enter where the figure was published, for example DfE, Education, health and care plans, June 2025");
        }

        if (errors.Any)
        {
            Errors = new ErrorSummaryModel(errors.ToDictionary());
            await OnGetAsync(ct);
            return Page();
        }

        var figure = await db.NationalFigures.SingleOrDefaultAsync(f => f.MeasureKey == Measure, ct);
        if (figure is null)
        {
            figure = new NationalFigure { Id = Guid.CreateVersion7(), MeasureKey = Measure!, Period = string.Empty, Source = string.Empty };
            db.NationalFigures.Add(figure);
        }

        figure.Value = value;
        figure.Period = Period!.Trim();
        figure.Source = Source!.Trim();
        figure.UpdatedOn = EnglishCalendar.DateOf(clock.GetCurrentInstant());
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }
}
