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

/// <summary>A measure's figures: its rows as at the date and, when asked for, its quarterly trend.</summary>
public sealed record MeasureFigures(MeasureDefinition Measure, IReadOnlyList<MeasureCell> Cells, IReadOnlyList<TrendPoint> Trend);

/// <summary>One trend asked of the engine's TrendsAsync: a measure, for whom, and optionally one group of it.</summary>
public sealed record TrendRequest(MeasureDefinition Measure, MeasureFilter Filter, string? Group = null);

/// <summary>
/// Runs the catalogue's measures as set-based SQL (GROUP BY in the database), on SQLite or PostgreSQL (and, in the
/// benchmarks, DuckDB). Nothing here loads cases into memory: only the grouped figures come back. A dashboard's
/// statements run side by side on several connections where the database allows it (ADR 50).
/// </summary>
public sealed class MeasureEngine
{
    public const int TrendQuarters = 12;

    private readonly SqlDialect _sql;
    private readonly AppDbContext? _db;
    private readonly Func<DbConnection>? _connections;
    private readonly int _parallelism;

    /// <summary>The app's engine: the context's own connection, and on PostgreSQL outside a transaction, pooled connections beside it.</summary>
    public MeasureEngine(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _sql = SqlDialect.For(db);
        _parallelism = Math.Clamp(Environment.ProcessorCount, 2, 4);
        if (_sql.IsPostgres && DbProviderFactories.GetFactory(db.Database.GetDbConnection()) is { } factory && db.Database.GetConnectionString() is { } connectionString)
        {
            _connections = () =>
            {
                var connection = factory.CreateConnection() ?? throw new InvalidOperationException("The database provider could not make a connection.");
                connection.ConnectionString = connectionString;
                return connection;
            };
        }
    }

    /// <summary>An engine over any ADO.NET database the dialect describes (the DuckDB comparison in the benchmarks).</summary>
    public MeasureEngine(SqlDialect sql, Func<DbConnection> connections, int parallelism)
    {
        _sql = sql;
        _connections = connections;
        _parallelism = Math.Max(1, parallelism);
    }

    /// <summary>The measure's rows as at the date, counting flows over the 12 months to it.</summary>
    public async Task<IReadOnlyList<MeasureCell>> CellsAsync(MeasureDefinition measure, MeasureFilter filter, LocalDate asAt, CancellationToken ct) =>
        (await FiguresAsync([measure], filter, asAt, trends: false, ct))[0].Cells;

    /// <summary>The measure's total in each of the quarters ending with the one containing the date (cut off at the date), oldest first: one query.</summary>
    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(MeasureDefinition measure, MeasureFilter filter, LocalDate asAt, CancellationToken ct, string? group = null, int quarters = TrendQuarters) =>
        (await TrendsAsync([new TrendRequest(measure, filter, group)], asAt, quarters, ct))[0];

    /// <summary>
    /// Every measure's rows, and the trend of those that have one. Measures over the same rows share one statement (see
    /// <see cref="Compose"/>); a stock measure's trend, the costliest, has a statement of its own; they run side by side.
    /// </summary>
    public async Task<IReadOnlyList<MeasureFigures>> FiguresAsync(IReadOnlyList<MeasureDefinition> measures, MeasureFilter filter, LocalDate asAt, bool trends, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var quarters = Quarter.Ending(asAt, TrendQuarters);
        var parts = new List<Part>();
        foreach (var measure in measures)
        {
            parts.Add(Cells(measure, filter, asAt));
            if (trends && measure.Trend)
            {
                parts.Add(Trend(measure, filter, asAt, quarters, null));
            }
        }

        var results = await RunPartsAsync(parts, ct);
        var figures = new List<MeasureFigures>();
        var next = 0;
        foreach (var measure in measures)
        {
            var cells = results[next++].OrderBy(c => c.Group, StringComparer.Ordinal).ToList();
            var trend = trends && measure.Trend ? Points(quarters, results[next++]) : [];
            figures.Add(new MeasureFigures(measure, cells, trend));
        }

        return figures;
    }

