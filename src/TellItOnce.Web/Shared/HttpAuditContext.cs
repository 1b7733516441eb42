using NodaTime;
using TellItOnce.Data.Auditing;

namespace TellItOnce.Web.Shared;

/// <summary>The audit context of a web request: the signed-in user, and the clock read once for the whole operation.</summary>
public sealed class HttpAuditContext(CurrentUser user, IClock clock) : IAuditContext
{
    public Guid? UserId => user.IsSignedIn ? user.Id : null;

    public Instant Now { get; } = clock.GetCurrentInstant();

    public string? Reason => null;
}
