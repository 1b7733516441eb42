using TellItOnce.Domain.Insight;

namespace TellItOnce.Web.Features.Insight;

/// <summary>One period's figure from a linked source.</summary>
public sealed record LinkedValue(Quarter Quarter, decimal Value);

/// <summary>
/// Feeds an indicator whose source is <see cref="IndicatorSource.Linked"/> from elsewhere in TellItOnce, for example a
/// survey's results (governance). Register an implementation with <c>services.AddScoped&lt;IIndicatorValueSource, T&gt;()</c>;
/// an indicator names it by <see cref="Key"/> (<c>LinkedSource</c>) and says what in it (<c>LinkedReference</c>, such as a
/// question's id). Values are per quarter; the scorecard shows the latest and the trend.
/// </summary>
public interface IIndicatorValueSource
{
    /// <summary>The stable name an indicator uses, for example "survey".</summary>
    string Key { get; }

    /// <summary>What an administrator sees when choosing the source.</summary>
    string Name { get; }

    /// <summary>The values for the reference in the area, one per quarter at most.</summary>
    Task<IReadOnlyList<LinkedValue>> ValuesAsync(Guid areaId, string reference, CancellationToken ct);
}
