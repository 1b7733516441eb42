using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Family;

/// <summary>/family/cases/{id}/personal-budget: section J of the plan, and a request for a personal budget the council decides.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class PersonalBudgetModel(FamilyPortal portal) : PortalPageModel
{
    [FromRoute] public Guid Id { get; set; }

    [BindProperty] public Guid Version { get; set; }

    [BindProperty] public string? Education { get; set; }

    [BindProperty] public string? Health { get; set; }

    [BindProperty] public string? SocialCare { get; set; }

    [BindProperty] public BudgetArrangement? Arrangement { get; set; }

    public BudgetPage Budget { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var amounts = new BudgetAmounts(Pounds(Education, "education", errors), Pounds(Health, "health", errors), Pounds(SocialCare, "socialCare", errors));
        if (errors.Any)
        {
            return await ShowErrorsAsync(errors.ToDictionary(), () => LoadAsync(ct), Anchor);
        }

        return await AfterAsync(await portal.RequestBudgetAsync(Id, Version, amounts, Arrangement, ct), $"/family/cases/{Id}/personal-budget",
            "Your request for a personal budget has been sent to the SEND team", () => LoadAsync(ct), Anchor);
    }

    private static string Anchor(string field) => field switch
    {
        "arrangement" => "arrangement-DirectPayment",
        "requestedOn" or "stage" or "version" => "education",
        _ => field,
    };

    private static decimal? Pounds(string? text, string field, FieldErrors errors)
    {
        var cleaned = text?.Replace("£", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(cleaned))
        {
            return null;
        }

        if (decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out var pounds) && pounds >= 0)
        {
            return pounds;
        }

        errors.Add(field, "Enter an amount in pounds, for example 1500");
        return null;
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var budget = await portal.BudgetAsync(Id, ct);
        if (budget is null)
        {
            return false;
        }

        Budget = budget;
        Version = budget.Progress.Case.Version;
        return true;
    }
}
