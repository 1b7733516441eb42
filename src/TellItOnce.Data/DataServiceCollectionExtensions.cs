using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace TellItOnce.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="AppDbContext"/> on the configured provider. Returns the resolved SQLite file path, if any.</summary>
    public static IServiceCollection AddTellItOnceData(this IServiceCollection services, DatabaseOptions options, string sqliteDefaultPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                var pg = options.ConnectionString
                    ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
                services.AddDbContext<PostgresAppDbContext>(o => o.UseNpgsql(pg, n => n.MigrationsHistoryTable("__migrations")));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
                break;
            default:
                var cs = string.IsNullOrWhiteSpace(options.ConnectionString)
                    ? $"Data Source={sqliteDefaultPath}"
                    : options.ConnectionString;
                services.AddDbContext<SqliteAppDbContext>(o => o.UseSqlite(cs, s => s.MigrationsHistoryTable("__migrations")));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                break;
        }

        return services;
    }
}
