namespace TellItOnce.Web.Features.Governance;

/// <summary>
/// Names an outcome indicator an action is linked to. The outcomes framework lives in the insight capability; until it
/// is connected, no indicator has a name and actions show "Not linked".
/// </summary>
public interface IIndicatorNames
{
    Task<string?> NameAsync(Guid areaId, Guid indicatorId, CancellationToken ct);
}

public sealed class NoIndicatorNames : IIndicatorNames
{
    public Task<string?> NameAsync(Guid areaId, Guid indicatorId, CancellationToken ct) => Task.FromResult<string?>(null);
}
