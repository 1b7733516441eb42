namespace TellItOnce.Domain.People;

/// <summary>A user's role in one area. Access is per area: an ICB therapist or a SENCO may hold memberships in several.</summary>
public sealed class AreaMembership
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid AreaId { get; set; }

    public Role Role { get; set; }
}
