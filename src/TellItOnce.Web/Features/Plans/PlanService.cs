using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Plans;
using TellItOnce.Web.Features.Cases;

namespace TellItOnce.Web.Features.Plans;

/// <summary>
/// A case's EHC plan: the version being written, and every version sent as a draft or issued as final, kept as sent.
/// Access goes through <see cref="CaseService"/>, so only the case's SEND team reaches it.
/// </summary>
public sealed class PlanService(AppDbContext db, CaseService cases)
{
    public async Task<IReadOnlyList<PlanVersion>> VersionsAsync(Guid caseId, CancellationToken ct) =>
        await db.PlanVersions.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.Number).ToListAsync(ct);

    /// <summary>The version being written, tracked for changes; null when none has been started.</summary>
    public Task<PlanVersion?> WorkingAsync(Guid caseId, CancellationToken ct) =>
        db.PlanVersions.SingleOrDefaultAsync(p => p.CaseId == caseId && p.Kind == PlanVersionKind.Working, ct);

    /// <summary>
    /// Starts a working version: a copy of the latest issued version, or for a first plan one pre-filled from what the
    /// family and professionals have already told the council (tell it once): section A from "All about me", section I
    /// from the named or current setting, section K from the advice received.
    /// </summary>
    public async Task<PlanVersion?> StartAsync(Guid caseId, CancellationToken ct)
    {
        var view = await cases.GetAsync(caseId, ct);
        if (view is null)
        {
            return null;
        }

        if (await WorkingAsync(caseId, ct) is { } existing)
        {
            return existing;
        }

        var latest = await db.PlanVersions.Where(p => p.CaseId == caseId).OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);
        PlanVersion working;
        if (latest is not null)
        {
            working = latest.NextWorkingCopy(latest.Number + 1);
        }
        else
        {
            var settingId = view.Case.NamedSettingId ?? view.Child.CurrentSettingId;
            var setting = settingId is null ? null : await db.Settings.AsNoTracking().Where(s => s.Id == settingId).Select(s => s.Name).SingleOrDefaultAsync(ct);
            working = new PlanVersion
            {
                Id = Guid.CreateVersion7(),
                AreaId = view.Case.AreaId,
                CaseId = caseId,
                Number = 1,
                Kind = PlanVersionKind.Working,
                ViewsInterestsAspirations = SectionA(view.Child, await db.ChildContacts.AsNoTracking().Where(k => k.ChildId == view.Child.Id).ToListAsync(ct)),
                Placement = setting,
                AdviceAndInformation = string.Join("\n", view.Advice.Where(a => a.Advice.ReceivedOn is not null).Select(a =>
                    $"{a.Advice.Source} advice from {a.From}, received {a.Advice.ReceivedOn!.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}")),
            };
        }

        db.PlanVersions.Add(working);
        await db.SaveChangesAsync(ct);
        return working;
    }

    public async Task SaveAsync(CancellationToken ct) => await db.SaveChangesAsync(ct);

    /// <summary>
    /// Section A as the family already told it: "All about me", then who is important to the child (the family on the
    /// record) and how to communicate with them, so nobody retypes it.
    /// </summary>
    public static string? SectionA(Domain.Children.Child child, IReadOnlyList<Domain.Children.ChildContact> contacts)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(contacts);
        var parts = new List<string>();
        if (child.AllAboutMe is { } aboutMe)
        {
            parts.Add(aboutMe);
        }

        var family = contacts.Where(k => k.Kind == Domain.Children.ContactKind.Family).OrderByDescending(k => k.ParentalResponsibility).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Select(k => k.Relationship is null ? k.Name : $"{k.Name} ({k.Relationship})").ToList();
        if (family.Count > 0)
        {
            parts.Add($"My family: {string.Join(", ", family)}.");
        }

        var needs = Domain.Children.CommunicationNeeds.Describe(child);
        if (needs.Count > 0)
        {
            parts.Add($"How to communicate with me and my family: {string.Join("; ", needs)}.");
        }

        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }

    /// <summary>The published Local Offer services of an area, which provision in a plan may name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> LocalOfferServicesAsync(Guid areaId, CancellationToken ct) =>
        [.. (await db.LocalOfferServices.AsNoTracking().Where(s => s.AreaId == areaId && s.IsPublished).Select(s => new { s.Id, s.Details.Name }).ToListAsync(ct))
            .OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => (s.Id, s.Name))];

    /// <summary>
    /// How many children's plans in force rely on a Local Offer service: those whose latest final version has a line of
    /// provision naming it. Evidence of sufficiency for the council; never shown to the public.
    /// </summary>
    public async Task<int> PlansRelyingOnAsync(Guid serviceId, Guid areaId, CancellationToken ct)
    {
        var finals = await db.PlanVersions.AsNoTracking()
            .Where(p => p.AreaId == areaId && p.Kind == PlanVersionKind.Final)
            .Select(p => new { p.CaseId, p.Number, p.Provision })
            .ToListAsync(ct);
        return finals.GroupBy(p => p.CaseId).Select(g => g.MaxBy(p => p.Number)!)
            .Count(p => p.Provision.Any(line => line.ServiceId == serviceId));
    }
}

/// <summary>
/// Keeps the plan a family received exactly as it was: called by <see cref="CaseService"/> inside every step, before it
/// saves, to freeze the working version as the draft sent or to issue a final version.
/// </summary>
public sealed class PlanIssuing(AppDbContext db)
{
    /// <summary>
    /// Called by <see cref="CaseService"/> inside a step, before it saves: freezes the working version as the draft that
    /// was sent, or issues a final version, so the plan a family received is kept exactly as it was.
    /// </summary>
    public async Task OnStepAsync(EhcCase c, CaseStage stageBefore, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        var sentDraft = stageBefore == CaseStage.Assessing && c.Stage == CaseStage.DraftIssued;
        var issuedFinal = (stageBefore == CaseStage.DraftIssued && c.Stage == CaseStage.PlanIssued)
            || (stageBefore == CaseStage.InAnnualReview && c.Stage == CaseStage.PlanIssued && c.ReviewDecision == ReviewDecision.Amend);
        if (!sentDraft && !issuedFinal)
        {
            return;
        }

        var versions = await db.PlanVersions.Where(p => p.CaseId == c.Id).OrderByDescending(p => p.Number).ToListAsync(ct);
        var working = versions.FirstOrDefault(p => p.Kind == PlanVersionKind.Working);
        if (sentDraft)
        {
            if (working is not null)
            {
                working.Kind = PlanVersionKind.Draft;
                working.IssuedOn = c.DraftIssuedOn;
            }

            return;
        }

        // The final plan is the draft as it stands after the family's comments (any working changes since), or the
        // last draft if nothing changed.
        var basis = working ?? versions.FirstOrDefault();
        if (basis is null)
        {
            return;
        }

        var issuedOn = c.LatestPlanIssuedOn;
        if (working is not null)
        {
            working.Kind = PlanVersionKind.Final;
            working.IssuedOn = issuedOn;
        }
        else
        {
            var final = basis.NextWorkingCopy(basis.Number + 1);
            final.Kind = PlanVersionKind.Final;
            final.IssuedOn = issuedOn;
            db.PlanVersions.Add(final);
        }
    }
}
