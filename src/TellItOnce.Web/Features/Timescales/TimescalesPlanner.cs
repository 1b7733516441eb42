using TellItOnce.Domain.Pathway;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Timescales;

public sealed record TimescalesRequest(
    string? RequestReceived,
    string? AdviceRequested = null,
    string? DraftIssued = null,
    IReadOnlyList<ExceptionInput>? Exceptions = null);

public sealed record ExceptionInput(string? From, string? To, string? Reason);

public sealed record MilestoneResponse(string Key, string Title, string Explanation, string Due, string Regulation, bool Excepted, string AdjustedDue);

public sealed record TimescalesResponse(IReadOnlyList<MilestoneResponse> Milestones);

public sealed record TransferResponse(string Phase, string Starts, string Deadline);

public sealed record TransfersResponse(IReadOnlyList<TransferResponse> Transfers, string PreparingForAdulthoodFrom);

/// <summary>
/// The public timescale planner: turns dates a family knows into the statutory dates that follow, with the law behind
/// each. Holds no personal data. Used by the /timescales page and the /api/timescales endpoints alike.
/// </summary>
public static class TimescalesPlanner
{
    public const string RequestReceivedField = "requestReceived";
    public const string AdviceRequestedField = "adviceRequested";
    public const string DraftIssuedField = "draftIssued";
    public const string DateOfBirthField = "dateOfBirth";

    public static Outcome<IReadOnlyList<Milestone>> Plan(TimescalesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var received = Dates.ParseIso(request.RequestReceived, RequestReceivedField, "the date the request was received", errors, required: true);
        var advice = Dates.ParseIso(request.AdviceRequested, AdviceRequestedField, "the date advice was requested", errors, required: false);
        var draft = Dates.ParseIso(request.DraftIssued, DraftIssuedField, "the date the draft plan was sent", errors, required: false);
        var exceptions = ReadExceptions(request.Exceptions, errors);
        return Plan(received, advice, draft, exceptions, errors);
    }

    /// <summary>Plans from dates already parsed (the page reads day, month and year boxes), adding the cross-field checks.</summary>
    public static Outcome<IReadOnlyList<Milestone>> Plan(
        NodaTime.LocalDate? received, NodaTime.LocalDate? advice, NodaTime.LocalDate? draft, IReadOnlyList<PathwayException> exceptions, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (received is { } r)
        {
            if (advice is { } a && a < r)
            {
                errors.Add(AdviceRequestedField, "The date advice was requested must be the same as or after the date the request was received");
            }

            if (draft is { } d && d < r)
            {
                errors.Add(DraftIssuedField, "The date the draft plan was sent must be the same as or after the date the request was received");
            }
        }

        if (errors.Any || received is null)
        {
            return Outcome<IReadOnlyList<Milestone>>.Failure(errors.ToDictionary());
        }

        return Outcome<IReadOnlyList<Milestone>>.Success(
            StatutoryTimeline.ForAssessment(new AssessmentTimelineInput(received.Value, advice, draft, exceptions)));
    }

    public static Outcome<IReadOnlyList<PhaseTransfer>> Transfers(string? dateOfBirth, out NodaTime.LocalDate? parsed)
    {
        var errors = new FieldErrors();
        parsed = Dates.ParseIso(dateOfBirth, DateOfBirthField, "the date of birth", errors, required: true);
        return parsed is { } dob
            ? Outcome<IReadOnlyList<PhaseTransfer>>.Success(SchoolYear.PhaseTransfers(dob))
            : Outcome<IReadOnlyList<PhaseTransfer>>.Failure(errors.ToDictionary());
    }

    public static MilestoneResponse ToResponse(Milestone m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Key, m.Title, m.Explanation, Dates.Iso(m.Due), m.Regulation, m.Excepted, Dates.Iso(m.AdjustedDue));
    }

    private static List<PathwayException> ReadExceptions(IReadOnlyList<ExceptionInput>? inputs, FieldErrors errors)
    {
        var list = new List<PathwayException>();
        for (var i = 0; i < (inputs?.Count ?? 0); i++)
        {
            var input = inputs![i];
            var prefix = $"exceptions[{i}]";
            if (input is null)
            {
                errors.Add(prefix, "Each exception needs a from date, a to date and a reason");
                continue;
            }

            var from = Dates.ParseIso(input.From, $"{prefix}.from", "the date the exception started", errors, required: true);
            var to = Dates.ParseIso(input.To, $"{prefix}.to", "the date the exception ended", errors, required: true);
            ExceptionReason? reason = null;
            if (string.IsNullOrWhiteSpace(input.Reason))
            {
                errors.Add($"{prefix}.reason", $"Enter the reason for the exception: one of {string.Join(", ", Enum.GetNames<ExceptionReason>())}");
            }
            else if (Enum.TryParse<ExceptionReason>(input.Reason, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(input.Reason, out _))
            {
                reason = parsed;
            }
            else
            {
                errors.Add($"{prefix}.reason", $"The reason must be one of {string.Join(", ", Enum.GetNames<ExceptionReason>())}");
            }

            if (from is { } f && to is { } t)
            {
                if (t < f)
                {
                    errors.Add($"{prefix}.to", "The date the exception ended must be the same as or after the date it started");
                }
                else if (reason is { } r)
                {
                    list.Add(new PathwayException(f, t, r));
                }
            }
        }

        return list;
    }
}
