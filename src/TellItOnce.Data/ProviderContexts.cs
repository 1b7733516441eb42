using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NodaTime;
using TellItOnce.Data.Auditing;

namespace TellItOnce.Data;

/// <summary>The SQLite database: the embedded default. Its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, IAuditContext? audit = null)
    : AppDbContext(options, audit);

/// <summary>The PostgreSQL database, for scale. Its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, IAuditContext? audit = null)
    : AppDbContext(options, audit)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        InsightCoveringIndexes.Apply(builder);
    }
}

/// <summary>Lets `dotnet ef migrations add --context SqliteAppDbContext` build the model without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options,
            new SystemAuditContext(Instant.MinValue, "design time"));
}

/// <summary>Lets `dotnet ef migrations add --context PostgresAppDbContext` build the model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design").Options,
            new SystemAuditContext(Instant.MinValue, "design time"));
}
