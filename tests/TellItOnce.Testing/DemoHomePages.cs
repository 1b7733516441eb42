using TellItOnce.Data.Seeding;
using TellItOnce.Domain.People;

namespace TellItOnce.Testing;

/// <summary>Where each demo user lands after signing in: their role's home page. Shared by the HTTP and browser tests.</summary>
public static class DemoHomePages
{
    /// <summary>Every demo account with its home page.</summary>
    public static TheoryData<string, string> All => Of(Enum.GetValues<Role>());

    /// <summary>The demo accounts with one of these roles, with their home pages.</summary>
    public static TheoryData<string, string> Of(params Role[] roles)
    {
        var data = new TheoryData<string, string>();
        foreach (var (email, _, role) in DemoUsers.All.Where(u => roles.Contains(u.Role)))
        {
            data.Add(email, HomeOf(role));
        }

        return data;
    }

    private static string HomeOf(Role role) => role switch
    {
        Role.Caseworker => "/work",
        Role.Manager => "/team",
        Role.Parent or Role.YoungPerson => "/family",
        Role.Professional => "/advice",
        Role.SettingStaff => "/setting",
        Role.Provider => "/provider",
        Role.StrategicLead => "/dashboard",
        Role.Administrator => "/admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "A role with no home page."),
    };
}
