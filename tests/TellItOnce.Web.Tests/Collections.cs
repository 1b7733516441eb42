using TellItOnce.Data;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>The app on SQLite, shared by every test class in the SQLite collection.</summary>
public sealed class SqliteApp() : TellItOnceApp(DatabaseProvider.Sqlite);

/// <summary>The app on PostgreSQL. Under CI a missing server fails the run; elsewhere these tests are skipped with the reason.</summary>
public sealed class PostgresApp() : TellItOnceApp(DatabaseProvider.Postgres)
{
    public override ValueTask InitializeAsync()
    {
        if (PostgresTestDatabase.ServerConnectionString is null && !PostgresTestDatabase.RequiredHere)
        {
            return ValueTask.CompletedTask;
        }

        return base.InitializeAsync();
    }

    public static void SkipIfUnavailable()
    {
        if (PostgresTestDatabase.ServerConnectionString is null && !PostgresTestDatabase.RequiredHere)
        {
            Assert.Skip($"No PostgreSQL server: set {PostgresTestDatabase.Variable} (see .ci/run) to run the PostgreSQL tests.");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "PostgreSQL";
}
