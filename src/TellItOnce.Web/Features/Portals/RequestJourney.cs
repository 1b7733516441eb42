using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Portals;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Features.Notifications;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Portals;

/// <summary>The questions of the family's request, one a page, in order.</summary>
public static class RequestSteps
{
    public const string Child = "child";
    public const string Name = "name";
    public const string DateOfBirth = "date-of-birth";
    public const string AboutMe = "all-about-me";
    public const string Needs = "needs";
    public const string Support = "support";
    public const string Check = "check";

    public static IReadOnlyList<string> For(AssessmentRequestDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.ChildId is null ? [Child, Name, DateOfBirth, AboutMe, Needs, Support, Check] : [Child, AboutMe, Needs, Support, Check];
    }

    public static string After(AssessmentRequestDraft draft, string step)
    {
        var steps = For(draft);
        var i = steps.ToList().IndexOf(step);
        return i < 0 || i == steps.Count - 1 ? Check : steps[i + 1];
    }
}

/// <summary>
/// A family's request for an EHC needs assessment, saved after every question so they can come back to it. On
/// submission the child's record is found (one of the family's children) or created and linked to the family, "All about
/// me" is written to it once, and the case appears on the SEND team's list as a new request.
/// </summary>
public sealed class RequestJourney(AppDbContext db, CurrentUser user, IClock clock, RecordAccess access, Notifier notifier)
{
    public LocalDate Today { get; } = EnglishCalendar.DateOf(clock.GetCurrentInstant());

    public async Task<IReadOnlyList<AssessmentRequestDraft>> DraftsAsync(CancellationToken ct) =>
        await db.AssessmentRequestDrafts.AsNoTracking().Where(d => d.UserId == user.Id && d.SubmittedCaseId == null).OrderByDescending(d => d.UpdatedAt).ToListAsync(ct);

    public async Task<Guid> StartAsync(CancellationToken ct)
    {
        var areas = user.AreasWhere(Role.Parent, Role.YoungPerson);
        var draft = new AssessmentRequestDraft { Id = Guid.CreateVersion7(), UserId = user.Id, AreaId = areas[0], UpdatedAt = clock.GetCurrentInstant() };
        db.AssessmentRequestDrafts.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft.Id;
    }

    /// <summary>This user's unsubmitted draft, tracked; null (and logged) for anyone else's.</summary>
    public async Task<AssessmentRequestDraft?> FindAsync(Guid id, CancellationToken ct) =>
        await db.AssessmentRequestDrafts.SingleOrDefaultAsync(d => d.Id == id && d.UserId == user.Id && d.SubmittedCaseId == null, ct)
        ?? access.Refused<AssessmentRequestDraft>("request draft", id);

