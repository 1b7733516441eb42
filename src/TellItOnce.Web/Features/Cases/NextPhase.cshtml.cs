using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Settings;
using TellItOnce.Web.Features.Workspaces;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Records that the plan was amended to name the setting for the child's next phase.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class NextPhaseModel(CaseService cases, WorkspaceQueries workspace) : CaseStepPageModel(cases)
{
    [BindProperty]
    public Guid? SettingId { get; set; }

    [BindProperty]
    public DateParts NamedOn { get; set; } = new();

    public IReadOnlyList<EducationSetting> Settings { get; private set; } = [];

    protected override IReadOnlySet<string> DateFields { get; } = new HashSet<string> { "namedOn" };

    protected override async Task OnLoadedAsync(CancellationToken ct) => Settings = await workspace.SettingsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var settings = await workspace.SettingsAsync(ct);
        var setting = settings.SingleOrDefault(s => s.Id == SettingId);
        if (setting is null)
        {
            errors.Add("settingId", "Choose the setting the amended plan names");
        }

        var namedOn = NamedOn.Read("namedOn", "the date the amended plan was issued", errors);
        return await ApplyAsync(errors, (c, today) => c.NameNextPhaseSetting(setting!.Id, namedOn!.Value, today), $"{setting?.Name} named for the next phase", ct);
    }
}
