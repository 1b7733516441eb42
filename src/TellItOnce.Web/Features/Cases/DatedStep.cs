using Microsoft.AspNetCore.Mvc;
using TellItOnce.Domain.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

/// <summary>A step recorded with one date: the draft sent, the final plan issued, a review report received, an amended plan issued.</summary>
public abstract class DatedStepModel(CaseService cases) : CaseStepPageModel(cases)
{
    [BindProperty]
    public DateParts On { get; set; } = new();

    /// <summary>The field name the domain uses for this date, so its refusals point at the date input.</summary>
    public abstract string DateField { get; }

    /// <summary>The question above the date input, for example "Date the draft plan was sent".</summary>
    public abstract string DateLabel { get; }

    protected override IReadOnlySet<string> DateFields => new HashSet<string> { DateField };

    protected Task<IActionResult> ApplyDatedAsync(Func<EhcCase, NodaTime.LocalDate, NodaTime.LocalDate, IReadOnlyList<PathwayError>> step, string confirmation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        var errors = new FieldErrors();
        var on = On.Read(DateField, DateLabel.ToLowerInvariant().Replace("date", "the date", StringComparison.Ordinal), errors);
        return ApplyAsync(errors, (c, today) => step(c, on!.Value, today), confirmation, ct);
    }
}
