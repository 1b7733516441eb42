using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Insight;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Insight.Outcomes;

/// <summary>
/// /outcomes/indicators/{id}: the board, managers and administrators record a quarter's figure (for an entered indicator)
/// and commentary; an administrator also sets the target, the amber threshold, the direction and the owner.
/// </summary>
[Authorize(Policy = InsightPolicies.Dashboard)]
public sealed class IndicatorModel(OutcomesService outcomes, CurrentUser user) : PageModel
{
    public OutcomeIndicator Indicator { get; private set; } = null!;

    public bool IsAdministrator { get; private set; }

    [BindProperty]
    public string? Period { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Commentary { get; set; }

    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public string? Amber { get; set; }

    [BindProperty]
    public Direction Direction { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public IReadOnlyList<Quarter> Quarters => Quarter.Ending(outcomes.Today, 4);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Period = Quarters[^1].ToString();
        Target = Indicator.Target?.ToString(CultureInfo.InvariantCulture);
        Amber = Indicator.AmberThreshold?.ToString(CultureInfo.InvariantCulture);
        Direction = Indicator.Direction;
        Owner = Indicator.Owner;
        return Page();
    }

    public async Task<IActionResult> OnPostPeriodAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var errors = new FieldErrors();
        if (!Quarter.TryParse(Period, out var quarter))
        {
            errors.Add("period", "Choose the quarter");
        }

        var value = ParseNumber(Value, "value", "The figure", errors);
        if (Commentary?.Length > 4000)
        {
            errors.Add("commentary", "Commentary must be 4,000 characters or fewer");
        }

        if (errors.Any)
        {
            Errors = new ErrorSummaryModel(errors.ToDictionary());
            return Page();
        }

        OutcomesService.SetPeriod(Indicator, quarter, value, Commentary);
        await outcomes.SaveAsync(ct);
        return Redirect("/outcomes");
    }

    public async Task<IActionResult> OnPostTargetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !IsAdministrator)
        {
            return NotFound();
        }

        var errors = new FieldErrors();
        var target = ParseNumber(Target, "target", "The target", errors);
        var amber = ParseNumber(Amber, "amber", "The amber threshold", errors);
        if (Owner?.Length > 200)
        {
            errors.Add("owner", "Owner must be 200 characters or fewer");
        }

        if (errors.Any)
        {
            Errors = new ErrorSummaryModel(errors.ToDictionary());
            return Page();
        }

        (Indicator.Target, Indicator.AmberThreshold, Indicator.Direction, Indicator.Owner) = (target, amber, Direction, string.IsNullOrWhiteSpace(Owner) ? null : Owner.Trim());
        await outcomes.SaveAsync(ct);
        return Redirect("/outcomes");
    }

    private static decimal? ParseNumber(string? text, string field, string label, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, $"{label} must be a number, like 46.4");
        return null;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await outcomes.IndicatorAsync(id, OutcomesService.Commentators, ct) is not { } found)
        {
            return false;
        }

        Indicator = found.Indicator;
        IsAdministrator = user.AreasWhere(Role.Administrator).Contains(found.AreaId);
        return true;
    }
}
