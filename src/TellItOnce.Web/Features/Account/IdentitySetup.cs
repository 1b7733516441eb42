using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;
using TellItOnce.Web.Shared.Email;

namespace TellItOnce.Web.Features.Account;

/// <summary>
/// Sign-in for staff and families: local accounts (ASP.NET Core Identity, with an authenticator app as second factor),
/// the council's identity provider over OpenID Connect when configured, idle timeout for staff, and sessions that end
/// as soon as an account is disabled or signed out everywhere (docs/adr/0035-staff-identity-and-sessions.md).
/// </summary>
public static class IdentitySetup
{
    public const string OidcScheme = "oidc";

    /// <summary>Present on the session of a local staff account that has not yet set up its authenticator app.</summary>
    public const string MfaSetupClaim = "tio:mfa-setup";

    public static WebApplicationBuilder AddTellItOnceIdentity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var section = builder.Configuration.GetSection(AccountOptions.Section);
        services.Configure<AccountOptions>(section);
        var account = section.Get<AccountOptions>() ?? new AccountOptions();

        services.AddIdentity<AppUser, IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<MembershipClaimsFactory>();

        // Our own check runs on every request (one indexed read); Identity's validator then only refreshes the claims.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IClock>((o, clock) =>
        {
            o.Cookie.Name = "tio.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/access-denied";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = account.FamilySessionLength;
            o.TimeProvider = new ClockTimeProvider(clock);
            o.Events.OnRedirectToLogin = ApiAwareRedirects.ToLogin;
            o.Events.OnRedirectToAccessDenied = ApiAwareRedirects.ToAccessDenied;
            o.Events.OnSigningIn = context =>
            {
                context.Properties.ExpiresUtc = context.Properties.IssuedUtc + SessionLength(context.Principal, account);
                return Task.CompletedTask;
            };
            var identityValidator = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async context =>
            {
                if (!await SessionStillValidAsync(context))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await identityValidator(context);

                // Every staff request restarts the idle clock exactly (sliding expiry alone renews only after half the time).
                if (IsStaff(context.Principal))
                {
                    context.ShouldRenew = true;
                }
            };
        });

        if (account.Oidc.Enabled)
        {
            services.AddScoped<OidcAccounts>();
            services.AddAuthentication().AddOpenIdConnect(OidcScheme, account.Oidc.DisplayName, o => ConfigureOidc(o, account.Oidc));
        }

        services.AddScoped<AccountAdministration>();
        services.TryAddEmailSender();
        return builder;
    }

    /// <summary>GET /account/keep-alive: "Stay signed in" in the timeout warning; the request itself renews the session.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/account/keep-alive", () => Results.NoContent()).RequireAuthorization();

    /// <summary>Sends a staff member who must still set up two-factor to the set-up page, whatever they ask for.</summary>
    public static IApplicationBuilder UseStaffMfaEnrolment(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (context.User.HasClaim(c => c.Type == MfaSetupClaim)
                && !path.StartsWithSegments("/account/two-factor") && !path.StartsWithSegments("/sign-out")
                && !path.StartsWithSegments("/lib") && !path.StartsWithSegments("/js") && !path.StartsWithSegments("/error"))
            {
                if (path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return;
                }

                context.Response.Redirect("/account/two-factor");
                return;
            }

            await next();
        });

    public static bool IsStaff(ClaimsPrincipal? principal) =>
        principal is not null && new CurrentUser(principal).Memberships.Any(m => m.Role.IsStaff());

    private static TimeSpan SessionLength(ClaimsPrincipal? principal, AccountOptions account) =>
        IsStaff(principal) ? account.StaffIdleTimeout : account.FamilySessionLength;

    private static async Task<bool> SessionStillValidAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } idText || !Guid.TryParse(idText, out var id))
        {
            return false;
        }

        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var db = services.GetRequiredService<AppDbContext>();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.DisabledAt }).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        return user is { DisabledAt: null } && user.SecurityStamp == principal.FindFirstValue(stampClaim);
    }

    private static void ConfigureOidc(OpenIdConnectOptions o, OidcOptions oidc)
    {
        o.Authority = oidc.Authority;
        o.ClientId = oidc.ClientId;
        o.ClientSecret = oidc.ClientSecret;
        o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        o.ResponseType = "code";
        o.ResponseMode = "query";
        o.UsePkce = true;
        o.MapInboundClaims = false;
        o.SaveTokens = false;
        o.GetClaimsFromUserInfoEndpoint = false;
        o.CallbackPath = "/signin-oidc";
        o.SignInScheme = IdentityConstants.ApplicationScheme;
        o.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile", "email" })
        {
            o.Scope.Add(scope);
        }

        o.Events.OnTokenValidated = async context =>
        {
            var accounts = context.HttpContext.RequestServices.GetRequiredService<OidcAccounts>();
            var principal = await accounts.SignInAsync(context.Principal!, context.HttpContext.RequestAborted);
            if (principal is null)
            {
                context.Fail("The identity provider's account has no TellItOnce role, or the account is disabled.");
                return;
            }

            context.Principal = principal;
        };
        o.Events.OnRemoteFailure = context =>
        {
            context.Response.Redirect("/access-denied");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}

/// <summary>Finds or creates the local account of someone signed in by the council's identity provider, and sets their area roles from its claims.</summary>
public sealed class OidcAccounts(
    UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> claims,
    AppDbContext db,
    IOptions<AccountOptions> options,
    ILogger<OidcAccounts> logger)
{
    public async Task<ClaimsPrincipal?> SignInAsync(ClaimsPrincipal external, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(external);
        var oidc = options.Value.Oidc;
        var subject = external.FindFirstValue("sub") ?? throw new InvalidOperationException("The identity provider sent no subject.");
        var email = external.FindFirstValue("email");
        var user = await users.FindByLoginAsync(IdentitySetup.OidcScheme, subject)
            ?? (email is null ? null : await users.FindByEmailAsync(email));
        var roles = MappedRoles(external, oidc);
        var areaSlug = external.FindFirstValue(oidc.AreaClaim) ?? oidc.DefaultArea;
        var area = areaSlug is null ? null : await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == areaSlug, ct);
        if (area is null || roles.Count == 0)
        {
            logger.LogWarning("OpenID Connect sign-in refused: no known area or no mapped role (user {UserId})", user?.Id);
            return null;
        }

        if (user is null)
        {
            user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = email ?? $"{subject}@{IdentitySetup.OidcScheme}",
                Email = email,
                EmailConfirmed = email is not null,
                DisplayName = external.FindFirstValue("name") ?? email ?? subject,
            };
            Check(await users.CreateAsync(user));
        }

        if (user.DisabledAt is not null)
        {
            logger.LogWarning("OpenID Connect sign-in refused: account {UserId} is disabled", user.Id);
            return null;
        }

        var logins = await users.GetLoginsAsync(user);
        if (!logins.Any(l => l.LoginProvider == IdentitySetup.OidcScheme && l.ProviderKey == subject))
        {
            Check(await users.AddLoginAsync(user, new UserLoginInfo(IdentitySetup.OidcScheme, subject, oidc.DisplayName)));
        }

        var held = await db.AreaMemberships.Where(m => m.UserId == user.Id && m.AreaId == area.Id).ToListAsync(ct);
        db.AreaMemberships.RemoveRange(held.Where(m => m.Role.IsStaff() && !roles.Contains(m.Role)));
        db.AreaMemberships.AddRange(roles.Where(r => held.All(m => m.Role != r))
            .Select(r => new AreaMembership { Id = Guid.CreateVersion7(), UserId = user.Id, AreaId = area.Id, Role = r }));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("User {UserId} signed in through OpenID Connect", user.Id);
        return await claims.CreateAsync(user);
    }

    private static HashSet<Role> MappedRoles(ClaimsPrincipal external, OidcOptions oidc)
    {
        var values = external.FindAll(oidc.RoleClaim).SelectMany(c => c.Value.StartsWith('[')
            ? System.Text.Json.JsonSerializer.Deserialize<string[]>(c.Value) ?? []
            : [c.Value]);
        return [.. values
            .Select(v => oidc.Roles.TryGetValue(v, out var name) && Enum.TryParse<Role>(name, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .Where(r => r.IsStaff())];
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
