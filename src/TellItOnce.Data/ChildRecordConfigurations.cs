using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Children;

namespace TellItOnce.Data;

/// <summary>The child record's communication needs and merge tombstone (the identity columns are in <see cref="ChildConfiguration"/>).</summary>
internal sealed class ChildCommunicationConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> b)
    {
        b.Property(c => c.InterpreterLanguage).HasMaxLength(100);
        b.Property(c => c.OtherCommunicationNeeds).HasMaxLength(2000);

        // No foreign key: retention deletes a tombstone and its kept record independently, in either order.
        b.HasIndex(c => c.MergedIntoId);
    }
}

internal sealed class ChildContactConfiguration : IEntityTypeConfiguration<ChildContact>
{
    public void Configure(EntityTypeBuilder<ChildContact> b)
    {
        b.ToTable("ChildContacts");
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Relationship).HasMaxLength(100);
        b.Property(c => c.Organisation).HasMaxLength(200);
        b.Property(c => c.Phone).HasMaxLength(40);
        b.Property(c => c.Email).HasMaxLength(254);
        b.Property(c => c.Address).HasMaxLength(500);
        b.HasOne<Child>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Area>().WithMany().HasForeignKey(c => c.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.ChildId);
    }
}

/// <summary>
/// The case page and the child's record read the audit trail by row id alone (a case and its advice, exceptions,
/// contacts...): the (EntityType, EntityId) index cannot serve that, so the largest table was scanned on every case page.
/// </summary>
internal sealed class AuditEntryByRowConfiguration : IEntityTypeConfiguration<Domain.Auditing.AuditEntry>
{
    public void Configure(EntityTypeBuilder<Domain.Auditing.AuditEntry> b) => b.HasIndex(a => a.EntityId);
}
