using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Documents;
using TellItOnce.Web.Features.Documents;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Professional;

/// <summary>/advice/{adviceId}: a professional writes structured advice, saves a draft, and submits it.</summary>
[Authorize(Policy = Policies.Professional)]
public sealed class AdviceFormModel(AdvicePortal portal) : PortalPageModel
{
    [FromRoute] public Guid AdviceId { get; set; }

    [BindProperty] public string? Needs { get; set; }

    [BindProperty] public string? Outcomes { get; set; }

    [BindProperty] public string? Provision { get; set; }

    [BindProperty] public string? FileTitle { get; set; }

    [BindProperty] public IFormFile? Attachment { get; set; }

    public AdviceWork Work { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        (Needs, Outcomes, Provision) = (Work.Contribution.Needs, Work.Contribution.Outcomes, Work.Contribution.Provision);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct) =>
        await AfterAsync(await portal.SaveAsync(AdviceId, Needs, Outcomes, Provision, submit: false, ct), $"/advice/{AdviceId}",
            "Your draft advice has been saved. Only you and your team can see it until you submit it", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        await using var content = Attachment?.OpenReadStream() ?? Stream.Null;
        var attachment = Attachment is null ? null : new DocumentUpload(Attachment.FileName, content, FileTitle, DocumentKind.Advice, AdviceId);
        return await AfterAsync(await portal.SaveAsync(AdviceId, Needs, Outcomes, Provision, submit: true, ct, attachment), $"/advice/{AdviceId}",
            "Your advice has been submitted: the SEND team and the family can see that it has arrived", () => LoadAsync(ct));
    }

    /// <summary>A team lead gives the request to one person in the team; the team still sees it.</summary>
    public async Task<IActionResult> OnPostAssignAsync(Guid? assigneeId, CancellationToken ct) =>
        await AfterAsync(await portal.AssignAsync(AdviceId, assigneeId, ct), $"/advice/{AdviceId}", "The request has been assigned", () => LoadAsync(ct));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var work = await portal.FindAsync(AdviceId, ct);
        if (work is null)
        {
            return false;
        }

        Work = work;
        return true;
    }
}
