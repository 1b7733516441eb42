using NodaTime;

namespace TellItOnce.Web.Shared;

/// <summary>A <see cref="TimeProvider"/> that reads the app's <see cref="IClock"/>, so session expiry follows the same clock as everything else (and tests can move it).</summary>
public sealed class ClockTimeProvider(IClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetCurrentInstant().ToDateTimeOffset();
}
