using Microsoft.AspNetCore.Identity;
using NodaTime;

namespace TellItOnce.Data.Identity;

/// <summary>A person who signs in. What they may see comes from their area memberships and links, never from this record alone.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    /// <summary>The organisation a professional or provider works for.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The setting a SENCO works in.</summary>
    public Guid? SettingId { get; set; }

    /// <summary>The multi-academy trust a trust lead works for: they see the pupils of every setting of the trust (ADR 57).</summary>
    public Guid? TrustId { get; set; }

    /// <summary>Leads their organisation's team: assigns the advice requests addressed to the organisation (ADR 55).</summary>
    public bool IsTeamLead { get; set; }

    /// <summary>When an administrator disabled the account: it cannot sign in and its sessions end. The record stays, so the audit trail keeps its name.</summary>
    public Instant? DisabledAt { get; set; }
}
