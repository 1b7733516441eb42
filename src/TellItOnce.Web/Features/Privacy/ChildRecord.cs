using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TellItOnce.Data;
using TellItOnce.Domain.Auditing;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Plans;
using TellItOnce.Domain.Privacy;

namespace TellItOnce.Web.Features.Privacy;

/// <summary>Everything held about one child: the rows themselves, and the audit entries and views that concern them.</summary>
public sealed record ChildRecord(
    Child Child,
    IReadOnlyList<FamilyLink> FamilyLinks,
    IReadOnlyList<EhcCase> Cases,
    IReadOnlyList<PlanVersion> PlanVersions,
    IReadOnlyList<LegalHold> LegalHolds,
    IReadOnlyList<Domain.Documents.Document> Documents,
    IReadOnlyList<AuditEntry> Changes,
    IReadOnlyList<RecordView> Views,
    IReadOnlyDictionary<Guid, string> UserNames)
{
    /// <summary>The ids of every row of the child's record, as the audit trail names them.</summary>
    public IReadOnlySet<string> RowIds =>
        new HashSet<string>(
            new[] { Child.Id }.Concat(FamilyLinks.Select(l => l.Id)).Concat(Cases.Select(c => c.Id))
                .Concat(Cases.SelectMany(c => c.AdviceRequests.Select(a => a.Id)))
                .Concat(Cases.SelectMany(c => c.Exceptions.Select(e => e.Id)))
                .Concat(Cases.SelectMany(c => c.Consultations.Select(k => k.Id)))
                .Concat(PlanVersions.Select(p => p.Id))
                .Concat(Documents.Select(d => d.Id))
                .Select(id => id.ToString()),
            StringComparer.Ordinal);

    public string NameOf(Guid? userId) => userId is { } id ? UserNames.GetValueOrDefault(id, "Unknown user") : "System";
}

public sealed class ChildRecords(AppDbContext db)
{
    /// <summary>The child's whole record, if the child is in one of the given areas; otherwise null (the caller answers 404).</summary>
    public async Task<ChildRecord?> LoadAsync(Guid childId, IReadOnlyCollection<Guid> areas, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId && areas.Contains(c.AreaId), ct);
        if (child is null)
        {
            return null;
        }

        var links = await db.FamilyLinks.AsNoTracking().Where(l => l.ChildId == childId).ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking().Include(c => c.AdviceRequests).Include(c => c.Exceptions).Include(c => c.Consultations)
            .AsSplitQuery().Where(c => c.ChildId == childId).ToListAsync(ct);
        var caseIds = cases.Select(c => c.Id).ToList();
        var plans = await db.PlanVersions.AsNoTracking().Where(p => caseIds.Contains(p.CaseId)).ToListAsync(ct);
        var holds = await db.LegalHolds.AsNoTracking().Where(h => h.ChildId == childId).ToListAsync(ct);
        var documents = await db.Documents.AsNoTracking().Where(d => d.ChildId == childId).ToListAsync(ct);
        var views = await db.RecordViews.AsNoTracking().Where(v => v.ChildId == childId).OrderBy(v => v.Id).ToListAsync(ct);
        var partial = new ChildRecord(child, links, cases, plans, holds, documents, [], views, new Dictionary<Guid, string>());
        // The record's history includes its contacts and every duplicate merged into it (ADR 40).
        var ids = partial.RowIds.ToList();
        ids.AddRange((await db.ChildContacts.AsNoTracking().Where(k => k.ChildId == childId).Select(k => k.Id).ToListAsync(ct)).Select(i => i.ToString()));
        ids.AddRange((await db.Children.AsNoTracking().Where(k => k.MergedIntoId == childId).Select(k => k.Id).ToListAsync(ct)).Select(i => i.ToString()));
        var changes = await db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.EntityId)).OrderBy(a => a.Id).ToListAsync(ct);
        var userIds = changes.Select(c => c.UserId).OfType<Guid>().Concat(views.Select(v => v.UserId)).Concat(links.Select(l => l.UserId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return partial with { Changes = changes, UserNames = names };
    }

    /// <summary>Every mapped property of an entity (and its owned parts) as invariant text, for the subject access export.</summary>
    public IReadOnlyDictionary<string, object?> Describe(object entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Describe(db.Entry(entity));
    }

    private static Dictionary<string, object?> Describe(EntityEntry entry)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties.Where(p => !p.Metadata.IsShadowProperty()))
        {
            values[property.Metadata.Name] = property.CurrentValue switch
            {
                null => null,
                string s => s,
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                System.Collections.IEnumerable e => JsonSerializer.Serialize(e),
                var v => v.ToString(),
            };
        }

        return values;
    }
}
