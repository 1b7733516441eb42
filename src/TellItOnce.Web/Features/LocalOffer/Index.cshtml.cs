using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.LocalOffer;

/// <summary>/local-offer: families search the Local Offer. A GET form, so it works without JavaScript and every search has a shareable URL.</summary>
[AllowAnonymous]
public sealed class IndexModel(LocalOfferSearch search, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Need { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Age { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Free { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Day { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Time { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Postcode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Miles { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public IReadOnlyList<string> Districts { get; private set; } = [];

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public SearchPage? Results { get; private set; }

    public SearchCriteria Criteria { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Districts = [.. (await db.Areas.AsNoTracking().Select(a => a.Districts).ToListAsync(ct)).SelectMany(d => d).Distinct().Order()];
        var errors = new FieldErrors();
        var near = SearchParameters.Place(Postcode, "postcode", errors);
        var criteria = new SearchCriteria
        {
            Words = Words,
            Need = SearchParameters.Need(Need, "need", errors),
            Age = SearchParameters.Whole(Age, "age", "Age", 0, 25, errors),
            Category = SearchParameters.Category(Category, "category", errors),
            FreeOnly = Free == "yes",
            Day = SearchParameters.Day(Day, "day", errors),
            OpenAt = SearchParameters.Time(Time, "time", "Time", errors),
            District = Districts.Contains(District) ? District : null,
            Near = near,
            WithinMiles = near is null ? null : SearchParameters.Number(Miles, "miles", "Distance", 1, 50, errors) ?? 5,
            Sort = SearchParameters.Choice<SearchSort>(Sort, "sort", "Sort by name, distance or updated", errors) ?? (near is null ? SearchSort.Name : SearchSort.Distance),
            Page = SearchParameters.Whole(PageNumber, "p", "Page", 1, 10_000, errors) ?? 1,
            PerPage = 20,
        };
        if (criteria.Sort == SearchSort.Distance && near is null)
        {
            criteria = criteria with { Sort = SearchSort.Name };
        }

        if (errors.Any)
        {
            Errors = new ErrorSummaryModel(errors.ToDictionary());
            ViewData["HasErrors"] = true;
            return;
        }

        Criteria = criteria;
        Results = await search.SearchAsync(criteria, ct);
    }

    /// <summary>This search's URL with one parameter changed (for paging and sorting links).</summary>
    public string With(string name, string? value)
    {
        var query = Request.Query.Where(q => q.Key != name && q.Key != "p" && !string.IsNullOrEmpty(q.Value))
            .Select(q => (q.Key, Value: q.Value.ToString())).ToList();
        if (!string.IsNullOrEmpty(value))
        {
            query.Add((name, value));
        }

        return "/local-offer" + QueryString.Create(query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));
    }

    public static string Ages(ServiceDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return d.MinimumAge == 0 && d.MaximumAge >= 25 ? "All ages" : $"Ages {d.MinimumAge} to {d.MaximumAge}";
    }
}
