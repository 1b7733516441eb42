using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>Requests advice for the assessment from a service; the request has its own 6-week due date.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class RequestAdviceModel(CaseService cases) : CaseStepPageModel(cases)
{
    [BindProperty]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public DateParts RequestedOn { get; set; } = new();

    public IReadOnlyList<AdviceOption> Options { get; private set; } = [];

    protected override IReadOnlySet<string> DateFields { get; } = new HashSet<string> { "requestedOn" };

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var options = await Cases.AdviceOptionsAsync(ct);
        var errors = new FieldErrors();
        var option = options.SingleOrDefault(o => o.OrganisationId == OrganisationId);
        if (option is null)
        {
            errors.Add("organisationId", "Choose who is being asked for advice");
        }

        var requestedOn = RequestedOn.Read("requestedOn", "the date advice was requested", errors);
        return await ApplyAsync(errors, (c, today) => c.RequestAdvice(new AdviceRequest
        {
            Id = Guid.CreateVersion7(),
            Source = option!.Source,
            OrganisationId = option.OrganisationId,
            RequestedOn = requestedOn!.Value,
        }, today), $"Advice requested from {option?.Name}", ct);
    }

    protected override async Task OnLoadedAsync(CancellationToken ct) => Options = await Cases.AdviceOptionsAsync(ct);

    protected override string AnchorFor(string field) => field == "organisationId" ? "organisationId-0" : base.AnchorFor(field);
}
