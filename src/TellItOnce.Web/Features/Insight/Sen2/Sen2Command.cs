using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Web.Cli;

namespace TellItOnce.Web.Features.Insight.Sen2;

/// <summary>
/// <c>export sen2 --year 2027 --out sen2.xml [--area slug|all]</c>: checks and writes the SEN2 return. With <c>--area all</c>,
/// <c>--out</c> is a folder and each area's return is written to it. Refuses to write a return with problems unless
/// <c>--allow-problems</c> says the operator has checked them.
/// </summary>
public sealed class Sen2Command : ICliCommand
{
    public IReadOnlyList<string> Path { get; } = ["export", "sen2"];

    public Command Build(IServiceProvider services)
    {
        var year = new Option<int>("--year") { Description = "Collection year (the January census), for example 2027.", Required = true };
        var output = new Option<string>("--out") { Description = "The XML file to write (a folder with --area all).", Required = true };
        var area = new Option<string?>("--area") { Description = "The area's slug or LA code, or 'all'. Optional when the database holds one area." };
        var allow = new Option<bool>("--allow-problems") { Description = "Write the return even if some records break a rule." };
        var command = new Command("sen2", "Check and export the SEN2 return as XML.") { year, output, area, allow };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var sen2 = scope.ServiceProvider.GetRequiredService<Sen2Return>();
            var wanted = parse.GetValue(area);
            var areas = await db.Areas.AsNoTracking().OrderBy(a => a.LaCode).ToListAsync(ct);
            var chosen = wanted == "all" ? areas : areas.Where(a => wanted is null ? areas.Count == 1 : a.Slug == wanted || a.LaCode == wanted).ToList();
            if (chosen.Count == 0)
            {
                await Console.Error.WriteLineAsync("Name the area with --area (its slug or LA code, or 'all').");
                return 2;
            }

            var path = parse.GetValue(output)!;
            var collection = parse.GetValue(year);
            var clock = Stopwatch.StartNew();
            var problems = 0;
            foreach (var a in chosen)
            {
                var summary = await sen2.ValidateAsync(a, collection, ct, keep: 20);
                problems += summary.FailureCount;
                await Console.Out.WriteLineAsync($"{a.Name} ({a.LaCode}): {summary.Persons} children, {summary.Requests} requests, {summary.FailureCount} problems.");
                foreach (var f in summary.Failures)
                {
                    await Console.Out.WriteLineAsync($"  {f.Reference} {f.Rule}: {f.Message}");
                }
            }

            if (problems > 0 && !parse.GetValue(allow))
            {
                await Console.Error.WriteLineAsync($"{problems} problems: fix them, or pass --allow-problems to export anyway. Nothing written.");
                return 1;
            }

            foreach (var a in chosen)
            {
                var file = wanted == "all" ? System.IO.Path.Combine(Directory.CreateDirectory(path).FullName, $"sen2-{a.LaCode}-{collection}.xml") : path;
                await using var stream = File.Create(file);
                var persons = await sen2.WriteAsync(a, collection, stream, ct);
                await Console.Out.WriteLineAsync($"Wrote {persons} children to {file}.");
            }

            await Console.Out.WriteLineAsync($"Done in {clock.Elapsed.TotalSeconds:0.0} s; peak working set {Environment.WorkingSet / 1_048_576} MB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB at most.");
            return 0;
        });
        return command;
    }
}
