using System.Text.Json;

namespace TellItOnce.Domain.Governance;

/// <summary>A seed area's published strategy, shipped as JSON (Governance/Examples), which an administrator can load as a starting point.</summary>
public sealed record StrategyExample(string Key, string Area, string Title, string Vision, IReadOnlyList<StrategyExample.Priority> Priorities, IReadOnlyList<string> SubGroups)
{
    public sealed record Priority(string Title, string Description);

    private static readonly Lazy<IReadOnlyList<StrategyExample>> Loaded = new(Load);

    public static IReadOnlyList<StrategyExample> All => Loaded.Value;

    public static StrategyExample? Find(string? key) => All.FirstOrDefault(e => e.Key == key);

    /// <summary>This example as an area's strategy, with new ids; the area's own copy from then on.</summary>
    public Strategy Build(Guid areaId)
    {
        var id = Guid.CreateVersion7();
        return new Strategy
        {
            Id = id,
            AreaId = areaId,
            Title = Title,
            Vision = Vision,
            Source = Key,
            Priorities = [.. Priorities.Select((p, i) => new StrategyPriority
            {
                Id = Guid.CreateVersion7(), AreaId = areaId, StrategyId = id, Number = i + 1, Title = p.Title, Description = p.Description,
            })],
        };
    }

    private static IReadOnlyList<StrategyExample> Load()
    {
        var assembly = typeof(StrategyExample).Assembly;
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("TellItOnce.Domain.StrategyExample.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return JsonSerializer.Deserialize<StrategyExample>(stream, options)!;
            })];
    }
}
