using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TellItOnce.Data;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.People;

namespace TellItOnce.Web.Shared;

/// <summary>Puts a user's area memberships into their sign-in cookie: one role claim per role, one membership claim per area and role.</summary>
public sealed class MembershipClaimsFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options,
    IOptions<Features.Account.AccountOptions> account,
    AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    public const string MembershipClaim = "tio:membership";
    public const string DisplayNameClaim = "tio:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        var memberships = await db.AreaMemberships.AsNoTracking().Where(m => m.UserId == user.Id).ToListAsync();
        foreach (var membership in memberships)
        {
            identity.AddClaim(new Claim(MembershipClaim, $"{membership.AreaId}|{membership.Role}"));
        }

        foreach (var role in memberships.Select(m => m.Role).Distinct())
        {
            identity.AddClaim(new Claim(identity.RoleClaimType, role.ToString()));
        }

        // A local staff account must set up its authenticator app before it can do anything else (when required).
        if (account.Value.RequireStaffMfa && user.PasswordHash is not null && !user.TwoFactorEnabled && memberships.Any(m => m.Role.IsStaff()))
        {
            identity.AddClaim(new Claim(Features.Account.IdentitySetup.MfaSetupClaim, "true"));
        }

        return identity;
    }
}

/// <summary>
/// Who is asking, read from the request's principal each time it is asked. It must not be captured at construction:
/// Identity resolves services (and so this) while it is still validating the cookie, before the user is known.
/// </summary>
public sealed class CurrentUser
{
    private readonly Func<ClaimsPrincipal?> _principal;
    private ClaimsPrincipal? _parsedFrom;
    private Snapshot _snapshot = Snapshot.Anonymous;

    public CurrentUser(IHttpContextAccessor accessor)
    {
        ArgumentNullException.ThrowIfNull(accessor);
        _principal = () => accessor.HttpContext?.User;
    }

    public CurrentUser(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        _principal = () => principal;
    }

    public bool IsSignedIn => Current.IsSignedIn;

    public Guid Id => Current.Id;

    public string DisplayName => Current.DisplayName;

    public IReadOnlyList<(Guid AreaId, Role Role)> Memberships => Current.Memberships;

    private Snapshot Current
    {
        get
        {
            var principal = _principal();
            if (!ReferenceEquals(principal, _parsedFrom))
            {
                _snapshot = Snapshot.Of(principal);
                _parsedFrom = principal;
            }

            return _snapshot;
        }
    }

    public bool Has(Role role) => Memberships.Any(m => m.Role == role);

    /// <summary>The areas in which this user holds any of the given roles.</summary>
    public IReadOnlyList<Guid> AreasWhere(params Role[] roles) =>
        [.. Memberships.Where(m => roles.Contains(m.Role)).Select(m => m.AreaId).Distinct()];

    /// <summary>The page each role lands on after signing in.</summary>
    public string HomePath()
    {
        Role[] byPriority = [Role.Administrator, Role.Manager, Role.Caseworker, Role.StrategicLead, Role.Professional, Role.SettingStaff, Role.Provider, Role.YoungPerson, Role.Parent];
        var role = byPriority.FirstOrDefault(Has, (Role)(-1));
        return role switch
        {
            Role.Administrator => "/admin",
            Role.Manager => "/team",
            Role.Caseworker => "/work",
            Role.StrategicLead => "/dashboard",
            Role.Professional => "/advice",
            Role.SettingStaff => "/setting",
            Role.Provider => "/provider",
            Role.YoungPerson or Role.Parent => "/family",
            _ => "/",
        };
    }

    private sealed record Snapshot(bool IsSignedIn, Guid Id, string DisplayName, IReadOnlyList<(Guid AreaId, Role Role)> Memberships)
    {
        public static readonly Snapshot Anonymous = new(false, Guid.Empty, string.Empty, []);

        public static Snapshot Of(ClaimsPrincipal? principal)
        {
            if (principal?.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
            {
                return Anonymous;
            }

            return new Snapshot(
                true,
                Guid.Parse(id),
                principal.FindFirstValue(MembershipClaimsFactory.DisplayNameClaim) ?? string.Empty,
                [.. principal.FindAll(MembershipClaimsFactory.MembershipClaim).Select(c => c.Value.Split('|')).Select(p => (Guid.Parse(p[0]), Enum.Parse<Role>(p[1])))]);
        }
    }
}
