using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.LocalOffer.Manage;

/// <summary>/local-offer/manage/import: the council loads services from another Open Referral UK feed (a file or a URL).</summary>
[Authorize(Policy = Policies.LocalOfferOfficer)]
[RequestSizeLimit(20_000_000)]
public sealed class ImportModel(OpenReferralImporter importer, CurrentUser user) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? FeedUrl { get; set; }

    public ImportReport? Report { get; private set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var areas = user.AreasWhere(LocalOfferPublishing.CouncilRoles);
        var errors = new FieldErrors();
        if (areas.Count != 1)
        {
            errors.Add("file", "Your account must be a manager or administrator in exactly one area to import");
        }
        else if (Upload is { Length: > 0 } file)
        {
            await using var stream = file.OpenReadStream();
            Report = await importer.ImportAsync(stream, areas[0], file.FileName, ct);
        }
        else if (Uri.TryCreate(FeedUrl?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            Report = await importer.ImportFromUrlAsync(url, areas[0], ct);
        }
        else
        {
            errors.Add("file", "Choose an Open Referral UK JSON file, or enter the address of a feed starting with https://");
        }

        if (errors.Any)
        {
            Errors = new ErrorSummaryModel(errors.ToDictionary());
            ViewData["HasErrors"] = true;
        }

        return Page();
    }
}
