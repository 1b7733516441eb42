using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Plans;
using TellItOnce.Domain.Portals;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Features.Notifications;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals;

/// <summary>One piece of advice as a family sees it: who was asked, by when, and whether it has arrived.</summary>
public sealed record AdviceProgress(string Who, LocalDate RequestedOn, LocalDate Due, LocalDate? ReceivedOn);

/// <summary>Where a child's case is, in plain English, with the engine's dates.</summary>
public sealed record CaseProgress(
    EhcCase Case,
    Child Child,
    NextDeadline? Next,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<AdviceProgress> Advice,
    LocalDate? CommentsClose,
    bool CommentsOpen,
    string? PreferredSetting,
    bool HasIssuedPlan,
    LocalDate Today);

/// <summary>The family's personal budget page: the plan's section J as it stands, and their requests with the council's decisions.</summary>
public sealed record BudgetPage(CaseProgress Progress, string? SectionJ, IReadOnlyList<PersonalBudgetRequest> Requests)
{
    public bool CanRequest => Progress.Case.Stage is CaseStage.DraftIssued or CaseStage.PlanIssued or CaseStage.InAnnualReview && Requests.All(r => r.DecidedOn is not null);
}

/// <summary>What has been shared with a family on one case.</summary>
public sealed record FamilyPapers(IReadOnlyList<PlanVersion> Plans, IReadOnlyList<Documents.DocumentRow> Documents, IReadOnlyList<ReviewOutcomeResult> ReviewResults);

public sealed record DraftForComment(CaseProgress Progress, PlanVersion? Draft, IReadOnlyList<PlanComment> Comments, IReadOnlyList<(Guid Id, string Name)> Settings);

/// <summary>A parent or carer account linked to a young person's record, which the young person may hide it from.</summary>
public sealed record SharingRow(Guid LinkId, string ChildName, string ParentName, bool Hidden);

/// <summary>
/// The family portal: a parent's children (one account for all of them) or a young person's own record. Every case is
/// found through <see cref="RecordAccess"/>, so another family's case is not found.
/// </summary>
public sealed class FamilyPortal(AppDbContext db, CurrentUser user, IClock clock, RecordAccess access, CaseService cases, Notifier notifier, Documents.DocumentService documents)
{
    public LocalDate Today { get; } = EnglishCalendar.DateOf(clock.GetCurrentInstant());

    public async Task<CaseProgress?> ProgressAsync(Guid caseId, CancellationToken ct)
    {
        var c = await access.FamilyCaseAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }

