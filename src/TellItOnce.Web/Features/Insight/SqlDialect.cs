using System.Globalization;
using NodaTime;
using NodaTime.Text;
using TellItOnce.Data;

namespace TellItOnce.Web.Features.Insight;

/// <summary>
/// The few SQL expressions that differ between SQLite and PostgreSQL in the dashboard's set-based queries: date
/// literals and date arithmetic. SQLite keeps dates as ISO text, so its date functions return comparable text.
/// Values written into SQL by these methods are typed (dates, GUIDs, enum names), never text a user typed.
/// </summary>
public abstract class SqlDialect
{
    public static SqlDialect For(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true ? Postgres.Instance : Sqlite.Instance;
    }

    public abstract bool IsPostgres { get; }

    public abstract string Date(LocalDate date);

    public abstract string Id(Guid id);

    public abstract string AddDays(string dateExpression, int days);

    public abstract string AddMonths(string dateExpression, int months);

    /// <summary>"yyyy-MM" of a date.</summary>
    public abstract string Month(string dateExpression);

    /// <summary>The calendar quarter of a date as "yyyy-Qn", the form of <see cref="Domain.Insight.Quarter.ToString"/>.</summary>
    public abstract string Quarter(string dateExpression);

    /// <summary>The n-th parameter's placeholder in the SQL text and its name in the command's parameters.</summary>
    public virtual (string Placeholder, string Name) ParameterNames(int index)
    {
        var name = "@p" + index.ToString(CultureInfo.InvariantCulture);
        return (name, name);
    }

    protected static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private sealed class Sqlite : SqlDialect
    {
        public static readonly Sqlite Instance = new();

        public override bool IsPostgres => false;

        public override string Date(LocalDate date) => $"'{Iso(date)}'";

        // EF Core's SQLite provider stores GUIDs as upper-case text.
        public override string Id(Guid id) => $"'{id.ToString().ToUpperInvariant()}'";

        public override string AddDays(string dateExpression, int days) =>
            string.Create(CultureInfo.InvariantCulture, $"date({dateExpression}, '{days:+0;-0} days')");

        public override string AddMonths(string dateExpression, int months) =>
            string.Create(CultureInfo.InvariantCulture, $"date({dateExpression}, '{months:+0;-0} months')");

        public override string Month(string dateExpression) => $"substr({dateExpression}, 1, 7)";

        public override string Quarter(string dateExpression) =>
            $"(substr({dateExpression}, 1, 4) || '-Q' || ((CAST(substr({dateExpression}, 6, 2) AS INTEGER) + 2) / 3))";
    }

    private sealed class Postgres : SqlDialect
    {
        public static readonly Postgres Instance = new();

        public override bool IsPostgres => true;

        public override string Date(LocalDate date) => $"DATE '{Iso(date)}'";

        public override string Id(Guid id) => $"'{id}'::uuid";

        public override string AddDays(string dateExpression, int days) =>
            string.Create(CultureInfo.InvariantCulture, $"({dateExpression} + ({days}))");

        public override string AddMonths(string dateExpression, int months) =>
            string.Create(CultureInfo.InvariantCulture, $"CAST({dateExpression} + INTERVAL '{months} months' AS date)");

        public override string Month(string dateExpression) => $"to_char({dateExpression}, 'YYYY-MM')";

        public override string Quarter(string dateExpression) => $"to_char({dateExpression}, 'YYYY-\"Q\"Q')";
    }
}
