using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Records the family's preferred setting and consults a setting about being named in the plan (15 days to answer).</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class ConsultModel(CaseService cases) : CaseStepPageModel(cases)
{
    [BindProperty]
    public Guid? SettingId { get; set; }

    [BindProperty]
    public bool Preferred { get; set; }

    [BindProperty]
    public DateParts SentOn { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Settings { get; private set; } = [];

    protected override IReadOnlySet<string> DateFields { get; } = new HashSet<string> { "sentOn" };

    protected override async Task OnLoadedAsync(CancellationToken ct) => Settings = await Cases.SettingsAsync(View.Case.AreaId, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var areaId = (await Cases.GetAsync(Id, ct))?.Case.AreaId;
        var settings = areaId is { } a ? await Cases.SettingsAsync(a, ct) : [];
        var setting = settings.SingleOrDefault(s => s.Id == SettingId);
        if (setting.Id == Guid.Empty)
        {
            errors.Add("settingId", "Choose the school, college or other setting");
        }

        var sentOn = SentOn.Read("sentOn", "the date the consultation was sent", errors);
        return await ApplyAsync(errors, (c, today) =>
        {
            var refused = Preferred ? c.RecordPreferredSetting(setting.Id) : [];
            return refused.Count > 0 ? refused : c.ConsultSetting(new SettingConsultation { Id = Guid.CreateVersion7(), SettingId = setting.Id, SentOn = sentOn!.Value }, today);
        }, $"{setting.Name} consulted: it has 15 days to answer", ct);
    }
}