        var child = await db.Children.AsNoTracking().SingleAsync(k => k.Id == c.ChildId, ct);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var exceptions = c.PathwayExceptions();
        var advice = c.AdviceRequests.OrderBy(a => a.RequestedOn).Select(a => new AdviceProgress(
            a.OrganisationId is { } o && organisations.TryGetValue(o, out var name) ? name : "Your child's school or setting",
            a.RequestedOn, StatutoryTimeline.AdviceDue(a.RequestedOn, exceptions).Due, a.ReceivedOn)).ToList();
        LocalDate? close = c.DraftIssuedOn is { } draft ? StatutoryTimeline.DraftCommentsClose(draft).Due : null;
        var preferred = c.PreferredSettingId is { } p ? await db.Settings.AsNoTracking().Where(s => s.Id == p).Select(s => s.Name).SingleOrDefaultAsync(ct) : null;
        var issued = await db.PlanVersions.AsNoTracking().AnyAsync(v => v.CaseId == c.Id && v.Kind == PlanVersionKind.Final, ct);
        return new CaseProgress(c, child, CaseDeadlines.Next(c, Today), CaseDeadlines.AssessmentMilestones(c), advice, close,
            c.Stage == CaseStage.DraftIssued && close is { } until && Today <= until, preferred, issued, Today);
    }

    /// <summary>
    /// What has been shared with the family on a case they can see: the issued plans (drafts and finals, as PDFs), the
    /// documents on the case (advice and reports, served by the authorised download), and what the latest annual review
    /// found for each outcome. Only called after <see cref="ProgressAsync"/> found the case.
    /// </summary>
    public async Task<FamilyPapers> PapersAsync(CaseProgress progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var caseId = progress.Case.Id;
        var plans = await db.PlanVersions.AsNoTracking().Where(v => v.CaseId == caseId && v.Kind != PlanVersionKind.Working).OrderByDescending(v => v.Number).ToListAsync(ct);
        var results = await db.ReviewOutcomeResults.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(ct);
        return new FamilyPapers([.. plans.Where(v => v.IsIssued)], await documents.ForCaseAsync(caseId, ct), results);
    }

    /// <summary>Section J of the plan in force and the family's personal budget requests, for the personal budget page.</summary>
    public async Task<BudgetPage?> BudgetAsync(Guid caseId, CancellationToken ct)
    {
        var progress = await ProgressAsync(caseId, ct);
        if (progress is null)
        {
            return null;
        }

        var plan = await db.PlanVersions.AsNoTracking().Where(v => v.CaseId == caseId && v.Kind == PlanVersionKind.Final).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var requests = await db.Set<PersonalBudgetRequest>().AsNoTracking().Where(r => r.CaseId == caseId).OrderByDescending(r => r.RequestedOn).ToListAsync(ct);
        return new BudgetPage(progress, plan?.PersonalBudget, requests);
    }

    /// <summary>
    /// The family ask for a personal budget through the same domain step the SEND team records one with; once the council
    /// agrees it, the amounts are written into section J of the plan (AfterThePlanService).
    /// </summary>
    public async Task<Outcome<EhcCase>?> RequestBudgetAsync(Guid caseId, Guid version, BudgetAmounts amounts, BudgetArrangement? arrangement, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        if (await ProgressAsync(caseId, ct) is null)
        {
            return null;
        }

        var request = new PersonalBudgetRequest
        {
            Id = Guid.CreateVersion7(),
            RequestedOn = Today,
            EducationRequested = amounts.Education,
            HealthRequested = amounts.Health,
            SocialCareRequested = amounts.SocialCare,
            Arrangement = arrangement ?? (BudgetArrangement)(-1),
        };
        return await cases.ApplyFromPortalAsync(await access.CasesAsync(ct), caseId, version, (c, today) => c.RequestPersonalBudget(request, today), async (c, token) =>
        {
            if (c.CaseworkerId is { } caseworker)
            {
                await notifier.NotifyAsync([caseworker], new Notice("personal-budget-requested", $"Personal budget requested on {c.Reference}",
                    $"The family have asked for a personal budget of {amounts.Total.ToString("C0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} a year. Decide it on the case; once agreed it goes into section J of the plan.", $"/cases/{c.Id}"), token);
            }
        }, ct);
    }

    public async Task<DraftForComment?> DraftAsync(Guid caseId, CancellationToken ct)
    {
        var progress = await ProgressAsync(caseId, ct);
        if (progress is null)
        {
            return null;
        }

        var draft = await db.PlanVersions.AsNoTracking().Where(v => v.CaseId == caseId && v.Kind == PlanVersionKind.Draft)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var comments = draft is null ? [] : await db.PlanComments.AsNoTracking().Where(k => k.PlanVersionId == draft.Id).OrderBy(k => k.At).ToListAsync(ct);
        var settings = await cases.SettingsAsync(progress.Case.AreaId, ct);
        return new DraftForComment(progress, draft, comments, settings);
    }

    /// <summary>Adds the family's comment on one section of the draft, only while the 15 days are open.</summary>
    public async Task<Outcome<Guid>?> CommentAsync(Guid caseId, string? section, string? text, CancellationToken ct)
    {
        var draft = await DraftAsync(caseId, ct);
        if (draft is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        if (!draft.Progress.CommentsOpen || draft.Draft is null)
        {
            errors.Add("text", "Comments on the draft plan have closed. Send the SEND team a message instead");
        }
        else if (draft.Draft.Sections().All(s => s.Section != section))
        {
            errors.Add("section", "Choose the section of the plan your comment is about");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add("text", "Enter your comment");
        }

        if (errors.Any)
        {
            return Outcome<Guid>.Failure(errors.ToDictionary());
        }

        var c = draft.Progress.Case;
        var comment = new PlanComment
        {
            Id = Guid.CreateVersion7(),
            CaseId = c.Id,
            AreaId = c.AreaId,
            PlanVersionId = draft.Draft!.Id,
            Section = section!,
            Text = text!.Trim(),
            AuthorUserId = user.Id,
            At = clock.GetCurrentInstant(),
        };
        db.PlanComments.Add(comment);
        if (c.CaseworkerId is { } caseworker)
        {
            await notifier.NotifyAsync([caseworker], new Notice("draft-comment", $"The family commented on section {section} of the draft plan ({c.Reference})",
                $"Comments close on {Notifier.Format(draft.Progress.CommentsClose!.Value)}.", $"/cases/{c.Id}/messages"), ct);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Success(comment.Id);
    }

    /// <summary>Records the school or college the family would like named, through the case's own transition.</summary>
    public async Task<Outcome<EhcCase>?> PreferSettingAsync(Guid caseId, Guid? settingId, CancellationToken ct)
    {
        var c = await access.FamilyCaseAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }

        var settings = await cases.SettingsAsync(c.AreaId, ct);
        if (settingId is not { } chosen || settings.All(s => s.Id != chosen))
        {
            return Outcome<EhcCase>.Failure(new Dictionary<string, string[]> { ["settingId"] = ["Choose a school, college or other setting"] });
        }

        var children = await access.FamilyChildrenAsync(ct);
        return await cases.ApplyFromPortalAsync(db.Cases.Where(k => children.Contains(k.ChildId)), caseId, c.Version, (k, _) => k.RecordPreferredSetting(chosen), ct);
    }

    /// <summary>The plan as last issued, for the family to read.</summary>
    public async Task<(CaseProgress Progress, PlanVersion Plan)?> IssuedPlanAsync(Guid caseId, CancellationToken ct)
    {
        var progress = await ProgressAsync(caseId, ct);
        if (progress is null)
        {
            return null;
        }

        var plan = await db.PlanVersions.AsNoTracking().Where(v => v.CaseId == caseId && v.Kind == PlanVersionKind.Final)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        return plan is null ? null : (progress, plan);
    }

    /// <summary>For a young person aged 16 or over: the parents and carers linked to their record.</summary>
    public async Task<IReadOnlyList<SharingRow>> SharingAsync(CancellationToken ct)
    {
        var mine = await OwnRecordsAsync(ct);
        var ids = mine.Select(c => c.Id).ToList();
        var rows = await (from l in db.FamilyLinks.AsNoTracking()
                          join u in db.Users.AsNoTracking() on l.UserId equals u.Id
                          where ids.Contains(l.ChildId) && l.Relationship != FamilyRelationship.Self
                          select new { l.Id, l.ChildId, u.DisplayName, l.HiddenByYoungPerson }).ToListAsync(ct);
        return [.. rows.Select(r => new SharingRow(r.Id, mine.Single(c => c.Id == r.ChildId).FullName, r.DisplayName, r.HiddenByYoungPerson))];
    }

    /// <summary>The young person decides whether a parent or carer sees their record; false when the link is not theirs.</summary>
    public async Task<bool> SetSharingAsync(Guid linkId, bool hidden, CancellationToken ct)
    {
        var ids = (await OwnRecordsAsync(ct)).Select(c => c.Id).ToList();
        var link = await db.FamilyLinks.SingleOrDefaultAsync(l => l.Id == linkId && ids.Contains(l.ChildId) && l.Relationship != FamilyRelationship.Self, ct);
        if (link is null)
        {
            access.Refused<object>("family link", linkId);
            return false;
        }

        link.HiddenByYoungPerson = hidden;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The records this account holds as the young person themself, aged 16 or over.</summary>
    private async Task<IReadOnlyList<Child>> OwnRecordsAsync(CancellationToken ct)
    {
        if (!user.Has(Role.YoungPerson))
        {
            return [];
        }

        var ids = await db.FamilyLinks.AsNoTracking().Where(l => l.UserId == user.Id && l.Relationship == FamilyRelationship.Self).Select(l => l.ChildId).ToListAsync(ct);
        var children = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        return [.. children.Where(c => c.AgeOn(Today) >= 16)];
    }
}
