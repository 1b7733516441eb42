using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Cases;

namespace TellItOnce.Data;

internal sealed class ReviewOutcomeResultConfiguration : IEntityTypeConfiguration<ReviewOutcomeResult>
{
    public void Configure(EntityTypeBuilder<ReviewOutcomeResult> b)
    {
        b.ToTable("ReviewOutcomeResults");
        b.HasOne<EhcCase>().WithMany(c => c.OutcomeResults).HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.OutcomeText).HasMaxLength(2000);
        b.Property(r => r.Comment).HasMaxLength(4000);
        b.HasIndex(r => new { r.CaseId, r.ReviewMeetingOn });
    }
}

internal sealed class MediationCaseConfiguration : IEntityTypeConfiguration<MediationCase>
{
    public void Configure(EntityTypeBuilder<MediationCase> b)
    {
        b.ToTable("Mediations");
        b.HasOne<EhcCase>().WithMany(c => c.Mediations).HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(m => m.OutcomeNotes).HasMaxLength(4000);
    }
}

internal sealed class TribunalAppealConfiguration : IEntityTypeConfiguration<TribunalAppeal>
{
    public void Configure(EntityTypeBuilder<TribunalAppeal> b)
    {
        b.ToTable("TribunalAppeals");
        b.HasOne<EhcCase>().WithMany(c => c.Appeals).HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(a => a.IsOpen);
        b.Ignore(a => a.IsPlacementOnly);
        b.Property(a => a.Sections).HasMaxLength(40);
        b.Property(a => a.Changes).HasMaxLength(4000);
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.ToTable("Complaints");
        b.HasOne<EhcCase>().WithMany(c => c.Complaints).HasForeignKey(k => k.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(k => k.Summary).HasMaxLength(4000);
    }
}

internal sealed class PersonalBudgetRequestConfiguration : IEntityTypeConfiguration<PersonalBudgetRequest>
{
    public void Configure(EntityTypeBuilder<PersonalBudgetRequest> b)
    {
        b.ToTable("PersonalBudgetRequests");
        b.HasOne<EhcCase>().WithMany(c => c.PersonalBudgets).HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(p => p.Requested);
        b.Ignore(p => p.AgreedAmounts);
        foreach (var amount in new[]
        {
            nameof(PersonalBudgetRequest.EducationRequested), nameof(PersonalBudgetRequest.HealthRequested), nameof(PersonalBudgetRequest.SocialCareRequested),
            nameof(PersonalBudgetRequest.EducationAgreed), nameof(PersonalBudgetRequest.HealthAgreed), nameof(PersonalBudgetRequest.SocialCareAgreed),
        })
        {
            b.Property(amount).HasPrecision(12, 2);
        }

        b.Property(p => p.RefusalReasons).HasMaxLength(4000);
    }
}

/// <summary>The transfer columns of a case: where the plan went, and where it came from.</summary>
internal sealed class CaseTransferConfiguration : IEntityTypeConfiguration<EhcCase>
{
    public void Configure(EntityTypeBuilder<EhcCase> b)
    {
        b.Ignore(c => c.TransferredIn);
        b.Ignore(c => c.AgreedPersonalBudget);
        b.HasOne<Area>().WithMany().HasForeignKey(c => c.TransferredToAreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.TransferredFromCaseId);
    }
}
