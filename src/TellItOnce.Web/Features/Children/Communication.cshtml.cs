using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Children;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Children;

/// <summary>/children/{id}/communication: how to communicate with the child and family (interpreter, BSL, large print, easy read).</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class CommunicationModel(ChildRecordService records) : PageModel
{
    [FromRoute] public Guid Id { get; set; }

    public Child Child { get; private set; } = null!;

    [BindProperty] public bool NeedsInterpreter { get; set; }

    [BindProperty] public string? InterpreterLanguage { get; set; }

    [BindProperty] public bool LargePrint { get; set; }

    [BindProperty] public bool EasyRead { get; set; }

    [BindProperty] public bool Bsl { get; set; }

    [BindProperty] public string? Other { get; set; }

    [TempData] public string? Confirmation { get; set; }

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if ((await records.FindAsync(Id, ct)).Child is not { } child)
        {
            return NotFound();
        }

        Child = child;
        (NeedsInterpreter, InterpreterLanguage, LargePrint, EasyRead, Bsl, Other) =
            (child.NeedsInterpreter, child.InterpreterLanguage, child.LargePrint, child.EasyRead, child.Bsl, child.OtherCommunicationNeeds);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await records.SaveCommunicationAsync(Id, new CommunicationInput(NeedsInterpreter, InterpreterLanguage, LargePrint, EasyRead, Bsl, Other), ct);
        if (outcome is null)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Confirmation = "Communication needs saved";
            return Redirect($"/children/{Id}");
        }

        Child = (await records.FindAsync(Id, ct)).Child!;
        Errors = new ErrorSummaryModel(outcome.Errors);
        ViewData["HasErrors"] = true;
        return Page();
    }
}
