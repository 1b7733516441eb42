namespace TellItOnce.Domain.People;

/// <summary>The roles of a SEND partnership (DOMAIN.md). A user holds a role within an area.</summary>
public enum Role
{
    Caseworker,
    Manager,
    Parent,
    YoungPerson,
    Professional,
    SettingStaff,
    Provider,
    StrategicLead,
    Administrator,
}

public static class Roles
{
    /// <summary>The local authority's SEND team: the only people who change a case.</summary>
    public static readonly IReadOnlySet<Role> SendTeam = new HashSet<Role> { Role.Caseworker, Role.Manager };

    public static bool IsFamily(this Role role) => role is Role.Parent or Role.YoungPerson;

    public static bool IsStaff(this Role role) => !role.IsFamily();

    public static string DisplayName(this Role role) => role switch
    {
        Role.Caseworker => "Caseworker",
        Role.Manager => "Team manager",
        Role.Parent => "Parent or carer",
        Role.YoungPerson => "Young person",
        Role.Professional => "Professional",
        Role.SettingStaff => "Setting (SENCO)",
        Role.Provider => "Local Offer provider",
        Role.StrategicLead => "Strategic lead",
        Role.Administrator => "Administrator",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
