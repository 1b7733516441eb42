using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Notifications;
using TellItOnce.Domain.Portals;

namespace TellItOnce.Data;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(m => m.ToAddress).HasMaxLength(320);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.Kind).HasMaxLength(60);
        b.Property(m => m.LastError).HasMaxLength(300);

        // The worker's claim query: unsent, not failed, due, lease free.
        b.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
        b.HasIndex(m => m.LeaseToken);
    }
}

internal sealed class UserNotificationConfiguration : IEntityTypeConfiguration<UserNotification>
{
    public void Configure(EntityTypeBuilder<UserNotification> b)
    {
        b.Property(n => n.Title).HasMaxLength(300);
        b.Property(n => n.Link).HasMaxLength(300);
        b.HasIndex(n => new { n.UserId, n.ReadAt });
        b.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.HasKey(p => p.UserId);
        b.HasOne<AppUser>().WithOne().HasForeignKey<NotificationPreference>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettings>
{
    public void Configure(EntityTypeBuilder<ReminderSettings> b)
    {
        b.HasKey(s => s.AreaId);
        b.HasOne<Area>().WithOne().HasForeignKey<ReminderSettings>(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderSentConfiguration : IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReminderSent> b)
    {
        b.ToTable("RemindersSent");
        b.HasKey(r => r.Key);
        b.Property(r => r.Key).HasMaxLength(200);
    }
}

internal sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> b)
    {
        b.Property(m => m.Body).HasMaxLength(10_000);
        b.HasIndex(m => new { m.CaseId, m.ThreadId });
        b.HasOne<EhcCase>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanCommentConfiguration : IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<PlanComment> b)
    {
        b.Property(c => c.Section).HasMaxLength(4);
        b.Property(c => c.Text).HasMaxLength(10_000);
        b.HasIndex(c => c.CaseId);
        b.HasOne<EhcCase>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentRequestDraftConfiguration : IEntityTypeConfiguration<AssessmentRequestDraft>
{
    public void Configure(EntityTypeBuilder<AssessmentRequestDraft> b)
    {
        b.Property(d => d.GivenName).HasMaxLength(100);
        b.Property(d => d.FamilyName).HasMaxLength(100);
        b.Property(d => d.AllAboutMe).HasMaxLength(10_000);
        b.Property(d => d.Needs).HasMaxLength(10_000);
        b.Property(d => d.SupportSoFar).HasMaxLength(10_000);
        b.HasIndex(d => d.UserId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AdviceContributionConfiguration : IEntityTypeConfiguration<AdviceContribution>
{
    public void Configure(EntityTypeBuilder<AdviceContribution> b)
    {
        b.Property(c => c.Needs).HasMaxLength(20_000);
        b.Property(c => c.Outcomes).HasMaxLength(20_000);
        b.Property(c => c.Provision).HasMaxLength(20_000);
        b.HasOne<AdviceRequest>().WithOne().HasForeignKey<AdviceContribution>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SenSupportCycleConfiguration : IEntityTypeConfiguration<SenSupportCycle>
{
    public void Configure(EntityTypeBuilder<SenSupportCycle> b)
    {
        b.Property(c => c.Needs).HasMaxLength(10_000);
        b.Property(c => c.Provision).HasMaxLength(10_000);
        b.Property(c => c.Outcomes).HasMaxLength(10_000);
        b.Property(c => c.ReviewNotes).HasMaxLength(10_000);
        b.HasIndex(c => new { c.ChildId, c.StartedOn });
        b.HasOne<Child>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Cascade);
    }
}