    /// <summary>The family's own children, for "who is this request about".</summary>
    public async Task<IReadOnlyList<Child>> ChildrenAsync(CancellationToken ct)
    {
        var ids = await access.FamilyChildrenAsync(ct);
        return await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.DateOfBirth).ToListAsync(ct);
    }

    /// <summary>Saves one answer; returns the errors, if any.</summary>
    public async Task<FieldErrors> SaveAsync(AssessmentRequestDraft draft, string step, RequestAnswer answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(answer);
        var errors = new FieldErrors();
        switch (step)
        {
            case RequestSteps.Child:
                if (answer.ChildChoice == "new")
                {
                    draft.ChildId = null;
                }
                else if (Guid.TryParse(answer.ChildChoice, out var childId) && (await access.FamilyChildrenAsync(ct)).Contains(childId))
                {
                    draft.ChildId = childId;
                    draft.AllAboutMe ??= await db.Children.Where(c => c.Id == childId).Select(c => c.AllAboutMe).SingleAsync(ct);
                }
                else
                {
                    errors.Add("childChoice", "Select who the request is about");
                }

                break;
            case RequestSteps.Name:
                Require(errors, answer.GivenName, "givenName", "Enter their first name");
                Require(errors, answer.FamilyName, "familyName", "Enter their last name");
                draft.GivenName = answer.GivenName?.Trim();
                draft.FamilyName = answer.FamilyName?.Trim();
                break;
            case RequestSteps.DateOfBirth:
                if (answer.DateOfBirth is { } dob && dob > Today)
                {
                    errors.Add("dateOfBirth", "Date of birth must be in the past");
                }
                else if (answer.DateOfBirth is { } valid && Period.Between(valid, Today, PeriodUnits.Years).Years > 25)
                {
                    errors.Add("dateOfBirth", "EHC plans are for children and young people up to 25");
                }

                draft.DateOfBirth = answer.DateOfBirth ?? draft.DateOfBirth;
                break;
            case RequestSteps.AboutMe:
                Require(errors, answer.Text, "text", "Tell us about them: what they enjoy, what is hard, and what they hope for");
                draft.AllAboutMe = answer.Text?.Trim();
                break;
            case RequestSteps.Needs:
                Require(errors, answer.Text, "text", "Tell us what you are worried about");
                draft.Needs = answer.Text?.Trim();
                break;
            case RequestSteps.Support:
                Require(errors, answer.Text, "text", "Tell us what help they have had so far, or say that there has been none");
                draft.SupportSoFar = answer.Text?.Trim();
                break;
            default:
                errors.Add("step", "That question is not part of the request");
                break;
        }

        draft.UpdatedAt = clock.GetCurrentInstant();
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>The answers still missing, by step, so the check page can send the family back to them.</summary>
    public static IReadOnlyList<(string Step, string Message)> Missing(AssessmentRequestDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var missing = new List<(string, string)>();
        if (draft.ChildId is null && (string.IsNullOrWhiteSpace(draft.GivenName) || string.IsNullOrWhiteSpace(draft.FamilyName)))
        {
            missing.Add((RequestSteps.Name, "Enter their name"));
        }

        if (draft.ChildId is null && draft.DateOfBirth is null)
        {
            missing.Add((RequestSteps.DateOfBirth, "Enter their date of birth"));
        }

        if (string.IsNullOrWhiteSpace(draft.AllAboutMe))
        {
            missing.Add((RequestSteps.AboutMe, "Tell us about them"));
        }

        if (string.IsNullOrWhiteSpace(draft.Needs))
        {
            missing.Add((RequestSteps.Needs, "Tell us what you are worried about"));
        }

        if (string.IsNullOrWhiteSpace(draft.SupportSoFar))
        {
            missing.Add((RequestSteps.Support, "Tell us what help they have had so far"));
        }

        return missing;
    }

    /// <summary>Submits the request: the case starts today (the 6-week clock with it) and the SEND team sees it as new.</summary>
    public async Task<Outcome<Guid>> SubmitAsync(AssessmentRequestDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var missing = Missing(draft);
        if (missing.Count > 0)
        {
            return Outcome<Guid>.Failure(missing.ToDictionary(m => m.Step, m => new[] { m.Message }));
        }

        Child child;
        if (draft.ChildId is { } id)
        {
            child = await db.Children.SingleAsync(c => c.Id == id, ct);
        }
        else
        {
            child = new Child { Id = Guid.CreateVersion7(), AreaId = draft.AreaId, GivenName = draft.GivenName!, FamilyName = draft.FamilyName!, DateOfBirth = draft.DateOfBirth!.Value };
            db.Children.Add(child);
            var self = user.Has(Role.YoungPerson) && !user.Has(Role.Parent);
            db.FamilyLinks.Add(new FamilyLink { Id = Guid.CreateVersion7(), ChildId = child.Id, UserId = user.Id, Relationship = self ? FamilyRelationship.Self : FamilyRelationship.Parent });
        }

        // Tell it once: what the family said about the child is written to the child's one record.
        child.AllAboutMe = draft.AllAboutMe;

        // The family's caseworker, when they already have one, picks up the new request.
        var family = await access.FamilyChildrenAsync(ct);
        var caseworker = await db.Cases.Where(k => family.Contains(k.ChildId) && k.CaseworkerId != null)
            .OrderByDescending(k => k.RequestReceived).Select(k => k.CaseworkerId).FirstOrDefaultAsync(ct);
        var c = new EhcCase
        {
            Id = Guid.CreateVersion7(),
            AreaId = child.AreaId,
            ChildId = child.Id,
            CaseworkerId = caseworker,
            Reference = await NewRequestService.NextReferenceAsync(db, child.AreaId, Today, ct),
            Stage = CaseStage.NewRequest,
            RequestedBy = user.Has(Role.YoungPerson) && !user.Has(Role.Parent) ? RequesterKind.YoungPerson : RequesterKind.Parent,
            RequestReceived = Today,
            RequestEvidence = $"What the family are worried about: {draft.Needs}\n\nHelp so far: {draft.SupportSoFar}",
            Version = Guid.NewGuid(),
        };
        db.Cases.Add(c);
        draft.SubmittedCaseId = c.Id;
        draft.UpdatedAt = clock.GetCurrentInstant();
        await notifier.NotifyAsync([user.Id], new Notice("request-received", $"We have your request for an assessment for {child.GivenName}",
            $"The council must tell you by {Notifier.Format(StatutoryTimeline.DecisionToAssessDue(Today).Due)} whether it will carry out an EHC needs assessment.",
            $"/family/cases/{c.Id}"), ct);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Success(c.Id);
    }

    private static void Require(FieldErrors errors, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
        }
    }
}

/// <summary>One page's answer, as posted.</summary>
public sealed record RequestAnswer(string? ChildChoice, string? GivenName, string? FamilyName, LocalDate? DateOfBirth, string? Text);
