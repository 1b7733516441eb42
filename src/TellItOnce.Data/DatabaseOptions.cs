namespace TellItOnce.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (default, embedded) or Postgres.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, a connection string or empty for the default file; for PostgreSQL, an Npgsql connection string.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the app starts (on by default; turn off when migrations are run by the CLI).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the demo area "Northshire" when the database has no areas.</summary>
    public bool SeedDemoData { get; set; } = true;
}
