using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Documents;
using TellItOnce.Web.Features.Documents;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Records that a piece of advice arrived, with its text and the documents it came as.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class AdviceReceivedModel(CaseService cases, DocumentService documents, CurrentUser user) : CaseStepPageModel(cases)
{
    [FromRoute]
    public Guid AdviceId { get; set; }

    [BindProperty]
    public DateParts ReceivedOn { get; set; } = new();

    [BindProperty]
    public string? AdviceText { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public long MaxBytes => documents.MaxBytes;

    protected override IReadOnlySet<string> DateFields { get; } = new HashSet<string> { "receivedOn" };

    public AdviceView? Advice => View.Advice.SingleOrDefault(a => a.Advice.Id == AdviceId);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var receivedOn = ReceivedOn.Read("receivedOn", "the date the advice was received", errors);
        var checkedFiles = new List<CheckedFile>();
        foreach (var upload in Files.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            await using var content = upload.OpenReadStream();
            var (file, error) = await documents.CheckAsync(upload.FileName, content, ct);
            if (error is not null)
            {
                errors.Add("files", $"{UploadedFiles.SafeName(upload.FileName)}: {error}");
            }
            else
            {
                checkedFiles.Add(file!);
            }
        }

        var stored = new List<StoredFile>();
        try
        {
            if (!errors.Any)
            {
                foreach (var file in checkedFiles)
                {
                    stored.Add(await documents.StoreAsync(file, ct));
                }
            }

            var result = await ApplyAsync(errors, (c, today) =>
            {
                var refusals = c.RecordAdviceReceived(AdviceId, receivedOn!.Value, AdviceText, today);
                if (refusals.Count == 0)
                {
                    var source = c.AdviceRequests.Single(a => a.Id == AdviceId).Source;
                    foreach (var file in stored)
                    {
                        documents.Attach(file, c, $"{source} advice: {Path.GetFileNameWithoutExtension(file.File.FileName)}", DocumentKind.Advice, AdviceId, user.Id);
                    }
                }

                return refusals;
            }, stored.Count == 0 ? "Advice recorded as received" : $"Advice recorded as received, with {stored.Count} document{(stored.Count == 1 ? "" : "s")}", ct);
            if (result is not RedirectResult)
            {
                await documents.DiscardAsync(stored, ct);
            }

            return result;
        }
        catch
        {
            await documents.DiscardAsync(stored, CancellationToken.None);
            throw;
        }
    }
}
