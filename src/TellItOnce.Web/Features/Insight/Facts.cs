using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Web.Cli;

namespace TellItOnce.Web.Features.Insight;

public enum FactType
{
    Uuid,
    Date,
    Text,
    Boolean,
    WholeNumber,
}

public sealed record FactColumn(string Name, FactType Type);

/// <summary>A table the dashboard's measures read, with just the columns they use (no names, addresses or free text).</summary>
public sealed record FactTable(string Name, IReadOnlyList<FactColumn> Columns);

/// <summary>
/// The rows behind the dashboard, as CSV files an analyst's tool (or DuckDB, in the benchmarks) can load and run the
/// catalogue's SQL on unchanged: one file per table the measures read, with the measures' columns and nothing else.
/// They are still records about children (ids and dates of birth), so they are personal data and handled as such.
/// </summary>
public sealed class FactsExport(AppDbContext db)
{
    private static FactColumn U(string name) => new(name, FactType.Uuid);

    private static FactColumn D(string name) => new(name, FactType.Date);

    private static FactColumn T(string name) => new(name, FactType.Text);

    private static FactColumn B(string name) => new(name, FactType.Boolean);

    private static FactColumn I(string name) => new(name, FactType.WholeNumber);

    public static IReadOnlyList<FactTable> Tables { get; } =
    [
        new("Settings", [U("Id"), U("AreaId"), T("Type")]),
        new("Children", [U("Id"), U("AreaId"), D("DateOfBirth"), T("PrimaryNeed"), U("CurrentSettingId"), B("OnSenSupport"), T("District")]),
        new("Cases", [U("Id"), U("AreaId"), U("ChildId"), T("Stage"), T("RequestedBy"), D("RequestReceived"), D("DecisionToAssessOn"), B("AgreedToAssess"),
            D("FinalIssuedOn"), D("LatestPlanIssuedOn"), D("LastReviewOn"), D("ReviewMeetingOn"), U("NamedSettingId"), D("NextPhaseNamedOn"),
            D("CeasedOn"), I("CeaseReason"), U("TransferredToAreaId")]),
        new("ExceptionPeriods", [U("CaseId"), T("Reason"), D("From"), D("To")]),
        new("AdviceRequests", [U("CaseId"), T("Source"), D("RequestedOn"), D("ReceivedOn")]),
        new("ReviewOutcomeResults", [U("CaseId"), D("ReviewMeetingOn"), T("Progress")]),
        new("Mediations", [U("CaseId"), D("AdviserContactedOn"), B("WantsMediation"), T("Outcome")]),
        new("TribunalAppeals", [U("CaseId"), D("RegisteredOn"), T("Outcome")]),
        new("PersonalBudgetRequests", [U("CaseId"), D("DecidedOn"), T("Arrangement"), B("Agreed")]),
    ];

