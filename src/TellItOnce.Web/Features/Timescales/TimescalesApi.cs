using Microsoft.AspNetCore.Http.HttpResults;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Timescales;

/// <summary>POST /api/timescales and GET /api/timescales/transfers: open to anyone, no personal data held.</summary>
public static class TimescalesApi
{
    public static void MapTimescalesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/timescales").AllowAnonymous().WithTags("Timescales");

        group.MapPost("/", Plan)
            .WithName("PlanTimescales")
            .WithSummary("Statutory due dates of an EHC needs assessment")
            .WithDescription("Give the date the request was received (ISO yyyy-MM-dd) and, optionally, when advice was requested, " +
                "when the draft plan was sent and any exceptions (regs 5(4), 8(2), 10(4), 13(3)). Returns each milestone's " +
                "statutory due date, the regulation behind it, whether an exception applies and the adjusted target date.");

        group.MapGet("/transfers", Transfers)
            .WithName("PhaseTransfers")
            .WithSummary("Phase transfer deadlines for a child's date of birth")
            .WithDescription("The phases a child moves between in the English school system, when each starts, and the date by " +
                "which an EHC plan must be amended to name the new setting (15 February, or 31 March for post-16).");
    }

    private static Results<Ok<TimescalesResponse>, ValidationProblem> Plan(TimescalesRequest request)
    {
        var outcome = TimescalesPlanner.Plan(request);
        return outcome.Succeeded
            ? TypedResults.Ok(new TimescalesResponse([.. outcome.Value!.Select(TimescalesPlanner.ToResponse)]))
            : TypedResults.ValidationProblem(outcome.Errors, title: "The dates given cannot be planned");
    }

    private static Results<Ok<TransfersResponse>, ValidationProblem> Transfers(string? dateOfBirth)
    {
        var outcome = TimescalesPlanner.Transfers(dateOfBirth, out var dob);
        if (!outcome.Succeeded)
        {
            return TypedResults.ValidationProblem(outcome.Errors, title: "The date of birth cannot be used");
        }

        var transfers = outcome.Value!.Select(t => new TransferResponse(t.Phase.ToString(), Dates.Iso(t.Starts), Dates.Iso(t.Deadline)));
        return TypedResults.Ok(new TransfersResponse([.. transfers], Dates.Iso(Domain.Pathway.SchoolYear.PreparingForAdulthoodFrom(dob!.Value))));
    }
}
