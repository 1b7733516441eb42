using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.LocalOffer;

public sealed record PublishedService(LocalOfferService Service, string OrganisationName, IReadOnlyList<ServiceFeedback> Feedback);

public sealed record YouSaidWeDid(ServiceFeedback Feedback, string ServiceName);

/// <summary>
/// What the public sees of one service, and the family feedback around it: families leave feedback, the council
/// moderates it (nothing shows until it is published) and may answer it, which makes the "You said, we did" page.
/// </summary>
public sealed class LocalOfferDirectory(AppDbContext db, IClock clock)
{
    public const string CommentField = "comment";
    public const string RatingField = "rating";
    public const string ResponseField = "response";

    public async Task<PublishedService?> FindPublishedAsync(Guid id, CancellationToken ct)
    {
        var row = await (from s in db.LocalOfferServices.AsNoTracking()
                         join o in db.Organisations.AsNoTracking() on s.OrganisationId equals o.Id
                         where s.Id == id && s.IsPublished
                         select new { Service = s, Organisation = o.Name }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var feedback = await db.ServiceFeedback.AsNoTracking()
            .Where(f => f.ServiceId == id && f.State == FeedbackState.Published)
            .OrderByDescending(f => f.SubmittedAt).ToListAsync(ct);
        return new PublishedService(row.Service, row.Organisation, feedback);
    }

    /// <summary>A family's feedback on a published service: kept for moderation, never shown until the council publishes it.</summary>
    public async Task<Outcome<ServiceFeedback>?> LeaveFeedbackAsync(Guid serviceId, string? comment, string? rating, CancellationToken ct)
    {
        var service = await db.LocalOfferServices.Where(s => s.Id == serviceId && s.IsPublished).Select(s => new { s.Id, s.AreaId }).SingleOrDefaultAsync(ct);
        if (service is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        var text = comment?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add(CommentField, "Enter your feedback about the service");
        }
        else if (text.Length > 2000)
        {
            errors.Add(CommentField, "Your feedback must be 2000 characters or fewer");
        }

        var stars = SearchParameters.Whole(rating, RatingField, "Rating", 1, 5, errors);
        if (errors.Any)
        {
            return Outcome<ServiceFeedback>.Failure(errors.ToDictionary());
        }

        var feedback = new ServiceFeedback
        {
            Id = Guid.CreateVersion7(),
            AreaId = service.AreaId,
            ServiceId = service.Id,
            Comment = text,
            Rating = stars,
            SubmittedAt = clock.GetCurrentInstant(),
            State = FeedbackState.AwaitingModeration,
        };
        db.ServiceFeedback.Add(feedback);
        await db.SaveChangesAsync(ct);
        return Outcome<ServiceFeedback>.Success(feedback);
    }

    public async Task<IReadOnlyList<YouSaidWeDid>> YouSaidWeDidAsync(CancellationToken ct) =>
        [.. (await (from f in db.ServiceFeedback.AsNoTracking()
                    join s in db.LocalOfferServices.AsNoTracking() on f.ServiceId equals s.Id
                    where f.State == FeedbackState.Published && f.Response != null && s.IsPublished
                    select new { f, s.Details.Name }).ToListAsync(ct))
            .OrderByDescending(x => x.f.RespondedOn).Select(x => new YouSaidWeDid(x.f, x.Name))];

    public async Task<IReadOnlyList<YouSaidWeDid>> AwaitingModerationAsync(IReadOnlyList<Guid> areas, CancellationToken ct) =>
        [.. (await (from f in db.ServiceFeedback.AsNoTracking()
                    join s in db.LocalOfferServices.AsNoTracking() on f.ServiceId equals s.Id
                    where f.State == FeedbackState.AwaitingModeration && areas.Contains(f.AreaId)
                    select new { f, s.Details.Name }).ToListAsync(ct))
            .OrderBy(x => x.f.SubmittedAt).Select(x => new YouSaidWeDid(x.f, x.Name))];

    /// <summary>The council publishes or rejects a family's feedback, optionally saying what it did about it.</summary>
    public async Task<Outcome<ServiceFeedback>?> ModerateAsync(Guid feedbackId, bool publish, string? response, IReadOnlyList<Guid> areas, Guid moderator, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var feedback = await db.ServiceFeedback.SingleOrDefaultAsync(f => f.Id == feedbackId && areas.Contains(f.AreaId), ct);
        if (feedback is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        var answer = string.IsNullOrWhiteSpace(response) ? null : response.Trim();
        if (answer is { Length: > 2000 })
        {
            errors.Add(ResponseField, "The response must be 2000 characters or fewer");
        }

        if (!publish && answer is not null)
        {
            errors.Add(ResponseField, "Only published feedback can have a \"we did\" response");
        }

        if (errors.Any)
        {
            return Outcome<ServiceFeedback>.Failure(errors.ToDictionary());
        }

        var now = clock.GetCurrentInstant();
        feedback.State = publish ? FeedbackState.Published : FeedbackState.Rejected;
        feedback.ModeratedBy = moderator;
        feedback.ModeratedAt = now;
        feedback.Response = answer;
        feedback.RespondedOn = answer is null ? null : Domain.Pathway.EnglishCalendar.DateOf(now);
        await db.SaveChangesAsync(ct);
        return Outcome<ServiceFeedback>.Success(feedback);
    }
}
