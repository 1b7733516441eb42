using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Data.Insight;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Insight;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Insight.Outcomes;

/// <summary>/outcomes/frameworks: an administrator loads an example, imports or exports a framework as JSON, and picks the one in use.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class FrameworksModel(OutcomesService outcomes) : PageModel
{
    public IReadOnlyList<OutcomeFramework> Frameworks { get; private set; } = [];

    public IReadOnlyList<Area> Areas { get; private set; } = [];

    [BindProperty]
    public Guid? AreaId { get; set; }

    [BindProperty]
    public string? Example { get; set; }

    [BindProperty]
    public string? Json { get; set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public async Task OnGetAsync(CancellationToken ct)
    {
        Frameworks = await outcomes.FrameworksAsync(ct);
        Areas = await outcomes.AreasAsync([Role.Administrator], ct);
    }

    public async Task<IActionResult> OnPostExampleAsync(CancellationToken ct)
    {
        if (Example is null || ExampleFrameworks.Load(Example) is not { } document)
        {
            return await RefuseAsync("example", "Choose an example framework to load", ct);
        }

        return await ImportAsync(document, ct);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        FrameworkDocument? document;
        try
        {
            document = string.IsNullOrWhiteSpace(Json) ? null : JsonSerializer.Deserialize<FrameworkDocument>(Json, FrameworkDocument.Json);
        }
        catch (JsonException e)
        {
            return await RefuseAsync("json", $"The JSON could not be read: {e.Message}", ct);
        }

        return document is null ? await RefuseAsync("json", "Paste the framework's JSON", ct) : await ImportAsync(document, ct);
    }

    public async Task<IActionResult> OnPostUseAsync(Guid id, CancellationToken ct) =>
        await outcomes.UseAsync(id, ct) ? RedirectToPage() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken ct)
    {
        var document = await outcomes.ExportAsync(id, ct);
        return document is null
            ? NotFound()
            : File(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(document, FrameworkDocument.Json)), "application/json", "outcomes-framework.json");
    }

    private async Task<IActionResult> ImportAsync(FrameworkDocument document, CancellationToken ct)
    {
        var areas = await outcomes.AreasAsync([Role.Administrator], ct);
        var areaId = AreaId ?? (areas.Count == 1 ? areas[0].Id : Guid.Empty);
        var result = await outcomes.ImportAsync(areaId, document, ct);
        if (!result.Succeeded)
        {
            Errors = new ErrorSummaryModel(result.Errors);
            await OnGetAsync(ct);
            return Page();
        }

        return RedirectToPage();
    }

    private async Task<IActionResult> RefuseAsync(string field, string message, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        Errors = new ErrorSummaryModel(errors.ToDictionary());
        await OnGetAsync(ct);
        return Page();
    }
}
