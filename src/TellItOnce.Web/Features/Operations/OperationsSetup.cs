using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Formatting.Compact;
using TellItOnce.Web.Cli;

namespace TellItOnce.Web.Features.Operations;

/// <summary>
/// Logs, traces and metrics (docs/adr/0038-operations.md). "Logging:Format" = "json" writes one JSON object per line
/// (Serilog's compact format) to standard output; "Telemetry:OtlpEndpoint" turns on OpenTelemetry traces and metrics
/// (off by default). Neither carries request bodies or query strings: pages log ids only.
/// </summary>
public static class OperationsSetup
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            // Serilog reads its own "Serilog" section, not Logging:LogLevel: keep the framework's chatter (every SQL
            // command) at Warning, as the plain console does, unless that section says otherwise.
            builder.Services.AddSerilog((services, logger) => logger
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning)
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .WriteTo.Console(new RenderedCompactJsonFormatter()));
        }

        if (builder.Configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } endpoint)
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(r => r.AddService(builder.Configuration["Telemetry:ServiceName"] ?? "tellitonce"))
                .WithTracing(t => t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health"))
                    .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)))
                .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddRuntimeInstrumentationIfAvailable()
                    .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)));
        }

        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new Shared.UnknownHandlerFilter()));
        builder.Services.AddScoped<DatabaseBackup>();
        builder.Services.AddCliCommand<BackupCommand>();
        builder.Services.AddCliCommand<RestoreCommand>();
        return builder;
    }

    private static MeterProviderBuilder AddRuntimeInstrumentationIfAvailable(this MeterProviderBuilder builder) =>
        builder.AddMeter("System.Runtime", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel");
}
