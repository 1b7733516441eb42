using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Domain.Governance;
using TellItOnce.Web.Features.LocalOffer;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Voice;

/// <summary>One published "You said, we did", whatever it came from.</summary>
public sealed record YouSaidEntry(string Theme, string Source, string YouSaid, string WeDid, NodaTime.LocalDate? On, string? Link);

public sealed class FeedbackInput
{
    public string? Source { get; set; }

    public string? Theme { get; set; }

    public string? YouSaid { get; set; }
}

public sealed class EventInput
{
    public string? Title { get; set; }

    public string? Kind { get; set; }

    public DateParts HeldOn { get; set; } = new();

    public string? Attendees { get; set; }

    public string? WhatChanged { get; set; }
}

/// <summary>
/// The partnership's "You said, we did" across every source (surveys, forums, events, and the Local Offer's moderated
/// service feedback, which keeps its own record) and the co-production log.
/// </summary>
public sealed class VoiceService(AppDbContext db, GovernanceAccess access, LocalOfferDirectory localOffer)
{
    public const string SourceField = "source";
    public const string ThemeField = "theme";
    public const string YouSaidField = "you-said";
    public const string WeDidField = "we-did";
    public const string TitleField = "title";
    public const string KindField = "kind";
    public const string HeldOnField = "held-on";
    public const string AttendeesField = "attendees";
    public const string ChangedField = "what-changed";

    /// <summary>Everything published, grouped by theme: the partnership's feedback and the Local Offer's answered service feedback.</summary>
    public async Task<IReadOnlyList<IGrouping<string, YouSaidEntry>>> PublishedAsync(CancellationToken ct)
    {
        var own = await db.VoiceFeedback.AsNoTracking().Where(v => v.State == VoiceState.Published && v.WeDid != null).ToListAsync(ct);
        var entries = own.Select(v => new YouSaidEntry(v.Theme, Names.Of(v.Source), v.YouSaid, v.WeDid!, v.AnsweredOn, null))
            .Concat((await localOffer.YouSaidWeDidAsync(ct)).Select(y => new YouSaidEntry(
                "The Local Offer", Names.Of(FeedbackSource.LocalOffer), y.Feedback.Comment, y.Feedback.Response!, y.Feedback.RespondedOn, $"/local-offer/services/{y.Feedback.ServiceId}")));
        return [.. entries.OrderByDescending(e => e.On).GroupBy(e => e.Theme).OrderBy(g => g.Key, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<VoiceFeedback>> FeedbackAsync(GovernanceScope scope, CancellationToken ct) =>
        await db.VoiceFeedback.AsNoTracking().Where(v => v.AreaId == scope.AreaId).OrderBy(v => v.State).ThenByDescending(v => v.ReceivedOn).ThenBy(v => v.Id).ToListAsync(ct);

    public async Task<Outcome<VoiceFeedback>> LogAsync(GovernanceScope scope, FeedbackInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var source = Input.Choice<FeedbackSource>(input.Source, SourceField, "Select where the feedback came from", errors);
        var theme = Input.Text(input.Theme, ThemeField, "the theme to group it under", 200, errors);
        var said = Input.Text(input.YouSaid, YouSaidField, "what families or young people said", 2_000, errors);
        return errors.Any ? Outcome<VoiceFeedback>.Failure(errors.ToDictionary()) : Outcome<VoiceFeedback>.Success(await AddAsync(scope, source!.Value, theme, said, null, ct));
    }

    /// <summary>Logs a free-text survey answer as feedback to answer, filed under the survey's title.</summary>
    public async Task<VoiceFeedback?> LogFromSurveyAsync(GovernanceScope scope, Guid surveyId, string? text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId && s.AreaId == scope.AreaId, ct);
        var said = text?.Trim() ?? string.Empty;
        return survey is null || said.Length is 0 or > 2_000 ? null : await AddAsync(scope, FeedbackSource.Survey, survey.Title, said, survey.Id, ct);
    }

    private async Task<VoiceFeedback> AddAsync(GovernanceScope scope, FeedbackSource source, string theme, string said, Guid? surveyId, CancellationToken ct)
    {
        var feedback = new VoiceFeedback
        {
            Id = Guid.CreateVersion7(),
            AreaId = scope.AreaId,
            Source = source,
            Theme = theme,
            YouSaid = said,
            ReceivedOn = access.Today,
            State = VoiceState.Logged,
            SurveyId = surveyId,
        };
        db.VoiceFeedback.Add(feedback);
        await db.SaveChangesAsync(ct);
        return feedback;
    }

    /// <summary>Answers feedback ("we did"), regroups it, and publishes it or keeps it internal.</summary>
    public async Task<Outcome<VoiceFeedback>?> AnswerAsync(GovernanceScope scope, Guid id, string? theme, string? weDid, bool publish, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var feedback = await db.VoiceFeedback.SingleOrDefaultAsync(v => v.Id == id && v.AreaId == scope.AreaId, ct);
        if (feedback is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        var t = Input.Text(theme, $"{ThemeField}-{id}", "the theme", 200, errors);
        var answer = Input.Text(weDid, $"{WeDidField}-{id}", "what the partnership did", 2_000, errors);
        if (errors.Any)
        {
            return Outcome<VoiceFeedback>.Failure(errors.ToDictionary());
        }

        feedback.Theme = t;
        feedback.WeDid = answer;
        feedback.AnsweredOn = access.Today;
        feedback.State = publish ? VoiceState.Published : VoiceState.Answered;
        await db.SaveChangesAsync(ct);
        return Outcome<VoiceFeedback>.Success(feedback);
    }

    public async Task<IReadOnlyList<CoProductionEvent>> EventsAsync(GovernanceScope scope, CancellationToken ct) =>
        await db.CoProductionEvents.AsNoTracking().Where(e => e.AreaId == scope.AreaId).OrderByDescending(e => e.HeldOn).ThenBy(e => e.Id).ToListAsync(ct);

    public async Task<Outcome<CoProductionEvent>> LogEventAsync(GovernanceScope scope, EventInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var title = Input.Text(input.Title, TitleField, "the meeting or event", 300, errors);
        var kind = Input.Choice<CoProductionKind>(input.Kind, KindField, "Select the kind of meeting or event", errors);
        var held = input.HeldOn.Read(HeldOnField, "the date it was held", errors);
        if (held is { } h && h > access.Today)
        {
            errors.Add(HeldOnField, "The date it was held must be today or in the past");
        }

        var attendees = Input.Text(input.Attendees, AttendeesField, "who attended", 1_000, errors);
        var changed = Input.Text(input.WhatChanged, ChangedField, "what changed as a result", 4_000, errors);
        if (errors.Any)
        {
            return Outcome<CoProductionEvent>.Failure(errors.ToDictionary());
        }

        var e = new CoProductionEvent
        {
            Id = Guid.CreateVersion7(),
            AreaId = scope.AreaId,
            Title = title,
            Kind = kind!.Value,
            HeldOn = held!.Value,
            Attendees = attendees,
            WhatChanged = changed,
        };
        db.CoProductionEvents.Add(e);
        await db.SaveChangesAsync(ct);
        return Outcome<CoProductionEvent>.Success(e);
    }
}
