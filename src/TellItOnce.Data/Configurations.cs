using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Auditing;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Plans;
using TellItOnce.Domain.Settings;

namespace TellItOnce.Data;

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> b)
    {
        b.Property(a => a.LaCode).HasMaxLength(3);
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.Slug).HasMaxLength(60);
        b.Property(a => a.ReferencePrefix).HasMaxLength(6);
        b.HasIndex(a => a.Slug).IsUnique();
        b.HasIndex(a => a.LaCode).IsUnique();
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EducationSetting>().WithMany().HasForeignKey(u => u.SettingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AreaMembershipConfiguration : IEntityTypeConfiguration<AreaMembership>
{
    public void Configure(EntityTypeBuilder<AreaMembership> b)
    {
        b.HasIndex(m => new { m.UserId, m.AreaId, m.Role }).IsUnique();
        b.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Area>().WithMany().HasForeignKey(m => m.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b) => b.Property(o => o.Name).HasMaxLength(200);
}

internal sealed class EducationSettingConfiguration : IEntityTypeConfiguration<EducationSetting>
{
    public void Configure(EntityTypeBuilder<EducationSetting> b)
    {
        b.ToTable("Settings");
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Urn).HasMaxLength(6);
        b.Property(s => s.Ukprn).HasMaxLength(8);
        b.Property(s => s.District).HasMaxLength(100);
        b.HasOne<Area>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.AreaId);
    }
}

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> b)
    {
        b.Property(c => c.GivenName).HasMaxLength(100);
        b.Property(c => c.FamilyName).HasMaxLength(100);
        b.Property(c => c.Upn).HasMaxLength(13);
        b.Property(c => c.Uln).HasMaxLength(10);
        b.Property(c => c.Postcode).HasMaxLength(10);
        b.Property(c => c.District).HasMaxLength(100);
        b.Property(c => c.AllAboutMe).HasMaxLength(20_000);
        b.Ignore(c => c.FullName);
        b.HasOne<Area>().WithMany().HasForeignKey(c => c.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EducationSetting>().WithMany().HasForeignKey(c => c.CurrentSettingId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.AreaId, c.FamilyName, c.DateOfBirth });
        b.HasIndex(c => c.Upn);
        b.HasIndex(c => c.CurrentSettingId);
    }
}

internal sealed class FamilyLinkConfiguration : IEntityTypeConfiguration<FamilyLink>
{
    public void Configure(EntityTypeBuilder<FamilyLink> b)
    {
        b.HasIndex(l => new { l.UserId, l.ChildId }).IsUnique();
        b.HasOne<Child>().WithMany().HasForeignKey(l => l.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EhcCaseConfiguration : IEntityTypeConfiguration<EhcCase>
{
    public void Configure(EntityTypeBuilder<EhcCase> b)
    {
        b.ToTable("Cases");
        b.Property(c => c.Reference).HasMaxLength(20);
        b.Property(c => c.RequestEvidence).HasMaxLength(20_000);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne<Area>().WithMany().HasForeignKey(c => c.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Child>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(c => c.CaseworkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EducationSetting>().WithMany().HasForeignKey(c => c.NamedSettingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EducationSetting>().WithMany().HasForeignKey(c => c.NextPhaseSettingId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.AdviceRequests).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Exceptions).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Consultations).WithOne().HasForeignKey(k => k.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EducationSetting>().WithMany().HasForeignKey(c => c.PreferredSettingId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.AreaId, c.Reference }).IsUnique();
        b.HasIndex(c => new { c.AreaId, c.Stage });
        b.HasIndex(c => c.CaseworkerId);
        b.HasIndex(c => c.ChildId);
    }
}

internal sealed class AdviceRequestConfiguration : IEntityTypeConfiguration<AdviceRequest>
{
    public void Configure(EntityTypeBuilder<AdviceRequest> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(a => a.ProfessionalUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.OrganisationId);
        b.HasIndex(a => a.ProfessionalUserId);
    }
}

internal sealed class SettingConsultationConfiguration : IEntityTypeConfiguration<SettingConsultation>
{
    public void Configure(EntityTypeBuilder<SettingConsultation> b)
    {
        b.ToTable("SettingConsultations");
        b.Ignore(k => k.AnswerDue);
        b.Property(k => k.Notes).HasMaxLength(4000);
        b.HasOne<EducationSetting>().WithMany().HasForeignKey(k => k.SettingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExceptionPeriodConfiguration : IEntityTypeConfiguration<ExceptionPeriod>
{
    public void Configure(EntityTypeBuilder<ExceptionPeriod> b) => b.Property(e => e.Note).HasMaxLength(2000);
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditTrail");
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(100);
        b.Property(a => a.Reason).HasMaxLength(500);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.HasIndex(a => new { a.AreaId, a.At });
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> b)
    {
        b.ToTable("PlanVersions");
        b.Ignore(p => p.IsIssued);
        b.Property(p => p.Revision).IsConcurrencyToken();
        b.HasOne<EhcCase>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.CaseId, p.Number }).IsUnique();
        foreach (var text in new[] { nameof(PlanVersion.ViewsInterestsAspirations), nameof(PlanVersion.SpecialEducationalNeeds), nameof(PlanVersion.HealthNeeds),
            nameof(PlanVersion.SocialCareNeeds), nameof(PlanVersion.Placement), nameof(PlanVersion.PersonalBudget), nameof(PlanVersion.AdviceAndInformation) })
        {
            b.Property(text).HasMaxLength(50_000);
        }

        // Outcomes and provision are stored as JSON text in the version's row: a version is written once and read whole,
        // and as ordinary properties every change to them lands in the audit trail with before and after.
        b.Property(p => p.Outcomes).HasConversion(new JsonListConverter<PlanOutcome>(), new JsonListComparer<PlanOutcome>());
        b.Property(p => p.Provision).HasConversion(new JsonListConverter<PlanProvision>(), new JsonListComparer<PlanProvision>());
    }
}
