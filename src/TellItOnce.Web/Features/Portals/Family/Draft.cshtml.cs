using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Family;

/// <summary>/family/cases/{id}/draft: read the draft plan, comment section by section while the 15 days are open, name a preferred setting.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class DraftModel(FamilyPortal portal) : PortalPageModel
{
    [FromRoute] public Guid Id { get; set; }

    public DraftForComment View { get; private set; } = null!;

    /// <summary>The section whose comment box had an error, so its text is kept.</summary>
    public string? FailedSection { get; private set; }

    public string? FailedText { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(string? section, string? text, CancellationToken ct)
    {
        FailedSection = section;
        FailedText = text;
        return await AfterAsync(await portal.CommentAsync(Id, section, text, ct), $"/family/cases/{Id}/draft",
            $"Your comment on section {section} has been sent to the SEND team", () => LoadAsync(ct), f => f == "text" ? $"text-{section}" : f);
    }

    public async Task<IActionResult> OnPostSettingAsync(Guid? settingId, CancellationToken ct) =>
        await AfterAsync(await portal.PreferSettingAsync(Id, settingId, ct), $"/family/cases/{Id}/draft",
            "The school or college you would like has been recorded", () => LoadAsync(ct));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var view = await portal.DraftAsync(Id, ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
