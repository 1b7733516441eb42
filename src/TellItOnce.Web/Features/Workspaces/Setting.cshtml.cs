using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Settings;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>/setting: a SENCO's pupils with SEN, from their own setting only; a trust lead's from every setting of their trust.</summary>
[Authorize(Policy = Policies.SettingStaff)]
public sealed class SettingModel(WorkspaceQueries queries) : PageModel
{
    public IReadOnlyList<EducationSetting> Settings { get; private set; } = [];

    public IReadOnlyList<PupilRow> Pupils { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => (Settings, Pupils) = await queries.PupilsAsync(ct);
}
