using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>A step recorded with one date: the draft sent, the final plan issued.</summary>
public abstract class DatedStepModel(CaseService cases) : CaseStepPageModel(cases)
{
    [BindProperty]
    public DateParts IssuedOn { get; set; } = new();

    protected override IReadOnlySet<string> DateFields { get; } = new HashSet<string> { "issuedOn" };

    protected Task<IActionResult> ApplyDatedAsync(string label, Func<EhcCase, NodaTime.LocalDate, NodaTime.LocalDate, IReadOnlyList<PathwayError>> step, string confirmation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        var errors = new FieldErrors();
        var issuedOn = IssuedOn.Read("issuedOn", label, errors);
        return ApplyAsync(errors, (c, today) => step(c, issuedOn!.Value, today), confirmation, ct);
    }
}
