using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Insight;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Insight;

/// <summary>Issues and revokes the keys BI tools use to read the dashboard's figures. The key is shown once; only its hash is kept.</summary>
public sealed class ApiKeyService(AppDbContext db, CurrentUser user, IClock clock)
{
    public const string Start = "tio_";

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct)
    {
        var mine = user.AreasWhere(Role.Administrator);
        var keys = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.IssuedAt).ToListAsync(ct);
        return [.. keys.Where(k => k.AreaIds.Count > 0 && k.AreaIds.All(mine.Contains))];
    }

    /// <summary>Issues a key for the administrator's areas, returning the key itself: the only time anyone sees it.</summary>
    public async Task<string> IssueAsync(string name, CancellationToken ct)
    {
        var secret = Start + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.ApiKeys.Add(new ApiKey
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            Prefix = secret[..10],
            Hash = HashOf(secret),
            AreaIds = [.. user.AreasWhere(Role.Administrator)],
            IssuedBy = user.Id,
            IssuedAt = clock.GetCurrentInstant(),
        });
        await db.SaveChangesAsync(ct);
        return secret;
    }

    public async Task<bool> RevokeAsync(Guid id, CancellationToken ct)
    {
        var mine = user.AreasWhere(Role.Administrator);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (key is null || key.AreaIds.Count == 0 || !key.AreaIds.All(mine.Contains))
        {
            return false;
        }

        key.RevokedAt ??= clock.GetCurrentInstant();
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

/// <summary>
/// Authenticates a BI tool by the <c>X-Api-Key</c> header: a live key becomes a strategic reader of the areas it was
/// issued for, so the dashboard's own authorisation applies unchanged.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.ToString() is not { Length: > 0 } presented)
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiKeyService.HashOf(presented);
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var identity = new ClaimsIdentity(SchemeName);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, key.Id.ToString()));
        identity.AddClaim(new Claim(MembershipClaimsFactory.DisplayNameClaim, key.Name));
        identity.AddClaim(new Claim(ClaimTypes.Role, nameof(Role.StrategicLead)));
        foreach (var area in key.AreaIds)
        {
            identity.AddClaim(new Claim(MembershipClaimsFactory.MembershipClaim, $"{area}|{Role.StrategicLead}"));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
