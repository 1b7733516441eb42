using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Web.Shared;

/// <summary>Migrates the database and seeds the demo area when it is empty, as configured in "Database", under the migration lock.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        if (!options.MigrateOnStartup && !options.SeedDemoData)
        {
            return;
        }

        // Instances starting together, or an instance starting while "migrate" runs, take turns (MigrationLock).
        await using var migrationLock = await MigrationLock.AcquireAsync(db);
        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync();
        }

        if (options.SeedDemoData)
        {
            var now = services.GetRequiredService<IClock>().GetCurrentInstant();
            db.UseAuditContext(new SystemAuditContext(now, "Seeded the demo area"));
            var seeder = ActivatorUtilities.CreateInstance<DemoAreaSeeder>(services);
            if (await seeder.SeedIfEmptyAsync(EnglishCalendar.DateOf(now)))
            {
                app.Logger.LogInformation("Seeded the demo area {AreaSlug}", DemoAreaSeeder.AreaSlug);
            }
        }
    }
}
