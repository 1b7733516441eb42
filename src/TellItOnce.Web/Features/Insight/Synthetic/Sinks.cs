using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace TellItOnce.Web.Features.Insight.Synthetic;

/// <summary>PostgreSQL's fast path: one binary COPY per table on a connection of its own, each row streamed to the server as it is made.</summary>
public sealed class PostgresCopySink(string connectionString) : IRowSink, IAsyncDisposable
{
    private NpgsqlConnection? _connection;
    private NpgsqlBinaryImporter? _importer;
    private FactTable? _table;

    public async Task BeginAsync(FactTable table, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _connection = new NpgsqlConnection(connectionString);
        await _connection.OpenAsync(ct);
        _importer = await _connection.BeginBinaryImportAsync(
            $"COPY \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)", ct);
    }

    public async Task WriteAsync(object?[] row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(row);
        var importer = _importer ?? throw new InvalidOperationException("BeginAsync first.");
        await importer.StartRowAsync(ct);
        for (var i = 0; i < row.Length; i++)
        {
            switch (row[i])
            {
                case null:
                    importer.WriteNull();
                    break;
                case Guid g:
                    importer.Write(g, NpgsqlDbType.Uuid);
                    break;
                case LocalDate d:
                    importer.Write(d.ToDateOnly(), NpgsqlDbType.Date);
                    break;
                case bool b:
                    importer.Write(b, NpgsqlDbType.Boolean);
                    break;
                case int n:
                    importer.Write(n, NpgsqlDbType.Integer);
                    break;
                case string s:
                    importer.Write(s, NpgsqlDbType.Text);
                    break;
                default:
                    throw new InvalidOperationException($"{_table!.Name}.{_table.Columns[i].Name}: no COPY type for {row[i]!.GetType().Name}.");
            }
        }
    }

    public async Task<long> EndAsync(CancellationToken ct)
    {
        var importer = _importer ?? throw new InvalidOperationException("BeginAsync first.");
        var rows = await importer.CompleteAsync(ct);
        await DisposeAsync();
        return (long)rows;
    }

    /// <summary>Ends the COPY (rolling it back if it was not completed) and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_importer is not null)
        {
            await _importer.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        (_importer, _connection) = (null, null);
    }
}

/// <summary>SQLite's fast path: one prepared INSERT reused for every row, committed every 10,000 rows.</summary>
public sealed class SqliteBatchSink(SqliteConnection connection) : IRowSink
{
    private const int Batch = 10_000;
    private SqliteCommand? _insert;
    private SqliteTransaction? _transaction;
    private long _rows;

    public async Task BeginAsync(FactTable table, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        _transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        _insert = connection.CreateCommand();
        _insert.Transaction = _transaction;
        _insert.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < table.Columns.Count; i++)
        {
            _insert.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
        }

        _insert.Prepare();
        _rows = 0;
    }

    public async Task WriteAsync(object?[] row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(row);
        var insert = _insert ?? throw new InvalidOperationException("BeginAsync first.");
        for (var i = 0; i < row.Length; i++)
        {
            // As EF Core's SQLite provider stores them: GUIDs as upper-case text, dates as ISO text, booleans as 0 or 1.
            insert.Parameters[i].Value = row[i] switch
            {
                null => DBNull.Value,
                Guid g => g.ToString().ToUpperInvariant(),
                LocalDate d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                bool b => b ? 1 : 0,
                var other => other,
            };
        }

        await insert.ExecuteNonQueryAsync(ct);
        if (++_rows % Batch == 0)
        {
            await _transaction!.CommitAsync(ct);
            await _transaction.DisposeAsync();
            _transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            insert.Transaction = _transaction;
        }
    }

    public async Task<long> EndAsync(CancellationToken ct)
    {
        await _transaction!.CommitAsync(ct);
        await _transaction.DisposeAsync();
        await _insert!.DisposeAsync();
        (_transaction, _insert) = (null, null);
        return _rows;
    }
}
