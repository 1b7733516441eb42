using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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

/// <summary>Stores a time of day as whole minutes after midnight, so opening times compare the same way on every provider.</summary>
public sealed class LocalTimeMinutesConverter() : ValueConverter<LocalTime, int>(
    t => (t.Hour * 60) + t.Minute,
    m => new LocalTime(m / 60, m % 60));

/// <summary>Stores a list of small records as JSON text.</summary>
public sealed class JsonListConverter<T>() : ValueConverter<List<T>, string>(
    v => JsonSerializer.Serialize(v, JsonOptions.Default),
    v => JsonSerializer.Deserialize<List<T>>(v, JsonOptions.Default) ?? new List<T>());

/// <summary>Lets EF see a change inside a JSON list (it compares the serialised form).</summary>
public sealed class JsonListComparer<T>() : ValueComparer<List<T>>(
    (a, b) => JsonSerializer.Serialize(a, JsonOptions.Default) == JsonSerializer.Serialize(b, JsonOptions.Default),
    v => JsonSerializer.Serialize(v, JsonOptions.Default).GetHashCode(StringComparison.Ordinal),
    v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, JsonOptions.Default), JsonOptions.Default)!);

internal static class JsonOptions
{
    public static readonly JsonSerializerOptions Default = new(JsonSerializerDefaults.Web);
}
