using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Domain.People;

namespace TellItOnce.Data;

/// <summary>
/// The published service: one row, flat columns (the details as a complex type) so search filters are plain column tests.
/// Full-text search is not in the model: the LocalOffer migrations add an FTS5 table with triggers (SQLite) or a
/// generated tsvector column with a GIN index (PostgreSQL) over <see cref="LocalOfferService.SearchText"/>.
/// </summary>
internal sealed class LocalOfferServiceConfiguration : IEntityTypeConfiguration<LocalOfferService>
{
    public void Configure(EntityTypeBuilder<LocalOfferService> b)
    {
        b.ToTable("LocalOfferServices");
        b.Property(s => s.SearchText).HasMaxLength(20_000);
        b.ComplexProperty(s => s.Details, d =>
        {
            d.Property(x => x.Name).HasMaxLength(200);
            d.Property(x => x.Description).HasMaxLength(5_000);
            d.Property(x => x.Needs).HasConversion<int>();
            d.Property(x => x.Days).HasConversion<int>();
            d.Property(x => x.OpensAt).HasConversion<LocalTimeMinutesConverter>();
            d.Property(x => x.ClosesAt).HasConversion<LocalTimeMinutesConverter>();
            d.Property(x => x.HowToAccess).HasMaxLength(2_000);
            d.Property(x => x.CostDescription).HasMaxLength(500);
            d.Property(x => x.CostAmount).HasPrecision(10, 2);
            d.Property(x => x.ScheduleDescription).HasMaxLength(1_000);
            d.Property(x => x.VenueName).HasMaxLength(200);
            d.Property(x => x.AddressLine).HasMaxLength(300);
            d.Property(x => x.Town).HasMaxLength(100);
            d.Property(x => x.Postcode).HasMaxLength(10);
            d.Property(x => x.District).HasMaxLength(100);
            d.Property(x => x.Accessibility).HasMaxLength(2_000);
            d.Property(x => x.ContactName).HasMaxLength(200);
            d.Property(x => x.Phone).HasMaxLength(40);
            d.Property(x => x.Email).HasMaxLength(200);
            d.Property(x => x.Website).HasMaxLength(500);
            d.Property(x => x.Languages).HasMaxLength(500);
        });
        b.HasOne<Area>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Revisions).WithOne().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.AreaId, s.IsPublished });
        b.HasIndex(s => s.OrganisationId);
        b.HasIndex(s => s.LastModified);
    }
}

internal sealed class ServiceRevisionConfiguration : IEntityTypeConfiguration<ServiceRevision>
{
    public void Configure(EntityTypeBuilder<ServiceRevision> b)
    {
        b.ToTable("LocalOfferRevisions");
        b.Property(r => r.Details).HasConversion<ServiceDetailsJsonConverter>().HasMaxLength(40_000);
        b.Property(r => r.Note).HasMaxLength(1_000);
        b.Property(r => r.DecisionReason).HasMaxLength(1_000);
        b.HasIndex(r => new { r.ServiceId, r.Number }).IsUnique();
        b.HasIndex(r => new { r.AreaId, r.State });
    }
}

internal sealed class ServiceFeedbackConfiguration : IEntityTypeConfiguration<ServiceFeedback>
{
    public void Configure(EntityTypeBuilder<ServiceFeedback> b)
    {
        b.ToTable("LocalOfferFeedback");
        b.Property(f => f.Comment).HasMaxLength(2_000);
        b.Property(f => f.Response).HasMaxLength(2_000);
        b.HasOne<LocalOfferService>().WithMany().HasForeignKey(f => f.ServiceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.ServiceId, f.State });
        b.HasIndex(f => new { f.AreaId, f.State });
    }
}

/// <summary>A version's content as one JSON document: the history keeps exactly what was proposed.</summary>
public sealed class ServiceDetailsJsonConverter() : ValueConverter<ServiceDetails, string>(
    d => JsonSerializer.Serialize(d, ServiceDetailsJson.Options),
    s => JsonSerializer.Deserialize<ServiceDetails>(s, ServiceDetailsJson.Options) ?? new ServiceDetails());

public static class ServiceDetailsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new LocalTimeJsonConverter() },
    };

    private sealed class LocalTimeJsonConverter : JsonConverter<LocalTime>
    {
        public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            LocalTimePattern.ExtendedIso.Parse(reader.GetString() ?? string.Empty).GetValueOrThrow();

        public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(LocalTimePattern.ExtendedIso.Format(value));
    }
}
