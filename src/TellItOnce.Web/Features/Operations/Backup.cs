using System.CommandLine;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TellItOnce.Data;
using TellItOnce.Web.Cli;

namespace TellItOnce.Web.Features.Operations;

/// <summary>
/// Backs up and restores the configured database: SQLite with its online backup API (safe while the app runs),
/// PostgreSQL with pg_dump and pg_restore from the PATH (custom format). docs/operations.md says when to use which.
/// </summary>
public sealed class DatabaseBackup(AppDbContext db, ILogger<DatabaseBackup> logger)
{
    public async Task BackupAsync(string file, CancellationToken ct)
    {
        var connectionString = db.Database.GetConnectionString()!;
        if (db.Database.IsSqlite())
        {
            await using var source = new SqliteConnection(connectionString);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            await source.OpenAsync(ct);
            await target.OpenAsync(ct);
            source.BackupDatabase(target);
        }
        else
        {
            await RunAsync("pg_dump", ["--format=custom", "--no-owner", $"--file={file}"], connectionString, ct);
        }

        logger.LogInformation("Backed up the database");
    }

    /// <summary>Replaces the database's contents with the backup's.</summary>
    public async Task RestoreAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException("No backup file there.", file);
        }

        var connectionString = db.Database.GetConnectionString()!;
        if (db.Database.IsSqlite())
        {
            SqliteConnection.ClearAllPools();
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await using var target = new SqliteConnection(connectionString);
            await source.OpenAsync(ct);
            await target.OpenAsync(ct);
            source.BackupDatabase(target);
        }
        else
        {
            await RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", file], connectionString, ct);
        }

        logger.LogInformation("Restored the database from a backup");
    }

    private static async Task RunAsync(string tool, IEnumerable<string> arguments, string connectionString, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments.Concat([$"--host={cs.Host}", $"--port={cs.Port}", $"--username={cs.Username}", $"--dbname={cs.Database}"]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = cs.Password ?? string.Empty;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start: is it on the PATH?");
        var errors = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors}");
        }
    }
}

/// <summary><c>backup --out FILE</c> and <c>restore --from FILE</c>.</summary>
public sealed class BackupCommand : ICliCommand
{
    public IReadOnlyList<string> Path { get; } = ["backup"];

    public Command Build(IServiceProvider services)
    {
        var output = new Option<FileInfo>("--out") { Description = "The backup file to write", Required = true };
        var command = new Command("backup", "Back up the database (SQLite online backup, or pg_dump custom format for PostgreSQL).") { output };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var file = parse.GetValue(output)!;
            await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().BackupAsync(file.FullName, ct);
            await Console.Out.WriteLineAsync($"Backed up to {file.FullName}");
            return 0;
        });
        return command;
    }
}

public sealed class RestoreCommand : ICliCommand
{
    public IReadOnlyList<string> Path { get; } = ["restore"];

    public Command Build(IServiceProvider services)
    {
        var input = new Option<FileInfo>("--from") { Description = "The backup file to restore", Required = true };
        var command = new Command("restore", "Replace the database's contents with a backup. Stop the app first.") { input };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var file = parse.GetValue(input)!;
            await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().RestoreAsync(file.FullName, ct);
            await Console.Out.WriteLineAsync($"Restored from {file.FullName}");
            return 0;
        });
        return command;
    }
}
