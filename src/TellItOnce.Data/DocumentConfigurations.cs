using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Documents;

namespace TellItOnce.Data;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("Documents");
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.FileName).HasMaxLength(120);
        b.Property(d => d.ContentType).HasMaxLength(100);
        b.Property(d => d.Sha256).HasMaxLength(64);
        b.Property(d => d.StorageKey).HasMaxLength(64);
        b.HasOne<Area>().WithMany().HasForeignKey(d => d.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Child>().WithMany().HasForeignKey(d => d.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EhcCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdviceRequest>().WithMany().HasForeignKey(d => d.AdviceRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UploadedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => d.CaseId);
        b.HasIndex(d => d.ChildId);
        b.HasIndex(d => d.StorageKey).IsUnique();
    }
}
