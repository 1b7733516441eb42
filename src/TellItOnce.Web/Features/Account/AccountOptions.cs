namespace TellItOnce.Web.Features.Account;

/// <summary>The "Identity" configuration section: sessions, two-factor and the council's identity provider.</summary>
public sealed class AccountOptions
{
    public const string Section = "Identity";

    /// <summary>Local staff accounts must set up an authenticator app before they can work. On unless configured off (the demo and tests turn it off).</summary>
    public bool RequireStaffMfa { get; set; } = true;

    /// <summary>A staff session ends after this long without a request.</summary>
    public TimeSpan StaffIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long before the end of a staff session the warning dialog appears (with JavaScript).</summary>
    public TimeSpan TimeoutWarning { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A family's session lasts this long without a request.</summary>
    public TimeSpan FamilySessionLength { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The address used in links sent by email (for example https://send.northshire.gov.uk). Empty: the request's own
    /// address, which is only safe when AllowedHosts names the real host names.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Staff sign-in through the council's identity provider; off unless <see cref="OidcOptions.Authority"/> is set.</summary>
    public OidcOptions Oidc { get; set; } = new();
}

/// <summary>"Identity:Oidc": OpenID Connect sign-in for staff (authorisation code flow with PKCE).</summary>
public sealed class OidcOptions
{
    /// <summary>The issuer, for example https://login.microsoftonline.com/{tenant}/v2.0. Empty: OpenID Connect is off.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Only a test provider on loopback may be plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The button text on the sign-in page.</summary>
    public string DisplayName { get; set; } = "Sign in with your council account";

    /// <summary>The claim that names the user's area (by its slug, for example "northshire").</summary>
    public string AreaClaim { get; set; } = "tio_area";

    /// <summary>When the provider sends no area claim, staff join this area (by slug).</summary>
    public string? DefaultArea { get; set; }

    /// <summary>The claim holding the user's groups or roles (repeated, or a JSON array).</summary>
    public string RoleClaim { get; set; } = "groups";

    /// <summary>Maps a value of <see cref="RoleClaim"/> to a TellItOnce role name, for example "SEND-Caseworkers": "Caseworker".
    /// Families never sign in this way: family roles in the map are ignored.</summary>
    public Dictionary<string, string> Roles { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
