using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Insight;

namespace TellItOnce.Data;

internal sealed class OutcomeFrameworkConfiguration : IEntityTypeConfiguration<OutcomeFramework>
{
    public void Configure(EntityTypeBuilder<OutcomeFramework> b)
    {
        b.ToTable("OutcomeFrameworks");
        b.Property(f => f.Name).HasMaxLength(200);
        b.Property(f => f.Description).HasMaxLength(4000);
        b.HasOne<Area>().WithMany().HasForeignKey(f => f.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(f => f.Statements).WithOne().HasForeignKey(s => s.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => f.AreaId);
    }
}

internal sealed class OutcomeStatementConfiguration : IEntityTypeConfiguration<OutcomeStatement>
{
    public void Configure(EntityTypeBuilder<OutcomeStatement> b)
    {
        b.ToTable("OutcomeStatements");
        b.Property(s => s.Text).HasMaxLength(500);
        b.Property(s => s.Detail).HasMaxLength(4000);
        b.HasMany(s => s.Indicators).WithOne().HasForeignKey(i => i.StatementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutcomeIndicatorConfiguration : IEntityTypeConfiguration<OutcomeIndicator>
{
    public void Configure(EntityTypeBuilder<OutcomeIndicator> b)
    {
        b.ToTable("OutcomeIndicators");
        b.Property(i => i.Title).HasMaxLength(500);
        b.Property(i => i.MeasureKey).HasMaxLength(60);
        b.Property(i => i.MeasureGroup).HasMaxLength(100);
        b.Property(i => i.FilterNeed).HasMaxLength(10);
        b.Property(i => i.FilterAgeGroup).HasMaxLength(20);
        b.Property(i => i.LinkedSource).HasMaxLength(60);
        b.Property(i => i.LinkedReference).HasMaxLength(200);
        b.Property(i => i.Unit).HasMaxLength(40);
        b.Property(i => i.Owner).HasMaxLength(200);
        b.Property(i => i.Target).HasPrecision(12, 2);
        b.Property(i => i.AmberThreshold).HasPrecision(12, 2);
        b.HasMany(i => i.Periods).WithOne().HasForeignKey(p => p.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorPeriodConfiguration : IEntityTypeConfiguration<IndicatorPeriod>
{
    public void Configure(EntityTypeBuilder<IndicatorPeriod> b)
    {
        b.ToTable("IndicatorPeriods");
        b.Property(p => p.Period).HasMaxLength(7);
        b.Property(p => p.Value).HasPrecision(12, 2);
        b.Property(p => p.Commentary).HasMaxLength(4000);
        b.HasIndex(p => new { p.IndicatorId, p.Period }).IsUnique();
    }
}

internal sealed class NationalFigureConfiguration : IEntityTypeConfiguration<NationalFigure>
{
    public void Configure(EntityTypeBuilder<NationalFigure> b)
    {
        b.ToTable("NationalFigures");
        b.Property(f => f.MeasureKey).HasMaxLength(60);
        b.Property(f => f.Period).HasMaxLength(40);
        b.Property(f => f.Source).HasMaxLength(300);
        b.Property(f => f.Value).HasPrecision(12, 2);
        b.HasIndex(f => f.MeasureKey).IsUnique();
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("ApiKeys");
        b.Property(k => k.Name).HasMaxLength(200);
        b.Property(k => k.Prefix).HasMaxLength(12);
        b.Property(k => k.Hash).HasMaxLength(64);
        b.Property(k => k.AreaIds).HasConversion(new JsonListConverter<Guid>(), new JsonListComparer<Guid>());
        b.HasIndex(k => k.Hash).IsUnique();
    }
}

/// <summary>Indexes for the dashboard's set-based queries: by area and the date each measure counts from.</summary>
internal sealed class CaseInsightIndexes : IEntityTypeConfiguration<EhcCase>
{
    public void Configure(EntityTypeBuilder<EhcCase> b)
    {
        b.HasIndex(c => new { c.AreaId, c.FinalIssuedOn });
        b.HasIndex(c => new { c.AreaId, c.RequestReceived });

        // The few cases whose child has moved to another area since (a transfer): the engine adds those children to an area's.
        b.HasIndex(c => c.AreaId, "IX_Cases_AreaId_Transferred").HasFilter("\"TransferredToAreaId\" IS NOT NULL");
    }
}

/// <summary>
/// PostgreSQL's covering indexes for the dashboard (ADR 50): an area's cases, children and advice read from the index
/// alone (index-only scans), in one contiguous range, with every column the measures use. SQLite has no INCLUDE and
/// keeps the plain indexes above.
/// </summary>
internal static class InsightCoveringIndexes
{
    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<EhcCase>().HasIndex(c => c.AreaId, "IX_Cases_AreaId_Insight").IncludeProperties(c => new
        {
            c.Id,
            c.ChildId,
            c.RequestedBy,
            c.RequestReceived,
            c.DecisionToAssessOn,
            c.AgreedToAssess,
            c.FinalIssuedOn,
            c.LatestPlanIssuedOn,
            c.LastReviewOn,
            c.ReviewMeetingOn,
            c.NamedSettingId,
            c.NextPhaseNamedOn,
            c.CeasedOn,
            c.CeaseReason,
        });
        builder.Entity<Child>().HasIndex(c => c.AreaId, "IX_Children_AreaId_Insight").IncludeProperties(c => new
        {
            c.Id,
            c.DateOfBirth,
            c.PrimaryNeed,
            c.CurrentSettingId,
            c.OnSenSupport,
            c.District,
        });
        builder.Entity<AdviceRequest>().HasIndex(a => a.CaseId, "IX_AdviceRequests_CaseId_Insight").IncludeProperties(a => new { a.Source, a.RequestedOn, a.ReceivedOn });
    }
}

internal sealed class ChildInsightConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> b) => b.Property(c => c.Ethnicity).HasMaxLength(4);
}

/// <summary>The national figures DOMAIN.md gives, as reference data every deployment starts with; administrators update them.</summary>
internal sealed class NationalFigureSeed : IEntityTypeConfiguration<NationalFigure>
{
    public void Configure(EntityTypeBuilder<NationalFigure> b) => b.HasData(new NationalFigure
    {
        Id = new Guid("0193a6f0-0000-7000-8000-000000000001"),
        MeasureKey = "plans-within-20-weeks",
        Period = "2024",
        Value = 46.4m,
        Source = "DfE, Education, health and care plans: England 2025",
        UpdatedOn = new NodaTime.LocalDate(2025, 6, 26),
    });
}
