using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Web.Features.Privacy;

/// <summary>
/// A subject access request (UK GDPR article 15): everything held about one child as one zip: record.json (every row,
/// every change, every view), summary.html (the same, readable) and the child's documents when there are any.
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
        await WriteEntryAsync(zip, "record.json", JsonSerializer.Serialize(Data(record), Json), ct);
        await WriteEntryAsync(zip, "summary.html", Summary(record), ct);
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

    private static string Summary(ChildRecord r)
    {
        var e = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Subject access: ")
            .Append(e.Encode(r.Child.FullName)).Append("</title></head><body>");
        html.Append("<h1>Information held about ").Append(e.Encode(r.Child.FullName)).Append("</h1>");
        html.Append("<p>Date of birth: ").Append(e.Encode(Shared.Dates.Full(r.Child.DateOfBirth))).Append("</p>");
        html.Append("<h2>EHC cases</h2><ul>");
        foreach (var c in r.Cases)
        {
            html.Append("<li>").Append(e.Encode(c.Reference)).Append(": ").Append(e.Encode(c.Stage.ToString()))
                .Append(System.Globalization.CultureInfo.InvariantCulture, $", {c.AdviceRequests.Count} advice requests, {r.PlanVersions.Count(p => p.CaseId == c.Id)} plan versions</li>");
        }

        html.Append("</ul><h2>Documents</h2><ul>");
        foreach (var d in r.Documents)
        {
            html.Append("<li>").Append(e.Encode(d.Title)).Append(" (").Append(e.Encode(d.FileName)).Append(")</li>");
        }

        html.Append("</ul><h2>Who changed the record</h2><table><tr><th>When</th><th>Who</th><th>What</th></tr>");
        foreach (var a in r.Changes)
        {
            html.Append("<tr><td>").Append(e.Encode(When(a.At))).Append("</td><td>").Append(e.Encode(r.NameOf(a.UserId)))
                .Append("</td><td>").Append(e.Encode($"{a.Action} {a.EntityType}")).Append("</td></tr>");
        }

        html.Append("</table><h2>Who looked at the record</h2><table><tr><th>When</th><th>Who</th><th>Page</th></tr>");
        foreach (var v in r.Views)
        {
            html.Append("<tr><td>").Append(e.Encode(When(v.At))).Append("</td><td>").Append(e.Encode(r.NameOf(v.UserId)))
                .Append("</td><td>").Append(e.Encode(v.Page)).Append("</td></tr>");
        }

        html.Append("</table><p>The full record, every field of every row, is in record.json in this archive.</p></body></html>");
        return html.ToString();
    }

    public static string When(Instant at) =>
        at.InZone(EnglishCalendar.London).ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    private static async Task WriteEntryAsync(ZipArchive zip, string name, string content, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(ct);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(content), ct);
    }
}
