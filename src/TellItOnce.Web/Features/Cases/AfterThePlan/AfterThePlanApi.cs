using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases.AfterThePlan;

/// <summary>
/// Each step after the plan as a JSON endpoint, POST /api/cases/{id}/steps/{key} (or .../{key}/{itemId} for a step on one
/// mediation, appeal, complaint or budget request), with the same service and authorisation as the pages. The body holds
/// "version" and the step's fields, described per operation in the OpenAPI document.
/// </summary>
public static class AfterThePlanApi
{
    public static IServiceCollection AddAfterThePlan(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AfterThePlanService>();
        services.Configure<ComplaintsOptions>(configuration.GetSection(ComplaintsOptions.Section));
        return services;
    }

    public static void MapAfterThePlanApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases/{id:guid}/steps").RequireAuthorization(Policies.SendTeam).WithTags("Cases after the plan");
        foreach (var step in CaseSteps.All)
        {
            var description = "Body: { \"version\": the case's version, "
                + string.Join(", ", step.Fields(Example).Select(f => $"\"{f.Name}\": {f.ApiForm}"))
                + (step.Key == "review-outcomes" ? ", with outcome-N and comment-N for each outcome N (from 0) of section E of the plan in force" : string.Empty)
                + " }. " + step.Intro;
            var endpoint = step.NeedsItem
                ? group.MapPost($"/{step.Key}/{{itemId:guid}}", (Guid id, Guid itemId, JsonObject body, AfterThePlanService steps, CaseService cases, CancellationToken ct) => RunAsync(step, id, itemId, body, steps, cases, ct))
                : group.MapPost($"/{step.Key}", (Guid id, JsonObject body, AfterThePlanService steps, CaseService cases, CancellationToken ct) => RunAsync(step, id, null, body, steps, cases, ct));
            endpoint.WithName(step.OperationName).WithSummary(step.Title).WithDescription(description);
        }
    }

    /// <summary>A stand-in context, so the OpenAPI description can list each step's fields.</summary>
    private static StepContext Example => new(null!, null, [new Domain.Plans.PlanOutcome { Id = Guid.Empty, Text = "outcome", ByWhen = "by when" }], [], new ComplaintsOptions());

    private static async Task<Results<Ok<CaseResponse>, ValidationProblem, NotFound, ProblemHttpResult>> RunAsync(
        CaseStep step, Guid id, Guid? itemId, JsonObject body, AfterThePlanService steps, CaseService cases, CancellationToken ct)
    {
        if (!Guid.TryParse(body["version"]?.ToString(), out var version))
        {
            return await cases.GetAsync(id, ct) is null
                ? TypedResults.NotFound()
                : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Give the version of the case you read"] });
        }

        var outcome = await steps.ApplyAsync(step, id, version, itemId, new JsonStepInput(body), ct);
        if (outcome is null)
        {
            return TypedResults.NotFound();
        }

        if (!outcome.Succeeded)
        {
            return outcome.Errors.ContainsKey("version")
                ? TypedResults.Problem(CaseService.ConcurrencyMessage, statusCode: StatusCodes.Status409Conflict, title: "The case has changed")
                : TypedResults.ValidationProblem(outcome.Errors, title: "That step cannot be taken");
        }

        return TypedResults.Ok(CasesApi.ToResponse((await cases.GetAsync(id, ct))!));
    }
}