    /// <summary>Writes every table to <c>{folder}/{table}.csv</c>, for the areas given (all when none), reporting rows as it goes.</summary>
    public async Task<IReadOnlyList<(FactTable Table, long Rows)>> WriteAsync(string folder, IReadOnlyList<Guid> areaIds, Action<string, long> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(areaIds);
        ArgumentNullException.ThrowIfNull(progress);
        Directory.CreateDirectory(folder);
        var sql = SqlDialect.For(db);
        var areas = string.Join(", ", areaIds.Select(sql.Id));
        await db.Database.OpenConnectionAsync(ct);
        var written = new List<(FactTable, long)>();
        foreach (var table in Tables)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandTimeout = 0;
            command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))} FROM \"{table.Name}\"{(areaIds.Count == 0 ? string.Empty : " WHERE " + AreaCondition(table, areas))}";
            await using var reader = await command.ExecuteReaderAsync(ct);
            await using var file = new StreamWriter(Path.Combine(folder, table.Name + ".csv"), false, new UTF8Encoding(false), 1 << 16);
            await file.WriteAsync(string.Join(",", table.Columns.Select(c => c.Name)) + "\n");
            var rows = 0L;
            progress(table.Name, rows);
            var line = new StringBuilder();
            while (await reader.ReadAsync(ct))
            {
                line.Clear();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    if (i > 0)
                    {
                        line.Append(',');
                    }

                    Append(line, reader, i, table.Columns[i].Type);
                }

                await file.WriteAsync(line.Append('\n'), ct);
                if (++rows % 100_000 == 0)
                {
                    progress(table.Name, rows);
                }
            }

            progress(table.Name, rows);
            written.Add((table, rows));
        }

        return written;
    }

    /// <summary>An area's rows: its settings, its cases and what hangs off them, and the children of its cases or living there.</summary>
    private static string AreaCondition(FactTable table, string areas) => table.Name switch
    {
        "Settings" or "Cases" => $"\"AreaId\" IN ({areas})",
        "Children" => $"(\"AreaId\" IN ({areas}) OR \"Id\" IN (SELECT \"ChildId\" FROM \"Cases\" WHERE \"AreaId\" IN ({areas})))",
        _ => $"\"CaseId\" IN (SELECT \"Id\" FROM \"Cases\" WHERE \"AreaId\" IN ({areas}))",
    };

    private static void Append(StringBuilder line, DbDataReader reader, int ordinal, FactType type)
    {
        if (reader.IsDBNull(ordinal))
        {
            return;
        }

        var value = reader.GetValue(ordinal);
        switch (type)
        {
            case FactType.Uuid:
                line.Append(value is Guid g ? g.ToString() : Convert.ToString(value, CultureInfo.InvariantCulture)!.ToLowerInvariant());
                break;
            case FactType.Date:
                line.Append(value switch
                {
                    LocalDate d => NodaTime.Text.LocalDatePattern.Iso.Format(d),
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture)![..10],
                });
                break;
            case FactType.Boolean:
                line.Append(value is bool b ? (b ? "true" : "false") : Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0 ? "true" : "false");
                break;
            case FactType.WholeNumber:
                line.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            default:
                var text = Convert.ToString(value, CultureInfo.InvariantCulture)!;
                line.Append(text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text);
                break;
        }
    }
}

/// <summary><c>export facts --out folder [--area slug]</c>: the dashboard's rows as CSV, one file per table (see <see cref="FactsExport"/>).</summary>
public sealed class FactsCommand : ICliCommand
{
    public IReadOnlyList<string> Path { get; } = ["export", "facts"];

    public Command Build(IServiceProvider services)
    {
        var output = new Option<string>("--out") { Description = "The folder to write the CSV files to (made if missing).", Required = true };
        var area = new Option<string[]>("--area") { Description = "An area's slug or LA code (repeat for several); every area when left out.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("facts", "Export the rows behind the dashboard as CSV files, one per table, for BI tools.") { output, area };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var wanted = parse.GetValue(area) ?? [];
            var areas = await db.Areas.AsNoTracking().Select(a => new { a.Id, a.Slug, a.LaCode }).ToListAsync(ct);
            var unknown = wanted.Where(w => !areas.Any(a => a.Slug == w || a.LaCode == w)).ToList();
            if (unknown.Count > 0)
            {
                await Console.Error.WriteLineAsync($"No area called {string.Join(", ", unknown)}. Use an area's slug or LA code.");
                return 2;
            }

            var ids = areas.Where(a => wanted.Contains(a.Slug) || wanted.Contains(a.LaCode)).Select(a => a.Id).ToList();
            var clock = Stopwatch.StartNew();
            var written = await scope.ServiceProvider.GetRequiredService<FactsExport>().WriteAsync(parse.GetValue(output)!, ids, TableProgress.Reporter("Writing"), ct);
            Console.Error.WriteLine();
            foreach (var (table, rows) in written)
            {
                await Console.Out.WriteLineAsync($"{table.Name}.csv: {rows:N0} rows");
            }

            await Console.Out.WriteLineAsync($"Done in {clock.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        });
        return command;
    }
}
