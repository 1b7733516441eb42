using System.Diagnostics;

namespace TellItOnce.Web.Cli;

/// <summary>
/// Progress of a command that moves rows table by table: on a terminal, one line rewritten in place with the rows and
/// the rate; in a log (stderr redirected), one line as each table starts, so logs are not flooded.
/// </summary>
public static class TableProgress
{
    /// <summary>A callback taking (table, rows so far); <paramref name="verb"/> starts the log line, such as "Loading".</summary>
    public static Action<string, long> Reporter(string verb)
    {
        var watch = Stopwatch.StartNew();
        var current = string.Empty;
        return (table, rows) =>
        {
            if (table != current)
            {
                (current, watch) = (table, Stopwatch.StartNew());
            }

            if (!Console.IsErrorRedirected)
            {
                Console.Error.Write($"\r{table}: {rows:N0} rows ({rows / Math.Max(watch.Elapsed.TotalSeconds, 0.001):N0} rows/s)          ");
            }
            else if (rows == 0)
            {
                Console.Error.WriteLine($"{verb} {table}");
            }
        };
    }
}
