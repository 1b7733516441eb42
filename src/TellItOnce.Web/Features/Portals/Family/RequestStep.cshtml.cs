using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Portals;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals.Family;

/// <summary>/family/request/{id}/{step}: one question of the request a page, saved as the family goes; then check and send.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class RequestStepModel(RequestJourney journey) : PortalPageModel
{
    [FromRoute] public Guid Id { get; set; }

    [FromRoute] public string Step { get; set; } = RequestSteps.Child;

    /// <summary>"check" when the family came from the check-your-answers page, so they go back there.</summary>
    [FromQuery(Name = "return")] public string? ReturnTo { get; set; }

    [BindProperty] public string? ChildChoice { get; set; }

    [BindProperty] public string? GivenName { get; set; }

    [BindProperty] public string? FamilyName { get; set; }

    [BindProperty] public DateParts DateOfBirth { get; set; } = new();

    [BindProperty] public string? Text { get; set; }

    public AssessmentRequestDraft Draft { get; private set; } = null!;

    public IReadOnlyList<Child> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        ChildChoice = Draft.ChildId?.ToString() ?? (Draft.GivenName is null ? null : "new");
        GivenName = Draft.GivenName;
        FamilyName = Draft.FamilyName;
        DateOfBirth = Draft.DateOfBirth is { } dob ? DateParts.Of(dob) : new DateParts();
        Text = Step switch
        {
            RequestSteps.AboutMe => Draft.AllAboutMe,
            RequestSteps.Needs => Draft.Needs,
            RequestSteps.Support => Draft.SupportSoFar,
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Step == RequestSteps.Check)
        {
            return NotFound();
        }

        var errors = new FieldErrors();
        var dob = Step == RequestSteps.DateOfBirth ? DateOfBirth.Read("dateOfBirth", "their date of birth", errors) : null;
        if (!errors.Any)
        {
            foreach (var (field, messages) in (await journey.SaveAsync(Draft, Step, new RequestAnswer(ChildChoice, GivenName, FamilyName, dob, Text), ct)).ToDictionary())
            {
                foreach (var message in messages)
                {
                    errors.Add(field, message);
                }
            }
        }

        if (errors.Any)
        {
            return await ShowErrorsAsync(errors.ToDictionary(), () => Task.FromResult(true), f => f switch
            {
                "dateOfBirth" => "dateOfBirth-day",
                "childChoice" => "childChoice-0",
                _ => f,
            });
        }

        var next = ReturnTo == RequestSteps.Check ? RequestSteps.Check : RequestSteps.After(Draft, Step);
        return Redirect($"/family/request/{Id}/{next}");
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var outcome = await journey.SubmitAsync(Draft, ct);
        return await AfterAsync(outcome, outcome.Succeeded ? $"/family/cases/{outcome.Value}" : string.Empty,
            "Your request has been sent to the SEND team", () => Task.FromResult(true), f => $"change-{f}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!RequestSteps.For(new AssessmentRequestDraft()).Concat([RequestSteps.Name, RequestSteps.DateOfBirth]).Contains(Step))
        {
            return false;
        }

        var draft = await journey.FindAsync(Id, ct);
        if (draft is null)
        {
            return false;
        }

        Draft = draft;
        Children = await journey.ChildrenAsync(ct);
        return true;
    }
}
