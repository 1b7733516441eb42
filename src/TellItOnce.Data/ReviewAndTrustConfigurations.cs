using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Portals;
using TellItOnce.Domain.Settings;

namespace TellItOnce.Data;

internal sealed class ReviewInvitationConfiguration : IEntityTypeConfiguration<ReviewInvitation>
{
    public void Configure(EntityTypeBuilder<ReviewInvitation> b)
    {
        b.Property(i => i.Contribution).HasMaxLength(20_000);
        b.HasIndex(i => new { i.CaseId, i.ReviewMeetingOn });
        b.HasIndex(i => i.OrganisationId);
        b.HasOne<EhcCase>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>A trust, its academies and its lead's account point at it.</summary>
internal sealed class TrustConfiguration : IEntityTypeConfiguration<Trust>
{
    public void Configure(EntityTypeBuilder<Trust> b)
    {
        b.Property(t => t.Name).HasMaxLength(200);
        b.HasMany<EducationSetting>().WithOne().HasForeignKey(s => s.TrustId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany<AppUser>().WithOne().HasForeignKey(u => u.TrustId).OnDelete(DeleteBehavior.Restrict);
    }
}
