using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Web.Cli;

namespace TellItOnce.Web.Features.Privacy;

/// <summary><c>export subject-access --child ID --out FILE.zip</c>: everything held about one child, as on the case page.</summary>
public sealed class SubjectAccessCommand : ICliCommand
{
    public IReadOnlyList<string> Path { get; } = ["export", "subject-access"];

    public Command Build(IServiceProvider services)
    {
        var child = new Option<Guid>("--child") { Description = "The child's id", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The zip file to write", Required = true };
        var command = new Command("subject-access", "Export everything held about one child or young person as a zip (record.json and summary.pdf).") { child, output };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var areas = await db.Areas.Select(a => a.Id).ToListAsync(ct);
            var file = parse.GetValue(output)!;
            await using (var stream = file.Create())
            {
                if (!await scope.ServiceProvider.GetRequiredService<SubjectAccessExport>().WriteAsync(parse.GetValue(child), areas, stream, ct))
                {
                    await Console.Error.WriteLineAsync("No child has that id.");
                    stream.Close();
                    file.Delete();
                    return 1;
                }
            }

            await Console.Out.WriteLineAsync($"Wrote {file.FullName}");
            return 0;
        });
        return command;
    }
}

/// <summary><c>retention run [--dry-run]</c>: applies the retention schedule now and prints what it did (or would do).</summary>
public sealed class RetentionCommand : ICliCommand
{
    public IReadOnlyList<string> Path { get; } = ["retention", "run"];

    public Command Build(IServiceProvider services)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what is past retention without changing anything" };
        var command = new Command("run", "Delete or anonymise what is past the retention schedule (never under a legal hold), and print a report.") { dryRun };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.UseAuditContext(new SystemAuditContext(scope.ServiceProvider.GetRequiredService<IClock>().GetCurrentInstant(), "Retention schedule (command line)"));
            var report = await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(parse.GetValue(dryRun), ct);
            foreach (var line in report.Lines())
            {
                await Console.Out.WriteLineAsync(line);
            }

            return 0;
        });
        return command;
    }
}

public static class PrivacyServiceCollectionExtensions
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        services.AddScoped<ViewLog>();
        services.AddScoped<ChildRecords>();
        services.AddScoped<SubjectAccessExport>();
        services.AddScoped<RetentionService>();
        services.AddScoped<Shared.JobLeases>();
        services.AddSingleton(Shared.LeaseHolder.New());
        services.AddCliCommand<SubjectAccessCommand>();
        services.AddCliCommand<RetentionCommand>();
        if (configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>()?.RunInBackground ?? true)
        {
            services.AddHostedService<RetentionWorker>();
        }

        return services;
    }
}
