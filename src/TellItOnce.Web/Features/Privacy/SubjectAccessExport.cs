using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NodaTime;
using TellItOnce.Domain.Pathway;
using TellItOnce.Web.Shared.Pdf;

namespace TellItOnce.Web.Features.Privacy;

/// <summary>
/// A subject access request (UK GDPR article 15): everything held about one child as one zip: record.json (every row,
/// every change, every view), summary.pdf (the same, readable, as a tagged PDF) and the child's documents when there are any.
/// </summary>
public sealed class SubjectAccessExport(ChildRecords records, Documents.IDocumentStore store, IClock clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public async Task<bool> WriteAsync(Guid childId, IReadOnlyCollection<Guid> areas, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        var record = await records.LoadAsync(childId, areas, ct);
        if (record is null)
        {
            return false;
        }

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await WriteEntryAsync(zip, "record.json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Data(record), Json)), ct);
        await WriteEntryAsync(zip, "summary.pdf", Summary(record), ct);
        foreach (var document in record.Documents)
        {
            await using var content = await store.OpenReadAsync(document.StorageKey, ct);
            if (content is not null)
            {
                var entry = zip.CreateEntry($"documents/{document.Id}-{Path.GetFileName(document.FileName)}", CompressionLevel.Optimal);
                await using var target = await entry.OpenAsync(ct);
                await content.CopyToAsync(target, ct);
            }
        }
        return true;
    }

    private object Data(ChildRecord r) => new
    {
        exportedAt = clock.GetCurrentInstant().ToString(),
        child = records.Describe(r.Child),
        familyLinks = r.FamilyLinks.Select(l => new { link = records.Describe(l), person = r.NameOf(l.UserId) }),
        cases = r.Cases.Select(c => new
        {
            @case = records.Describe(c),
            adviceRequests = c.AdviceRequests.Select(records.Describe),
            exceptions = c.Exceptions.Select(records.Describe),
            consultations = c.Consultations.Select(records.Describe),
        }),
        planVersions = r.PlanVersions.Select(records.Describe),
        documents = r.Documents.Select(records.Describe),
        legalHolds = r.LegalHolds.Select(records.Describe),
        changes = r.Changes.Select(a => new { at = a.At.ToString(), who = r.NameOf(a.UserId), action = a.Action.ToString(), a.EntityType, a.EntityId, a.Changes, a.Reason }),
        views = r.Views.Select(v => new { at = v.At.ToString(), who = r.NameOf(v.UserId), v.Page, v.CaseId }),
    };

    /// <summary>The readable summary: a tagged PDF (ADR 12) with the same sections as record.json, without every field.</summary>
    private byte[] Summary(ChildRecord r)
    {
        var pdf = new AccessiblePdf(new PdfMetadata($"Information held about {r.Child.FullName}", "TellItOnce", "Subject access request"), clock.GetCurrentInstant())
            .Heading1($"Information held about {r.Child.FullName}")
            .Paragraph($"Date of birth: {Shared.Dates.Full(r.Child.DateOfBirth)}")
            .Heading2("EHC cases")
            .Bullets(r.Cases.Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{c.Reference}: {c.Stage}, {c.AdviceRequests.Count} advice requests, {r.PlanVersions.Count(p => p.CaseId == c.Id)} plan versions")))
            .Heading2("Documents")
            .Bullets(r.Documents.Select(d => $"{d.Title} ({d.FileName})"))
            .Heading2("Who changed the record")
            .Table(["When", "Who", "What"], r.Changes.Select(a => (IReadOnlyList<string>)[When(a.At), r.NameOf(a.UserId), $"{a.Action} {a.EntityType}"]), [1, 1, 2])
            .Heading2("Who looked at the record")
            .Table(["When", "Who", "Page"], r.Views.Select(v => (IReadOnlyList<string>)[When(v.At), r.NameOf(v.UserId), v.Page]), [1, 1, 2])
            .Paragraph("The full record, every field of every row, is in record.json in this archive.");
        return pdf.ToArray();
    }

    public static string When(Instant at) =>
        at.InZone(EnglishCalendar.London).ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    private static async Task WriteEntryAsync(ZipArchive zip, string name, byte[] content, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(ct);
        await stream.WriteAsync(content, ct);
    }
}
