using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using TellItOnce.Web.Cli;

namespace TellItOnce.Web.Features.Insight;

public static class InsightPolicies
{
    /// <summary>The dashboard's pages: the board, the SEND team and administrators.</summary>
    public const string Dashboard = "Insight.Dashboard";

    /// <summary>The dashboard's API: the same people signed in, or a BI tool with an API key.</summary>
    public const string DashboardApi = "Insight.DashboardApi";
}

/// <summary>Registers the dashboard, the outcomes scorecard, the SEN2 return and their command-line tools.</summary>
public static class InsightServiceCollectionExtensions
{
    public static IServiceCollection AddInsight(this IServiceCollection services)
    {
        var readers = DashboardService.Readers.Select(r => r.ToString()).ToArray();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(InsightPolicies.Dashboard, p => p.RequireRole(readers))
            .AddPolicy(InsightPolicies.DashboardApi, new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme, ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser().RequireRole(readers).Build());
        services.AddScoped<MeasureEngine>();
        services.AddScoped<DashboardService>();
        services.AddScoped<ApiKeyService>();
        services.AddScoped<OutcomesService>();
        services.AddScoped<Sen2.Sen2Return>();
        services.AddCliCommand<Sen2.Sen2Command>();
        services.AddScoped<FactsExport>();
        services.AddCliCommand<FactsCommand>();
        services.AddCliCommand<Synthetic.SyntheticCommand>();
        services.Configure<OpenApiOptions>("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.Header,
                Description = "A key an administrator issues at /dashboard/api-keys for BI tools; it reads the dashboard of the administrator's areas.",
            };
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapInsight(this IEndpointRouteBuilder app)
    {
        app.MapDashboardApi();
        return app;
    }
}
