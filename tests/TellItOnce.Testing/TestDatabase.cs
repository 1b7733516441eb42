using Npgsql;
using TellItOnce.Data;

namespace TellItOnce.Testing;

/// <summary>A real, empty database for one test run: a temporary SQLite file, or a new database on a PostgreSQL server.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract ValueTask DisposeAsync();

    public static TestDatabase Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => PostgresTestDatabase.Create(),
        _ => new SqliteTestDatabase(),
    };
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tellitonce-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => $"Data Source={_path};Pooling=False";

    public override ValueTask DisposeAsync()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + ".migrate-lock" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A throwaway database on the PostgreSQL server named by TELLITONCE_TEST_POSTGRES (a connection string to a role that
/// may create databases; .ci/run sets it up). Without it the PostgreSQL tests fail under CI and are skipped, with that
/// reason, elsewhere (docs/adr/0005-testing-on-real-databases.md).
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string Variable = "TELLITONCE_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name = $"tio_test_{Guid.NewGuid():N}";

    private PostgresTestDatabase(string server)
    {
        _server = server;
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        command.ExecuteNonQuery();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    public static bool RequiredHere => Environment.GetEnvironmentVariable("CI") is "true" or "1";

    public static PostgresTestDatabase Create() =>
        new(ServerConnectionString ?? throw new InvalidOperationException(
            $"Set {Variable} to a PostgreSQL connection string (a role that can create databases) to run the PostgreSQL tests. .ci/run does this."));

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
