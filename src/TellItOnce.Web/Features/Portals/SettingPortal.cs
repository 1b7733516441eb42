using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.Portals;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals;

public sealed record PupilRecord(Child Child, string SettingName, IReadOnlyList<SenSupportCycle> Cycles, EhcCase? OpenCase, LocalDate Today);

/// <summary>
/// The setting (SENCO) portal: SEN support for pupils without a plan, recorded as assess-plan-do-review cycles, and a
/// request for an EHC needs assessment with that evidence. A SENCO reaches only their own setting's pupils; a trust lead those of every setting of their trust.
/// </summary>
public sealed class SettingPortal(AppDbContext db, CurrentUser user, IClock clock, RecordAccess access)
{
    private static readonly CaseStage[] Open = [CaseStage.NewRequest, CaseStage.Deciding, CaseStage.Assessing, CaseStage.DraftIssued, CaseStage.PlanIssued, CaseStage.InAnnualReview];

    public LocalDate Today { get; } = EnglishCalendar.DateOf(clock.GetCurrentInstant());

    public async Task<PupilRecord?> PupilAsync(Guid childId, CancellationToken ct)
    {
        var settings = await access.SettingsAsync(ct);
        var child = settings.Count == 0 ? null
            : await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId && c.CurrentSettingId != null && settings.Contains(c.CurrentSettingId.Value), ct);
        if (child is null)
        {
            return access.Refused<PupilRecord>("pupil", childId);
        }

        var setting = await db.Settings.AsNoTracking().Where(s => s.Id == child.CurrentSettingId).Select(s => s.Name).SingleAsync(ct);
        var cycles = await db.SenSupportCycles.AsNoTracking().Where(c => c.ChildId == childId).OrderByDescending(c => c.StartedOn).ToListAsync(ct);
        var open = await db.Cases.AsNoTracking().Where(c => c.ChildId == childId && Open.Contains(c.Stage)).OrderByDescending(c => c.RequestReceived).FirstOrDefaultAsync(ct);
        return new PupilRecord(child, setting, cycles, open, Today);
    }

    /// <summary>Records one assess-plan-do-review cycle, with its review date.</summary>
    public async Task<Outcome<Guid>?> AddCycleAsync(Guid childId, string? needs, string? provision, string? outcomes, LocalDate? reviewOn, FieldErrors errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var pupil = await PupilAsync(childId, ct);
        if (pupil is null)
        {
            return null;
        }

        Require(errors, needs, "needs", "Describe the pupil's needs (assess)");
        Require(errors, provision, "provision", "Describe the support put in place (plan and do)");
        Require(errors, outcomes, "outcomes", "Describe the outcomes the support is for");
        if (reviewOn is { } r && r < Today)
        {
            errors.Add("reviewOn", "The review date must be today or later");
        }

        if (errors.Any)
        {
            return Outcome<Guid>.Failure(errors.ToDictionary());
        }

        var cycle = new SenSupportCycle
        {
            Id = Guid.CreateVersion7(),
            ChildId = childId,
            SettingId = pupil.Child.CurrentSettingId!.Value,
            AreaId = pupil.Child.AreaId,
            Needs = needs!.Trim(),
            Provision = provision!.Trim(),
            Outcomes = outcomes!.Trim(),
            StartedOn = Today,
            ReviewOn = reviewOn!.Value,
            RecordedByUserId = user.Id,
        };
        db.SenSupportCycles.Add(cycle);
        var child = await db.Children.SingleAsync(c => c.Id == childId, ct);
        child.OnSenSupport = pupil.OpenCase is null || pupil.OpenCase.Stage is not (CaseStage.PlanIssued or CaseStage.InAnnualReview);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Success(cycle.Id);
    }

    /// <summary>Records the review of a cycle: what difference the support made.</summary>
    public async Task<Outcome<Guid>?> ReviewCycleAsync(Guid childId, Guid cycleId, string? notes, bool? needsMet, CancellationToken ct)
    {
        var pupil = await PupilAsync(childId, ct);
        var cycle = pupil is null ? null : await db.SenSupportCycles.SingleOrDefaultAsync(c => c.Id == cycleId && c.ChildId == childId, ct);
        if (cycle is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        Require(errors, notes, $"review-{cycleId}", "Describe what difference the support made");
        if (errors.Any)
        {
            return Outcome<Guid>.Failure(errors.ToDictionary());
        }

        cycle.ReviewNotes = notes!.Trim();
        cycle.NeedsMet = needsMet;
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Success(cycle.Id);
    }

    /// <summary>The setting requests an EHC needs assessment, with its SEN support cycles as the evidence.</summary>
    public async Task<Outcome<Guid>?> RequestAssessmentAsync(Guid childId, string? reason, CancellationToken ct)
    {
        var pupil = await PupilAsync(childId, ct);
        if (pupil is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        if (pupil.OpenCase is not null)
        {
            errors.Add("reason", "This pupil already has an open request or plan");
        }

        Require(errors, reason, "reason", "Say why the pupil needs an EHC needs assessment");
        if (pupil.Cycles.Count == 0)
        {
            errors.Add("reason", "Record at least one cycle of SEN support first: it is the evidence the council will look at");
        }

        if (errors.Any)
        {
            return Outcome<Guid>.Failure(errors.ToDictionary());
        }

        var evidence = string.Join("\n\n", pupil.Cycles.OrderBy(c => c.StartedOn).Select(c =>
            $"SEN support from {Dates.Brief(c.StartedOn)} (review {Dates.Brief(c.ReviewOn)}). Needs: {c.Needs} Provision: {c.Provision} Outcomes: {c.Outcomes}"
            + (c.ReviewNotes is null ? string.Empty : $" Review: {c.ReviewNotes}")));
        var k = new EhcCase
        {
            Id = Guid.CreateVersion7(),
            AreaId = pupil.Child.AreaId,
            ChildId = childId,
            Reference = await NewRequestService.NextReferenceAsync(db, pupil.Child.AreaId, Today, ct),
            Stage = CaseStage.NewRequest,
            RequestedBy = RequesterKind.Setting,
            RequestReceived = Today,
            RequestEvidence = $"Requested by {pupil.SettingName}: {reason!.Trim()}\n\n{evidence}",
            Version = Guid.NewGuid(),
        };
        db.Cases.Add(k);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Success(k.Id);
    }

    private static void Require(FieldErrors errors, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
        }
    }
}