    /// <summary>Several trends (a scorecard's indicators) over the same quarters, run side by side.</summary>
    public Task<IReadOnlyList<IReadOnlyList<TrendPoint>>> TrendsAsync(IReadOnlyList<TrendRequest> requests, LocalDate asAt, int quarters, CancellationToken ct) =>
        TrendsAsync(requests, asAt, quarters, byQuarterTable: false, ct);

    /// <summary>As above; <paramref name="byQuarterTable"/> evaluates flow measures at every quarter too, so tests can compare the two ways.</summary>
    internal async Task<IReadOnlyList<IReadOnlyList<TrendPoint>>> TrendsAsync(IReadOnlyList<TrendRequest> requests, LocalDate asAt, int quarters, bool byQuarterTable, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var list = Quarter.Ending(asAt, quarters);
        var results = await RunPartsAsync([.. requests.Select(r => Trend(r.Measure, r.Filter, asAt, list, r.Group, byQuarterTable))], ct);
        return [.. results.Select(r => Points(list, r))];
    }

    /// <summary>The children (and their cases) behind one figure: a group's rows, or only those meeting the condition.</summary>
    public async Task<IReadOnlyList<DrillRow>> DrillAsync(MeasureDefinition measure, MeasureFilter filter, LocalDate asAt, string? group, bool numeratorOnly, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var statement = new Statement(_sql);
        var scope = new MeasureScope(_sql, _sql.Date(asAt), _sql.Date(asAt.PlusMonths(-12)), asAt);
        var m = measure.Sql(scope);
        var where = new StringBuilder($"{m.Where}{Filters(statement, m, filter, scope)}");
        if (group is not null && group != MeasureCatalogue.AllGroups)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND {m.Group} = {statement.Parameter(group)}");
        }

