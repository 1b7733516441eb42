using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TellItOnce.Data;

/// <summary>
/// One migrator at a time, whether it is an instance starting up or the <c>migrate</c> command: a session-level
/// advisory lock on PostgreSQL, an exclusive lock on a file beside the database on SQLite. It covers migrating and
/// seeding together, so two instances starting on an empty database do not both seed it (EF Core's own migration lock
/// covers the migrations only). See docs/adr/0038-operations.md.
/// </summary>
public static class MigrationLock
{
    /// <summary>The advisory lock's key: any fixed number no other code uses ("TIO-MIGR" in ASCII).</summary>
    public const long AdvisoryKey = 0x54494F2D4D494752;

    /// <summary>Waits for the lock (polling, so cancellation works) and returns it; dispose to release.</summary>
    public static async Task<IAsyncDisposable> AcquireAsync(AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connectionString = db.Database.GetConnectionString() ?? string.Empty;
        return db.Database.IsNpgsql()
            ? await AdvisoryAsync(connectionString, ct)
            : await FileAsync(new SqliteConnectionStringBuilder(connectionString).DataSource, ct);
    }

    private static async Task<IAsyncDisposable> AdvisoryAsync(string connectionString, CancellationToken ct)
    {
        // A connection of its own, outside the pool, so the lock lives exactly as long as this session.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", AdvisoryKey);
            while (!(bool)(await command.ExecuteScalarAsync(ct))!)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<IAsyncDisposable> FileAsync(string dataSource, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(dataSource) || dataSource.Contains(":memory:", StringComparison.Ordinal) || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return NoLock.Instance;
        }

        // The file stays behind (deleting it on close would let two processes lock two different files of one name).
        var path = Path.GetFullPath(dataSource) + ".migrate-lock";
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            }
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
