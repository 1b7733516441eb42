using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>/cases/new: record a request for an EHC needs assessment, finding or creating the child's one record.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class NewModel(NewRequestService requests) : PageModel
{
    [BindProperty] public Guid? AreaId { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Areas { get; private set; } = [];

    [BindProperty] public string? GivenName { get; set; }

    [BindProperty] public string? FamilyName { get; set; }

    [BindProperty] public DateParts DateOfBirth { get; set; } = new();

    [BindProperty] public string? Upn { get; set; }

    [BindProperty] public string? Postcode { get; set; }

    [BindProperty] public NeedType? PrimaryNeed { get; set; }

    [BindProperty] public RequesterKind? RequestedBy { get; set; }

    [BindProperty] public DateParts Received { get; set; } = new();

    [BindProperty] public string? Evidence { get; set; }

    [BindProperty] public string? AllAboutMe { get; set; }

    /// <summary>After a possible duplicate: "new", or the id of the existing record to use.</summary>
    [BindProperty] public string? SameChild { get; set; }

    public IReadOnlyList<PossibleDuplicate> Duplicates { get; private set; } = [];

    public ErrorSummaryModel Errors { get; private set; } = new(new Dictionary<string, string[]>());

    public async Task OnGetAsync(CancellationToken ct) => Areas = await requests.AreasAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        Guid? existing = Guid.TryParse(SameChild, out var id) ? id : null;
        var dob = DateOfBirth.Read("dateOfBirth", "the date of birth", errors, required: existing is null);
        var received = Received.Read("received", "the date the request was received", errors);
        var outcome = await requests.RecordAsync(
            new NewRequestInput(GivenName, FamilyName, dob, Upn, Postcode, PrimaryNeed, RequestedBy, received, Evidence, AllAboutMe, existing, SameChild == "new", AreaId),
            errors, ct);
        if (outcome.Succeeded && outcome.Value!.CaseId is { } caseId)
        {
            TempData[nameof(IndexModel.Confirmation)] = "Request recorded: the council must decide whether to assess within 6 weeks";
            return Redirect($"/cases/{caseId}");
        }

        if (outcome.Succeeded)
        {
            Duplicates = outcome.Value!.PossibleDuplicates;
            errors.Add("sameChild", "This may be a child we already have a record for. Say whether it is the same child");
        }

        Areas = await requests.AreasAsync(ct);
        Errors = new ErrorSummaryModel(errors.ToDictionary(), f => f switch
        {
            "dateOfBirth" or "received" => $"{f}-day",
            "requestedBy" => $"requestedBy-{RequesterKind.Parent}",
            "sameChild" => "sameChild-0",
            _ => f,
        });
        ViewData["HasErrors"] = true;
        return Page();
    }
}
