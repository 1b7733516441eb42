using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;

namespace TellItOnce.Web.Cli;

/// <summary><c>migrate</c>: applies pending database migrations, for deployments that set Database__MigrateOnStartup=false; it waits for any instance migrating at the same moment (MigrationLock).</summary>
public sealed class MigrateCommand : ICliCommand
{
    public IReadOnlyList<string> Path { get; } = ["migrate"];

    public Command Build(IServiceProvider services)
    {
        var command = new Command("migrate", "Apply any pending database migrations and exit.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var migrationLock = await MigrationLock.AcquireAsync(db, cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            await Console.Out.WriteLineAsync($"Applied {pending.Count} migration(s); the database is up to date.");
            return 0;
        });
        return command;
    }
}
