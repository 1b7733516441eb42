using Microsoft.AspNetCore.Authorization;
using TellItOnce.Domain.People;

namespace TellItOnce.Web.Shared;

/// <summary>Role-level gates. Record-level checks (this parent, this child) are made in each feature's service.</summary>
public static class Policies
{
    public const string SendTeam = nameof(SendTeam);
    public const string Manager = nameof(Manager);
    public const string Family = nameof(Family);
    public const string Professional = nameof(Professional);
    public const string SettingStaff = nameof(SettingStaff);
    public const string Provider = nameof(Provider);
    public const string Strategic = nameof(Strategic);
    public const string Administrator = nameof(Administrator);

    /// <summary>The council's Local Offer officers: approve providers' entries, moderate feedback, import directories.</summary>
    public const string LocalOfferOfficer = nameof(LocalOfferOfficer);

    /// <summary>Staff who may hold a governance scope (board, sub-group member); the governance pages narrow it further (ADR 30).</summary>
    public const string Governance = nameof(Governance);

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(SendTeam, p => p.RequireRole(nameof(Role.Caseworker), nameof(Role.Manager)));
        options.AddPolicy(Manager, p => p.RequireRole(nameof(Role.Manager)));
        options.AddPolicy(Family, p => p.RequireRole(nameof(Role.Parent), nameof(Role.YoungPerson)));
        options.AddPolicy(Professional, p => p.RequireRole(nameof(Role.Professional)));
        options.AddPolicy(SettingStaff, p => p.RequireRole(nameof(Role.SettingStaff)));
        options.AddPolicy(Provider, p => p.RequireRole(nameof(Role.Provider)));
        options.AddPolicy(Strategic, p => p.RequireRole(nameof(Role.StrategicLead), nameof(Role.Manager), nameof(Role.Administrator)));
        options.AddPolicy(Administrator, p => p.RequireRole(nameof(Role.Administrator)));
        options.AddPolicy(Governance, p => p.RequireRole(Enum.GetValues<Role>().Where(r => r.IsStaff()).Select(r => r.ToString())));
        options.AddPolicy(LocalOfferOfficer, p => p.RequireRole(nameof(Role.Manager), nameof(Role.Administrator)));
    }
}
