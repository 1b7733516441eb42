using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Documents;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Documents;

/// <summary>A file arriving from a form or the API, before any check.</summary>
public sealed record DocumentUpload(string? FileName, Stream Content, string? Title, DocumentKind Kind, Guid? AdviceRequestId = null);

/// <summary>Checked bytes written to the store under <paramref name="Key"/>, not yet recorded.</summary>
public sealed record StoredFile(string Key, CheckedFile File);

/// <summary>A document as a list shows it.</summary>
public sealed record DocumentRow(Document Document, string UploadedBy);

/// <summary>A document to send back: its record and its bytes.</summary>
public sealed record DocumentDownload(Document Document, Stream Content);

/// <summary>
/// Adds documents to a case and hands them back to the people who may see the case. The bytes go to the
/// <see cref="IDocumentStore"/> under a generated key; the record (name, type, size, hash, who, when) goes to the
/// database and so into the audit trail.
/// </summary>
public sealed class DocumentService(AppDbContext db, IDocumentStore store, DocumentAccess access, IOptions<DocumentOptions> options, IClock clock)
{
    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>
    /// Checks and stores one file on a case. Null when the case is not one <paramref name="who"/> may add to (so the
    /// caller answers 404); the field errors ("title", "file") when the input is wrong.
    /// </summary>
    public async Task<Outcome<Document>?> UploadAsync(Guid caseId, DocumentUpload upload, CurrentUser who, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(who);
        var c = await db.Cases.AsNoTracking().Include(k => k.AdviceRequests).SingleOrDefaultAsync(k => k.Id == caseId, ct);
        if (c is null || !await access.CanSeeAsync(c, who, ct) || !await access.CanUploadAsync(c, who, ct))
        {
            return null;
        }

        var errors = new FieldErrors();
        var title = upload.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            errors.Add("title", "Enter a title for the document");
        }
        else if (title.Length > 200)
        {
            errors.Add("title", "The title must be 200 characters or fewer");
        }

        if (upload.AdviceRequestId is { } adviceId && c.AdviceRequests.All(a => a.Id != adviceId))
        {
            errors.Add("adviceRequestId", "That advice request is not part of this case");
        }

        var (file, error) = await CheckAsync(upload.FileName, upload.Content, ct);
        if (error is not null)
        {
            errors.Add("file", error);
        }

        if (errors.Any)
        {
            return Outcome<Document>.Failure(errors.ToDictionary());
        }

        var stored = await StoreAsync(file!, ct);
        var document = Attach(stored, c, title!, upload.Kind, upload.AdviceRequestId, who.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await DiscardAsync([stored], CancellationToken.None);
            throw;
        }

        return Outcome<Document>.Success(document);
    }

    /// <summary>Reads and checks a file without storing it: the checked file, or the message for its field.</summary>
    public Task<(CheckedFile? File, string? Error)> CheckAsync(string? fileName, Stream content, CancellationToken ct) =>
        UploadedFiles.CheckAsync(fileName, content, MaxBytes, ct);

    /// <summary>Writes a checked file's bytes to the store under a new key. Until a record is attached and saved, nothing points to them.</summary>
    public async Task<StoredFile> StoreAsync(CheckedFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var stored = new StoredFile(FileSystemDocumentStore.NewKey(), file);
        await store.SaveAsync(stored.Key, file.Bytes, ct);
        return stored;
    }

    /// <summary>
    /// Adds the record of stored bytes to the unit of work without saving, so it is saved with the case step it came
    /// with (advice received). If that save does not happen, call <see cref="DiscardAsync"/>.
    /// </summary>
    public Document Attach(StoredFile stored, EhcCase c, string title, DocumentKind kind, Guid? adviceRequestId, Guid uploadedBy)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(c);
        var document = new Document
        {
            Id = Guid.CreateVersion7(),
            AreaId = c.AreaId,
            ChildId = c.ChildId,
            CaseId = c.Id,
            AdviceRequestId = adviceRequestId,
            Title = title,
            Kind = kind,
            FileName = stored.File.FileName,
            ContentType = stored.File.ContentType,
            Size = stored.File.Bytes.LongLength,
            Sha256 = stored.File.Sha256,
            StorageKey = stored.Key,
            UploadedBy = uploadedBy,
            UploadedAt = clock.GetCurrentInstant(),
        };
        db.Documents.Add(document);
        return document;
    }

    /// <summary>Removes stored bytes whose records were not saved, and forgets those records.</summary>
    public async Task DiscardAsync(IEnumerable<StoredFile> files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        var keys = files.Select(f => f.Key).ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries<Document>().Where(e => e.State == EntityState.Added && keys.Contains(e.Entity.StorageKey)).ToList())
        {
            entry.State = EntityState.Detached;
        }

        foreach (var key in keys)
        {
            await store.DeleteAsync(key, ct);
        }
    }

    /// <summary>The documents of a case, newest first. The caller has already checked the user may see the case.</summary>
    public async Task<IReadOnlyList<DocumentRow>> ForCaseAsync(Guid caseId, CancellationToken ct)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(ct);
        var uploaders = documents.Select(d => d.UploadedBy).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => uploaders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return [.. documents.OrderByDescending(d => d.UploadedAt).ThenBy(d => d.Title).Select(d => new DocumentRow(d, names.GetValueOrDefault(d.UploadedBy, "Unknown user")))];
    }

    /// <summary>A document of a case with its bytes, or null when either is not one <paramref name="who"/> may see.</summary>
    public async Task<DocumentDownload?> OpenAsync(Guid caseId, Guid documentId, CurrentUser who, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(who);
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(k => k.Id == caseId, ct);
        if (c is null || !await access.CanSeeAsync(c, who, ct))
        {
            return null;
        }

        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, ct);
        var content = document is null ? null : await store.OpenReadAsync(document.StorageKey, ct);
        return content is null ? null : new DocumentDownload(document!, content);
    }
}
