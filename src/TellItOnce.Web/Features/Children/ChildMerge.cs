using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data.Auditing;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Children;

/// <summary>
/// Merging a duplicate record into the kept one (ADR 40): a manager of the area moves every case, document, contact,
/// family link, legal hold, view and portal record of the duplicate to the kept record, fills the kept record's gaps from
/// it, and leaves the duplicate as a tombstone that points to the kept record. One save, audited with the merge as reason.
/// </summary>
public sealed partial class ChildRecordService
{
    /// <summary>Records of the same area that may be the same child (same name and date of birth, or same UPN).</summary>
    public async Task<IReadOnlyList<PossibleDuplicate>> DuplicatesOfAsync(Child child, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(child);
        var found = await NewRequestService.PossibleDuplicatesAsync(db, child.AreaId, child.GivenName, child.FamilyName, child.DateOfBirth, child.Upn, ct);
        return [.. found.Where(d => d.ChildId != child.Id)];
    }

    /// <summary>Null when the kept record is not a live record of an area the user manages (the caller answers 404).</summary>
    public async Task<Outcome<Child>?> MergeAsync(Guid keptId, Guid? duplicateId, bool confirmed, CancellationToken ct)
    {
        var managed = user.AreasWhere(Role.Manager);
        var kept = await db.Children.SingleOrDefaultAsync(c => c.Id == keptId && managed.Contains(c.AreaId) && c.MergedIntoId == null, ct);
        if (kept is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        Child? duplicate = null;
        if (duplicateId is not { } dupId)
        {
            errors.Add("duplicateId", "Select the record to merge into this one");
        }
        else if (dupId == keptId)
        {
            errors.Add("duplicateId", "A record cannot be merged into itself: select the other record");
        }
        else if ((duplicate = await db.Children.SingleOrDefaultAsync(c => c.Id == dupId && c.AreaId == kept.AreaId && c.MergedIntoId == null, ct)) is null)
        {
            errors.Add("duplicateId", "Select a record of this area's children that has not already been merged");
        }

        if (!confirmed)
        {
            errors.Add("confirmed", "Confirm that both records are the same child");
        }

        if (errors.Any)
        {
            return Outcome<Child>.Failure(errors.ToDictionary());
        }

        // Ids only in the reason: the audit trail is read by people who may not see every record (no personal data).
        db.UseAuditContext(new SystemAuditContextWithUser(audit.UserId, audit.Now, $"Merged child record {duplicate!.Id} into {kept.Id}"));
        await MoveAsync(duplicate.Id, kept.Id, ct);
        FillGaps(kept, duplicate);
        duplicate.MergedIntoId = kept.Id;
        duplicate.CurrentSettingId = null;
        duplicate.OnSenSupport = false;
        await db.SaveChangesAsync(ct);
        return Outcome<Child>.Success(kept);
    }

    private async Task MoveAsync(Guid from, Guid to, CancellationToken ct)
    {
        foreach (var c in await db.Cases.Where(c => c.ChildId == from).ToListAsync(ct))
        {
            c.ChildId = to;
            c.Version = Guid.NewGuid();
        }

        foreach (var d in await db.Documents.Where(d => d.ChildId == from).ToListAsync(ct))
        {
            d.ChildId = to;
        }

        foreach (var k in await db.ChildContacts.Where(k => k.ChildId == from).ToListAsync(ct))
        {
            k.ChildId = to;
        }

        var linkedAlready = await db.FamilyLinks.Where(l => l.ChildId == to).Select(l => l.UserId).ToListAsync(ct);
        foreach (var l in await db.FamilyLinks.Where(l => l.ChildId == from).ToListAsync(ct))
        {
            if (linkedAlready.Contains(l.UserId))
            {
                db.FamilyLinks.Remove(l);
            }
            else
            {
                l.ChildId = to;
            }
        }

        foreach (var h in await db.LegalHolds.Where(h => h.ChildId == from).ToListAsync(ct))
        {
            h.ChildId = to;
        }

        foreach (var v in await db.RecordViews.Where(v => v.ChildId == from).ToListAsync(ct))
        {
            v.ChildId = to;
        }

        foreach (var r in await db.AssessmentRequestDrafts.Where(r => r.ChildId == from).ToListAsync(ct))
        {
            r.ChildId = to;
        }

        foreach (var s in await db.SenSupportCycles.Where(s => s.ChildId == from).ToListAsync(ct))
        {
            s.ChildId = to;
        }
    }

    /// <summary>What the kept record lacks, it takes from the duplicate; what both say, the kept record keeps.</summary>
    private static void FillGaps(Child kept, Child duplicate)
    {
        kept.Upn ??= duplicate.Upn;
        kept.Uln ??= duplicate.Uln;
        kept.Postcode ??= duplicate.Postcode;
        kept.Ethnicity ??= duplicate.Ethnicity;
        kept.District ??= duplicate.District;
        kept.PrimaryNeed ??= duplicate.PrimaryNeed;
        kept.SecondaryNeed ??= duplicate.SecondaryNeed;
        kept.CurrentSettingId ??= duplicate.CurrentSettingId;
        kept.OnSenSupport |= duplicate.OnSenSupport;
        kept.AllAboutMe = (kept.AllAboutMe, duplicate.AllAboutMe) switch
        {
            (null, var theirs) => theirs,
            (var ours, null) => ours,
            (var ours, var theirs) when ours == theirs => ours,
            (var ours, var theirs) => $"{ours}\n\n{theirs}",
        };
        kept.NeedsInterpreter |= duplicate.NeedsInterpreter;
        kept.InterpreterLanguage ??= duplicate.InterpreterLanguage;
        kept.LargePrint |= duplicate.LargePrint;
        kept.EasyRead |= duplicate.EasyRead;
        kept.Bsl |= duplicate.Bsl;
        kept.OtherCommunicationNeeds ??= duplicate.OtherCommunicationNeeds;
    }

    /// <summary>The signed-in user's audit context with the merge as the reason for every row it changes.</summary>
    private sealed record SystemAuditContextWithUser(Guid? UserId, Instant Now, string? Reason) : IAuditContext;
}
