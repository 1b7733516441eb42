namespace TellItOnce.Domain.Auditing;

/// <summary>
/// A record that must never be linked to the person who made it (an anonymous survey answer). The audit trail records
/// its creation with no user and only the day, and its id carries no timestamp, so it cannot be matched to a sign-in.
/// </summary>
public interface IAnonymousRecord
{
    /// <summary>False when this particular record is named (a named survey's answer), so it is audited as usual.</summary>
    bool IsAnonymous { get; }
}
