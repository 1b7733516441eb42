using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace TellItOnce.Data;

/// <summary>Stores a NodaTime date as a plain date column (SQLite TEXT yyyy-MM-dd, PostgreSQL date).</summary>
public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    d => d.ToDateOnly(),
    d => LocalDate.FromDateOnly(d));

/// <summary>Stores an instant as a UTC timestamp (SQLite TEXT, PostgreSQL timestamp with time zone).</summary>
public sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    i => i.ToDateTimeUtc(),
    d => Instant.FromDateTimeUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc)));
