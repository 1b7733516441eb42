using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;
using TellItOnce.Domain.Privacy;

namespace TellItOnce.Data.Operations;

/// <summary>One ASP.NET Core data protection key (XML), shared by every instance so any of them reads any cookie.</summary>
public sealed class DataProtectionKeyRow
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}

/// <summary>A lease on a background job: the instance holding it, until when. Only one instance runs a job at a time.</summary>
public sealed class JobLease
{
    public required string Job { get; set; }

    public required string Holder { get; set; }

    public Instant Until { get; set; }
}

internal sealed class DataProtectionKeyRowConfiguration : IEntityTypeConfiguration<DataProtectionKeyRow>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRow> b)
    {
        b.ToTable("DataProtectionKeys");
        b.Property(k => k.FriendlyName).HasMaxLength(200);
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.HasKey(l => l.Job);
        b.Property(l => l.Job).HasMaxLength(100);
        b.Property(l => l.Holder).HasMaxLength(200);
    }
}

internal sealed class RecordViewConfiguration : IEntityTypeConfiguration<RecordView>
{
    public void Configure(EntityTypeBuilder<RecordView> b)
    {
        b.Property(v => v.Page).HasMaxLength(100);
        b.HasIndex(v => new { v.ChildId, v.At });
    }
}

internal sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> b)
    {
        b.Property(h => h.Reason).HasMaxLength(500);
        b.HasIndex(h => h.ChildId);
    }
}
