using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Insight;

namespace TellItOnce.Web.Features.Insight;

/// <summary>Who and what the figures are about. <see cref="AreaIds"/> must already be limited to what the asker may see.</summary>
public sealed record MeasureFilter(
    IReadOnlyList<Guid> AreaIds,
    string? District = null,
    Guid? SettingId = null,
    NeedType? Need = null,
    string? AgeGroup = null);

/// <summary>One row of a measure: how many met the measure's condition (<see cref="Numerator"/>) of how many rows.</summary>
public sealed record MeasureCell(string Group, long Numerator, long Denominator)
{
    public decimal? Percent => Denominator == 0 ? null : Math.Round(100m * Numerator / Denominator, 1, MidpointRounding.AwayFromZero);

    /// <summary>The figure: the count for a count measure, the percentage for a percentage.</summary>
    public decimal? ValueFor(MeasureKind kind) => kind == MeasureKind.Count ? Denominator : Percent;
}

public sealed record TrendPoint(Quarter Quarter, MeasureCell Cell);

public sealed record DrillRow(Guid? CaseId, Guid ChildId, string? Reference, string GivenName, string FamilyName, string? Stage);

/// <summary>
/// Runs the catalogue's measures as set-based SQL (GROUP BY in the database, one query per measure and one per trend),
/// on SQLite or PostgreSQL. Nothing here loads cases into memory: only the grouped figures come back.
/// </summary>
public sealed class MeasureEngine(AppDbContext db)
{
    public const int TrendQuarters = 12;

    private readonly SqlDialect _sql = SqlDialect.For(db);

    /// <summary>The measure's rows as at the date, counting flows over the 12 months to it.</summary>
    public async Task<IReadOnlyList<MeasureCell>> CellsAsync(MeasureDefinition measure, MeasureFilter filter, LocalDate asAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(measure);
        await using var command = await CommandAsync(ct);
        var scope = new MeasureScope(_sql, _sql.Date(asAt), _sql.Date(asAt.PlusMonths(-12)), asAt);
        var m = measure.Sql(scope);
        command.CommandText = $"SELECT {m.Group} AS g, SUM(CASE WHEN {m.Numerator} THEN 1 ELSE 0 END) AS n, COUNT(*) AS d " +
            $"FROM {m.From} WHERE {m.Where}{Filters(command, filter, scope)} GROUP BY 1";
        var cells = new List<MeasureCell>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            cells.Add(new MeasureCell(reader.IsDBNull(0) ? "Not recorded" : reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return [.. cells.OrderBy(c => c.Group, StringComparer.Ordinal)];
    }

    /// <summary>The measure's total in each of the quarters ending with the one containing the date (cut off at the date), oldest first: one query.</summary>
    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(MeasureDefinition measure, MeasureFilter filter, LocalDate asAt, CancellationToken ct, string? group = null, int quarters = TrendQuarters)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var list = Quarter.Ending(asAt, quarters);
        await using var command = await CommandAsync(ct);
        var table = string.Join(" UNION ALL ", list.Select(q =>
            $"SELECT '{q}' AS k, {_sql.Date(q.Start.PlusDays(-1))} AS s, {_sql.Date(LocalDate.Min(q.End, asAt))} AS d"));
        var scope = new MeasureScope(_sql, "q.d", "q.s", null);
        var m = measure.Sql(scope);
        var groupFilter = group is null || group == MeasureCatalogue.AllGroups ? string.Empty : $" AND {m.Group} = {_sql.Parameter(command, group)}";
        command.CommandText = $"SELECT q.k AS g, SUM(CASE WHEN {m.Numerator} THEN 1 ELSE 0 END) AS n, COUNT(*) AS d " +
            $"FROM ({table}) q CROSS JOIN {m.From} WHERE {m.Where}{Filters(command, filter, scope)}{groupFilter} GROUP BY 1";
        var found = new Dictionary<string, MeasureCell>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var key = reader.GetString(0);
                found[key] = new MeasureCell(key, Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture));
            }
        }

        return [.. list.Select(q => new TrendPoint(q, found.GetValueOrDefault(q.ToString()) ?? new MeasureCell(q.ToString(), 0, 0)))];
    }

    /// <summary>The children (and their cases) behind one figure: a group's rows, or only those meeting the condition.</summary>
    public async Task<IReadOnlyList<DrillRow>> DrillAsync(MeasureDefinition measure, MeasureFilter filter, LocalDate asAt, string? group, bool numeratorOnly, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(measure);
        await using var command = await CommandAsync(ct);
        var scope = new MeasureScope(_sql, _sql.Date(asAt), _sql.Date(asAt.PlusMonths(-12)), asAt);
        var m = measure.Sql(scope);
        var where = new StringBuilder($"{m.Where}{Filters(command, filter, scope)}");
        if (group is not null && group != MeasureCatalogue.AllGroups)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND {m.Group} = {_sql.Parameter(command, group)}");
        }

        if (numeratorOnly)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND {m.Numerator}");
        }

        var caseColumns = m.HasCase ? "c.\"Id\", c.\"Reference\", c.\"Stage\"" : "NULL, NULL, NULL";
        command.CommandText = $"SELECT {caseColumns}, ch.\"Id\", ch.\"GivenName\", ch.\"FamilyName\" FROM {m.From} WHERE {where} " +
            $"ORDER BY ch.\"FamilyName\", ch.\"GivenName\" LIMIT {limit.ToString(CultureInfo.InvariantCulture)}";
        var rows = new List<DrillRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new DrillRow(
                reader.IsDBNull(0) ? null : ReadGuid(reader, 0),
                ReadGuid(reader, 3),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return rows;
    }

    private static Guid ReadGuid(DbDataReader reader, int ordinal) =>
        reader.GetValue(ordinal) is Guid g ? g : Guid.Parse(reader.GetString(ordinal));

    private async Task<DbCommand> CommandAsync(CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private string Filters(DbCommand command, MeasureFilter filter, MeasureScope scope)
    {
        var sql = new StringBuilder();
        sql.Append(filter.AreaIds.Count == 0
            ? " AND 1 = 0"
            : $" AND ch.\"AreaId\" IN ({string.Join(", ", filter.AreaIds.Select(_sql.Id))})");
        if (!string.IsNullOrWhiteSpace(filter.District))
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND ch.\"District\" = {_sql.Parameter(command, filter.District)}");
        }

        if (filter.SettingId is { } setting)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND ch.\"CurrentSettingId\" = {_sql.Id(setting)}");
        }

        if (filter.Need is { } need)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND ch.\"PrimaryNeed\" = '{need}'");
        }

        if (filter.AgeGroup is { } age && MeasureCatalogue.AgeGroups.Contains(age))
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {MeasureCatalogue.AgeGroup(scope)} = '{age}'");
        }

        return sql.ToString();
    }
}