        if (numeratorOnly)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND {m.Numerator}");
        }

        var caseColumns = m.HasCase ? "c.\"Id\", c.\"Reference\", c.\"Stage\"" : "NULL, NULL, NULL";
        statement.Text = $"SELECT {caseColumns}, ch.\"Id\", ch.\"GivenName\", ch.\"FamilyName\" FROM {From(m, filter, names: true)} WHERE {where} " +
            $"ORDER BY ch.\"FamilyName\", ch.\"GivenName\" LIMIT {limit.ToString(CultureInfo.InvariantCulture)}";
        var rows = new List<DrillRow>();
        var (connection, transaction, owned) = await ConnectionAsync(ct);
        try
        {
            await using var command = statement.CommandFor(connection, transaction);
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
        }
        finally
        {
            if (owned)
            {
                await connection.DisposeAsync();
            }
        }

        return rows;
    }

    /// <summary>
    /// One figure set to compute: rows <see cref="From"/> kept by <see cref="Where"/> (the measure's condition, and its
    /// group when one was asked for), grouped by <see cref="Key"/>, counting <see cref="Sql"/>'s numerator. Parts with the
    /// same rows and filter (<see cref="Family"/>) are computed by one statement.
    /// </summary>
    private sealed record Part(MeasureSql Sql, MeasureScope Scope, MeasureFilter Filter, string From, string Key, string Where, bool Stock)
    {
        public string Family => string.Join('|', From, Scope.AsAt, string.Join(',', Filter.AreaIds), Filter.District, Filter.SettingId, Filter.Need, Filter.AgeGroup);
    }

    /// <summary>The measure's rows as at the date, counting flows over the 12 months to it.</summary>
    private Part Cells(MeasureDefinition measure, MeasureFilter filter, LocalDate asAt)
    {
        var scope = new MeasureScope(_sql, _sql.Date(asAt), _sql.Date(asAt.PlusMonths(-12)), asAt);
        var m = measure.Sql(scope);
        return new Part(m, scope, filter, From(m, filter, names: false), m.Group, m.Where, Stock: false);
    }

    /// <summary>
    /// The measure's total per quarter. A flow measure's rows each fall in one quarter, so they are counted once over
    /// the whole span and grouped by the quarter of their date; a stock measure is evaluated at each quarter's end
    /// (a table of quarters joined to the rows).
    /// </summary>
    private Part Trend(MeasureDefinition measure, MeasureFilter filter, LocalDate asAt, IReadOnlyList<Quarter> quarters, string? group, bool byQuarterTable = false)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var span = new MeasureScope(_sql, _sql.Date(asAt), _sql.Date(quarters[0].Start.PlusDays(-1)), asAt);
        var flow = measure.Sql(span);
        MeasureScope scope;
        MeasureSql m;
        string from;
        string key;

        // An age-group filter means age at each quarter's end, which only the table of quarters gives.
        var stock = flow.Period is null || filter.AgeGroup is not null || byQuarterTable;
        if (!stock)
        {
            (scope, m, from, key) = (span, flow, From(flow, filter, names: false), _sql.Quarter(flow.Period!));
        }
        else
        {
            string Offsets(LocalDate end) =>
                string.Concat(MeasureScope.QuarterOffsets.Select(n => $", {_sql.Date(end.PlusMonths(n))} AS {MeasureScope.QuarterColumn(n)[2..]}"));
            var table = string.Join(" UNION ALL ", quarters.Select(q =>
                $"SELECT '{q}' AS k, {_sql.Date(q.Start.PlusDays(-1))} AS s, {_sql.Date(LocalDate.Min(q.End, asAt))} AS d{Offsets(LocalDate.Min(q.End, asAt))}"));
            scope = new MeasureScope(_sql, "q.d", "q.s", null) { OffsetColumns = true };
            m = measure.Sql(scope);
            (from, key) = ($"({table}) q CROSS JOIN {From(m, filter, names: false)}", "q.k");
        }

        // The group is compared with a literal (escaped), not a parameter, so parts with different groups can share a statement.
        var where = group is null || group == MeasureCatalogue.AllGroups ? m.Where : $"{m.Where} AND {m.Group} = '{group.Replace("'", "''", StringComparison.Ordinal)}'";
        return new Part(m, scope, filter, from, key, where, stock);
    }

    /// <summary>
    /// Computes parts, each giving (group, numerator, denominator) rows. Parts over the same rows and filter are
    /// composed into one statement; a stock trend (every row at every quarter's end) keeps a statement of its own so
    /// that the costliest work is spread over the connections. The largest statements start first.
    /// </summary>
    private async Task<IReadOnlyList<IReadOnlyList<MeasureCell>>> RunPartsAsync(IReadOnlyList<Part> parts, CancellationToken ct)
    {
        var families = parts.Select((p, i) => (Part: p, Index: i))
            .GroupBy(x => x.Part.Stock ? $"stock {x.Index}" : x.Part.Family, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .OrderByDescending(f => f[0].Part.Stock ? int.MaxValue : f.Count)
            .ToList();
        var rows = await RunAsync([.. families.Select(f => Compose([.. f.Select(x => x.Part)]))], ct);
        var results = new IReadOnlyList<MeasureCell>[parts.Count];
        for (var f = 0; f < families.Count; f++)
        {
            for (var k = 0; k < families[f].Count; k++)
            {
                results[families[f][k].Index] = [.. rows[f].Where(r => r.K == k).Select(r => r.Cell)];
            }
        }

        return results;
    }

    /// <summary>
    /// One statement for parts over the same rows: each row is taken once per part (a small table of part numbers
    /// joined to it), kept when that part's condition holds, and grouped by part and group. The rows are read, and
    /// joined, once for all the parts instead of once each.
    /// </summary>
    private Statement Compose(IReadOnlyList<Part> family)
    {
        var statement = new Statement(_sql);
        var first = family[0];
        var filters = Filters(statement, first.Sql, first.Filter, first.Scope);
        if (family.Count == 1)
        {
            statement.Text = $"SELECT 0 AS k, {first.Key} AS g, SUM(CASE WHEN {first.Sql.Numerator} THEN 1 ELSE 0 END) AS n, COUNT(*) AS d " +
                $"FROM {first.From} WHERE {first.Where}{filters} GROUP BY 2";
            return statement;
        }

        string Each(Func<Part, string> expression) =>
            $"CASE v.k {string.Join(' ', family.Select((p, k) => $"WHEN {k.ToString(CultureInfo.InvariantCulture)} THEN {expression(p)}"))} END";
        var numbers = string.Join(" UNION ALL ", family.Select((_, k) => $"SELECT {k.ToString(CultureInfo.InvariantCulture)} AS k"));
        statement.Text = $"SELECT v.k AS k, {Each(p => p.Key)} AS g, SUM({Each(p => $"CASE WHEN {p.Sql.Numerator} THEN 1 ELSE 0 END")}) AS n, COUNT(*) AS d " +
            $"FROM {first.From} CROSS JOIN ({numbers}) v " +
            $"WHERE ({string.Join(" OR ", family.Select(p => $"({p.Where})"))}){filters} AND {Each(p => $"CASE WHEN {p.Where} THEN 1 ELSE 0 END")} = 1 GROUP BY 1, 2";
        return statement;
    }

    private static List<TrendPoint> Points(IReadOnlyList<Quarter> quarters, IReadOnlyList<MeasureCell> rows)
    {
        var found = rows.ToDictionary(r => r.Group, StringComparer.Ordinal);
        return [.. quarters.Select(q => new TrendPoint(q, found.GetValueOrDefault(q.ToString()) ?? new MeasureCell(q.ToString(), 0, 0)))];
    }

    /// <summary>
    /// Runs statements that each return (group, numerator, denominator) rows: side by side on connections of their own
    /// when the engine may, otherwise one after another on the context's connection (and in its transaction).
    /// </summary>
    private async Task<IReadOnlyList<IReadOnlyList<(int K, MeasureCell Cell)>>> RunAsync(IReadOnlyList<Statement> statements, CancellationToken ct)
    {
        var results = new IReadOnlyList<(int K, MeasureCell Cell)>[statements.Count];
        if (_connections is null || _db?.Database.CurrentTransaction is not null || statements.Count == 1)
        {
            var (connection, transaction, owned) = await ConnectionAsync(ct);
            try
            {
                for (var i = 0; i < statements.Count; i++)
                {
                    results[i] = await ReadCellsAsync(statements[i], connection, transaction, ct);
                }
            }
            finally
            {
                if (owned)
                {
                    await connection.DisposeAsync();
                }
            }

            return results;
        }

        var next = -1;
        async Task WorkAsync()
        {
            await using var connection = _connections();
            await connection.OpenAsync(ct);
            if (_sql.IsPostgres)
            {
                // The statements already share the cores between them; PostgreSQL's own parallel workers on top of that
                // oversubscribe them (p50 253 to 170 ms for one area, docs/performance.md).
                await using var serial = connection.CreateCommand();
                serial.CommandText = "SET max_parallel_workers_per_gather = 0";
                await serial.ExecuteNonQueryAsync(ct);
            }

            for (var i = Interlocked.Increment(ref next); i < statements.Count; i = Interlocked.Increment(ref next))
            {
                results[i] = await ReadCellsAsync(statements[i], connection, null, ct);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(_parallelism, statements.Count)).Select(_ => Task.Run(WorkAsync, ct)));
        return results;
    }

    private static async Task<IReadOnlyList<(int K, MeasureCell Cell)>> ReadCellsAsync(Statement statement, DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        await using var command = statement.CommandFor(connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var cells = new List<(int, MeasureCell)>();
        while (await reader.ReadAsync(ct))
        {
            cells.Add(((int)Whole(reader.GetValue(0)), new MeasureCell(
                reader.IsDBNull(1) ? "Not recorded" : Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture)!,
                Whole(reader.GetValue(2)),
                Whole(reader.GetValue(3)))));
        }

        return cells;
    }

    /// <summary>The context's connection (opened if need be) and transaction, or for a standalone engine a new connection it owns.</summary>
    private async Task<(DbConnection Connection, DbTransaction? Transaction, bool Owned)> ConnectionAsync(CancellationToken ct)
    {
        if (_db is null)
        {
            var owned = _connections!();
            await owned.OpenAsync(ct);
            return (owned, null, true);
        }

        var connection = _db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await _db.Database.OpenConnectionAsync(ct);
        }

        return (connection, _db.Database.CurrentTransaction?.GetDbTransaction(), false);
    }

    /// <summary>A count or sum as a long, whatever integer type the database gives (DuckDB's SUM is a 128-bit HUGEINT).</summary>
    private static long Whole(object value) => value is System.Numerics.BigInteger big ? (long)big : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static Guid ReadGuid(DbDataReader reader, int ordinal) =>
        reader.GetValue(ordinal) is Guid g ? g : Guid.Parse(reader.GetString(ordinal));

    /// <summary>
    /// The measure's rows with the children narrowed to those of the areas asked about, plus any child of a case there
    /// who has since moved away (a transfer is the one way a case's area and its child's differ). The children of an
    /// area are then read together from an index that covers the columns measures use, and hashed, instead of being
    /// looked up one case at a time (ADR 50).
    /// </summary>
    private string From(MeasureSql m, MeasureFilter filter, bool names)
    {
        if (!m.HasCase || filter.AreaIds.Count == 0)
        {
            return m.From;
        }

        // Every case has exactly one child, so when nothing reads the child the join only costs time.
        var readsChild = names || filter.District is not null || filter.SettingId is not null || filter.Need is not null || filter.AgeGroup is not null
            || $"{m.Where} {m.Group} {m.Numerator}".Contains("ch.", StringComparison.Ordinal)
            || m.From.Replace(MeasureCatalogue.ChildJoin, string.Empty, StringComparison.Ordinal).Contains("ch.", StringComparison.Ordinal);
        if (!readsChild && m.From.Contains(MeasureCatalogue.ChildJoin, StringComparison.Ordinal))
        {
            return m.From.Replace(MeasureCatalogue.ChildJoin, string.Empty, StringComparison.Ordinal);
        }

        var areas = string.Join(", ", filter.AreaIds.Select(_sql.Id));
        var columns = "\"Id\", \"AreaId\", \"DateOfBirth\", \"PrimaryNeed\", \"CurrentSettingId\", \"OnSenSupport\", \"District\"" +
            (names ? ", \"GivenName\", \"FamilyName\"" : string.Empty);
        var children = $"(SELECT {columns} FROM \"Children\" WHERE \"AreaId\" IN ({areas}) UNION ALL SELECT {columns} FROM \"Children\" " +
            $"WHERE \"AreaId\" NOT IN ({areas}) AND \"Id\" IN (SELECT \"ChildId\" FROM \"Cases\" WHERE \"AreaId\" IN ({areas}) AND \"TransferredToAreaId\" IS NOT NULL)) ch";
        return m.From.Replace(MeasureCatalogue.Children, children, StringComparison.Ordinal);
    }

    /// <summary>
    /// The filter's conditions. Rows about a case belong to the case's area (the council responsible for it, so a
    /// transferred child's earlier plan stays with the council that held it); rows about a child alone, to the child's.
    /// </summary>
    private string Filters(Statement statement, MeasureSql m, MeasureFilter filter, MeasureScope scope)
    {
        var sql = new StringBuilder();
        var area = m.HasCase ? "c.\"AreaId\"" : "ch.\"AreaId\"";
        sql.Append(filter.AreaIds.Count == 0
            ? " AND 1 = 0"
            : $" AND {area} IN ({string.Join(", ", filter.AreaIds.Select(_sql.Id))})");
        if (!string.IsNullOrWhiteSpace(filter.District))
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND ch.\"District\" = {statement.Parameter(filter.District)}");
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

    /// <summary>SQL text and its parameter values, ready to become a command on whichever connection runs it.</summary>
    private sealed class Statement(SqlDialect sql)
    {
        private readonly List<object> _values = [];

        public string Text { get; set; } = string.Empty;

        public string Parameter(object value)
        {
            var (placeholder, _) = sql.ParameterNames(_values.Count);
            _values.Add(value);
            return placeholder;
        }

        public DbCommand CommandFor(DbConnection connection, DbTransaction? transaction)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Text;
            for (var i = 0; i < _values.Count; i++)
            {
                var p = command.CreateParameter();
                p.ParameterName = sql.ParameterNames(i).Name;
                p.Value = _values[i];
                command.Parameters.Add(p);
            }

            return command;
        }
    }
}
