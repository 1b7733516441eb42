using System.Text.Json;
using System.Text.Json.Serialization;
using TellItOnce.Domain.Insight;

namespace TellItOnce.Data.Insight;

/// <summary>An outcomes framework as a JSON file: what an administrator imports and exports, and how the examples ship.</summary>
public sealed record FrameworkDocument(string Name, string? Description, IReadOnlyList<StatementDocument> Statements)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static FrameworkDocument From(OutcomeFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return new FrameworkDocument(framework.Name, framework.Description, [.. framework.Statements.OrderBy(s => s.Order).Select(s =>
            new StatementDocument(s.Text, s.Detail, [.. s.Indicators.OrderBy(i => i.Order).Select(i => new IndicatorDocument(
                i.Title, i.Source, i.MeasureKey, i.MeasureGroup, i.FilterNeed, i.FilterAgeGroup, i.LinkedSource, i.LinkedReference,
                i.Unit, i.Target, i.AmberThreshold, i.Direction, i.Owner,
                [.. i.Periods.OrderBy(p => p.Period, StringComparer.Ordinal).Select(p => new PeriodDocument(p.Period, p.Value, p.Commentary))]))]))]);
    }

    public OutcomeFramework ToFramework(Guid areaId)
    {
        var framework = new OutcomeFramework { Id = Guid.CreateVersion7(), AreaId = areaId, Name = Name.Trim(), Description = Description };
        foreach (var (s, i) in Statements.Select((s, i) => (s, i)))
        {
            var statement = new OutcomeStatement { Id = Guid.CreateVersion7(), FrameworkId = framework.Id, Order = i + 1, Text = s.Text.Trim(), Detail = s.Detail };
            foreach (var (d, j) in (s.Indicators ?? []).Select((x, j) => (x, j)))
            {
                var indicator = new OutcomeIndicator
                {
                    Id = Guid.CreateVersion7(),
                    StatementId = statement.Id,
                    Order = j + 1,
                    Title = d.Title.Trim(),
                    Source = d.Source,
                    MeasureKey = d.Measure,
                    MeasureGroup = d.Group,
                    FilterNeed = d.Need,
                    FilterAgeGroup = d.AgeGroup,
                    LinkedSource = d.LinkedSource,
                    LinkedReference = d.LinkedReference,
                    Unit = d.Unit ?? "%",
                    Target = d.Target,
                    AmberThreshold = d.AmberThreshold,
                    Direction = d.Direction,
                    Owner = d.Owner,
                };
                indicator.Periods.AddRange((d.Periods ?? []).Select(p => new IndicatorPeriod
                {
                    Id = Guid.CreateVersion7(),
                    IndicatorId = indicator.Id,
                    Period = p.Period,
                    Value = p.Value,
                    Commentary = p.Commentary,
                }));
                statement.Indicators.Add(indicator);
            }

            framework.Statements.Add(statement);
        }

        return framework;
    }
}

public sealed record StatementDocument(string Text, string? Detail, IReadOnlyList<IndicatorDocument>? Indicators);

public sealed record IndicatorDocument(
    string Title,
    IndicatorSource Source,
    string? Measure = null,
    string? Group = null,
    string? Need = null,
    string? AgeGroup = null,
    string? LinkedSource = null,
    string? LinkedReference = null,
    string? Unit = "%",
    decimal? Target = null,
    decimal? AmberThreshold = null,
    Direction Direction = Direction.HigherIsBetter,
    string? Owner = null,
    IReadOnlyList<PeriodDocument>? Periods = null);

public sealed record PeriodDocument(string Period, decimal? Value, string? Commentary);

/// <summary>The example frameworks shipped as JSON files in Seeding/Frameworks (embedded in the assembly).</summary>
public static class ExampleFrameworks
{
    private const string Prefix = "TellItOnce.Data.Seeding.Frameworks.";

    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(ExampleFrameworks).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".json".Length]).Order(StringComparer.Ordinal)];

    public static FrameworkDocument? Load(string name)
    {
        if (!Names.Contains(name))
        {
            return null;
        }

        using var stream = typeof(ExampleFrameworks).Assembly.GetManifestResourceStream(Prefix + name + ".json")!;
        return JsonSerializer.Deserialize<FrameworkDocument>(stream, FrameworkDocument.Json);
    }
}
