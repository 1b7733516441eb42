using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Documents;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Documents;

/// <summary>/cases/{id}/documents/new: the SEND team adds a document (a report, a letter, evidence) to a case.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class UploadModel(CaseService cases, DocumentService documents, CurrentUser user) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DocumentKind Kind { get; set; } = DocumentKind.Report;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public CaseView View { get; private set; } = null!;

    public long MaxBytes => documents.MaxBytes;

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A case outside the user's areas is not found before anything about the upload is judged.
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await using var content = Upload?.OpenReadStream() ?? Stream.Null;
        var outcome = Upload is null
            ? Outcome<Document>.Failure(new Dictionary<string, string[]> { ["file"] = ["Select a file"] })
            : await documents.UploadAsync(Id, new DocumentUpload(Upload.FileName, content, Title, Kind), user, ct);
        if (outcome is { Succeeded: true })
        {
            Confirmation = $"Document added: {outcome.Value!.Title}";
        }

        return await this.RespondAsync(outcome, _ => $"/cases/{Id}#documents", async errors =>
        {
            Errors = new ErrorSummaryModel(errors);
            await LoadAsync(ct);
        });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var view = await cases.GetAsync(Id, ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
