using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Insight;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Insight;

/// <summary>/dashboard/api-keys: an administrator issues keys for BI tools (each shown once) and revokes them.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class ApiKeysModel(ApiKeyService keys) : PageModel
{
    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The key just issued: shown on this response only.</summary>
    public string? Issued { get; private set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public async Task OnGetAsync(CancellationToken ct) => Keys = await keys.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            errors.Add("name", "Enter a name for the key of up to 200 characters, saying which tool uses it");
        }

        if (errors.Any)
        {
            Errors = new ErrorSummaryModel(errors.ToDictionary());
            Keys = await keys.ListAsync(ct);
            return Page();
        }

        Issued = await keys.IssueAsync(Name!.Trim(), ct);
        Keys = await keys.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) =>
        await keys.RevokeAsync(id, ct) ? RedirectToPage() : NotFound();
}
