using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Governance;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Surveys;

public sealed class SurveyInput
{
    public string? Title { get; set; }

    public string? Introduction { get; set; }

    public bool Anonymous { get; set; }

    public bool ForPortalUsers { get; set; }
}

public sealed class QuestionInput
{
    public string? Text { get; set; }

    public string? Kind { get; set; }

    /// <summary>One option a line, for a choice question.</summary>
    public string? Options { get; set; }

    public bool Required { get; set; }
}

public sealed record SurveySummary(Survey Survey, int Responses);

public sealed record SurveyResultsView(Survey Survey, int Responses, IReadOnlyList<QuestionResult> Questions, IReadOnlyList<(string Month, int Count)> ByMonth);

/// <summary>
/// Surveys: council officers build and open them; families answer in the portal or by link; the board reads the results.
/// Anonymous answers keep no link to the person (ADR 32).
/// </summary>
public sealed class SurveyService(AppDbContext db, CurrentUser user, IClock clock)
{
    public const string TitleField = "title";
    public const string IntroductionField = "introduction";
    public const string QuestionTextField = "question-text";
    public const string KindField = "kind";
    public const string OptionsField = "options";
    public const string StateField = "state";

    public static string AnswerField(SurveyQuestion question) => $"q-{question?.Number}";

    private LocalDate Today => EnglishCalendar.DateOf(clock.GetCurrentInstant());

    public async Task<IReadOnlyList<SurveySummary>> SurveysAsync(GovernanceScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var surveys = await db.Surveys.AsNoTracking().Where(s => s.AreaId == scope.AreaId).OrderByDescending(s => s.CreatedOn).ThenBy(s => s.Title).ToListAsync(ct);
        var ids = surveys.Select(s => s.Id).ToList();
        var counts = await db.SurveyResponses.AsNoTracking().Where(r => ids.Contains(r.SurveyId)).GroupBy(r => r.SurveyId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return [.. surveys.Select(s => new SurveySummary(s, counts.GetValueOrDefault(s.Id)))];
    }

    public async Task<Survey?> FindAsync(GovernanceScope scope, Guid id, CancellationToken ct) =>
        await db.Surveys.AsNoTracking().Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == id && s.AreaId == scope.AreaId, ct);

    public async Task<SurveyResultsView?> ResultsAsync(GovernanceScope scope, Guid id, CancellationToken ct)
    {
        var survey = await FindAsync(scope, id, ct);
        if (survey is null)
        {
            return null;
        }

        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == id).ToListAsync(ct);
        var byMonth = responses.GroupBy(r => new YearMonth(r.SubmittedOn.Year, r.SubmittedOn.Month)).OrderBy(g => g.Key)
            .Select(g => (g.Key.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), g.Count())).ToList();
        return new SurveyResultsView(survey, responses.Count, SurveyResults.Summarise(survey, responses), byMonth);
    }

    public async Task<Outcome<Survey>> CreateAsync(GovernanceScope scope, SurveyInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var title = Input.Text(input.Title, TitleField, "the survey's title", 200, errors);
        var introduction = Input.Text(input.Introduction, IntroductionField, "what the survey is for", 2_000, errors, required: false);
        if (errors.Any)
        {
            return Outcome<Survey>.Failure(errors.ToDictionary());
        }

        var survey = new Survey
        {
            Id = Guid.CreateVersion7(),
            AreaId = scope.AreaId,
            Title = title,
            Introduction = introduction,
            Anonymous = input.Anonymous,
            ForPortalUsers = input.ForPortalUsers,
            LinkToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(),
            State = SurveyState.Draft,
            CreatedOn = Today,
        };
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        return Outcome<Survey>.Success(survey);
    }

    /// <summary>Adds a question to a draft survey: questions cannot change once families have started answering.</summary>
    public async Task<Outcome<SurveyQuestion>?> AddQuestionAsync(GovernanceScope scope, Guid surveyId, QuestionInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var survey = await db.Surveys.Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == surveyId && s.AreaId == scope.AreaId, ct);
        if (survey is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        var text = Input.Text(input.Text, QuestionTextField, "the question", 500, errors);
        var kind = Input.Choice<QuestionKind>(input.Kind, KindField, "Select the type of answer", errors);
        var options = (input.Options ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (kind == QuestionKind.Choice && options.Count is < 2 or > 10)
        {
            errors.Add(OptionsField, "Enter between 2 and 10 options, one on each line");
        }
        else if (options.Any(o => o.Length > 200))
        {
            errors.Add(OptionsField, "Each option must be 200 characters or fewer");
        }

        if (survey.State != SurveyState.Draft)
        {
            errors.Add(QuestionTextField, "Questions can only be added while the survey is a draft");
        }

        if (errors.Any)
        {
            return Outcome<SurveyQuestion>.Failure(errors.ToDictionary());
        }

        var question = new SurveyQuestion
        {
            Id = Guid.CreateVersion7(),
            AreaId = survey.AreaId,
            SurveyId = survey.Id,
            Number = survey.Questions.Count + 1,
            Text = text,
            Kind = kind!.Value,
            Options = kind == QuestionKind.Choice ? options : [],
            Required = input.Required,
        };
        db.SurveyQuestions.Add(question);
        await db.SaveChangesAsync(ct);
        return Outcome<SurveyQuestion>.Success(question);
    }

    public async Task<Outcome<Survey>?> SetStateAsync(GovernanceScope scope, Guid surveyId, SurveyState state, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var survey = await db.Surveys.Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == surveyId && s.AreaId == scope.AreaId, ct);
        if (survey is null)
        {
            return null;
        }

        if (state == SurveyState.Open && survey.Questions.Count == 0)
        {
            return Outcome<Survey>.Failure(new Dictionary<string, string[]> { [QuestionTextField] = ["Add at least one question before opening the survey"] });
        }

        survey.State = state;
        await db.SaveChangesAsync(ct);
        return Outcome<Survey>.Success(survey);
    }

    /// <summary>Open portal surveys in the family's areas, with whether they have answered (named surveys only: anonymous ones cannot know).</summary>
    public async Task<IReadOnlyList<(Survey Survey, bool Answered)>> ForFamilyAsync(CancellationToken ct)
    {
        var areas = user.AreasWhere(Role.Parent, Role.YoungPerson);
        var surveys = await db.Surveys.AsNoTracking().Where(s => areas.Contains(s.AreaId) && s.ForPortalUsers && s.State == SurveyState.Open).OrderBy(s => s.Title).ToListAsync(ct);
        var ids = surveys.Select(s => s.Id).ToList();
        var answered = await db.SurveyResponses.AsNoTracking().Where(r => ids.Contains(r.SurveyId) && r.RespondentId == user.Id).Select(r => r.SurveyId).ToListAsync(ct);
        return [.. surveys.Select(s => (s, answered.Contains(s.Id)))];
    }

    /// <summary>
    /// The survey a respondent may answer: by its link token (anyone with the link, signed in for a named survey), or by
    /// id for a portal user of its area. Null when it is not open to them.
    /// </summary>
    public async Task<Survey?> AnswerableAsync(Guid? id, string? token, CancellationToken ct)
    {
        var query = db.Surveys.AsNoTracking().Include(s => s.Questions).Where(s => s.State == SurveyState.Open);
        Survey? survey;
        if (token is { Length: > 0 })
        {
            survey = await query.SingleOrDefaultAsync(s => s.LinkToken == token, ct);
        }
        else
        {
            var areas = user.AreasWhere(Role.Parent, Role.YoungPerson);
            survey = await query.SingleOrDefaultAsync(s => s.Id == id && s.ForPortalUsers && areas.Contains(s.AreaId), ct);
        }

        if (survey is not null)
        {
            survey.Questions = [.. survey.Questions.OrderBy(q => q.Number)];
        }

        return survey;
    }

    /// <summary>
    /// Records one completed survey. For an anonymous survey nothing about the respondent is kept: no account, a random id,
    /// only the day, and the audit entry names nobody. A named survey is answered once per account.
    /// </summary>
    public async Task<Outcome<SurveyResponse>> AnswerAsync(Survey survey, IReadOnlyDictionary<Guid, string?> answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answers);
        var errors = new FieldErrors();
        var given = new List<SurveyAnswer>();
        foreach (var q in survey.Questions.OrderBy(q => q.Number))
        {
            var field = AnswerField(q);
            var raw = answers.GetValueOrDefault(q.Id)?.Trim() ?? string.Empty;
            if (raw.Length == 0)
            {
                if (q.Required)
                {
                    errors.Add(field, q.Kind == QuestionKind.FreeText ? $"Answer question {q.Number}" : $"Select an answer to question {q.Number}");
                }

                continue;
            }

            switch (q.Kind)
            {
                case QuestionKind.Choice when q.Options.Contains(raw):
                    given.Add(new SurveyAnswer(q.Id, raw, null, null));
                    break;
                case QuestionKind.Scale when int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var scale) && scale is >= 1 and <= 5:
                    given.Add(new SurveyAnswer(q.Id, null, scale, null));
                    break;
                case QuestionKind.FreeText when raw.Length <= 2_000:
                    given.Add(new SurveyAnswer(q.Id, null, null, raw));
                    break;
                case QuestionKind.FreeText:
                    errors.Add(field, $"Your answer to question {q.Number} must be 2000 characters or fewer");
                    break;
                default:
                    errors.Add(field, $"Select one of the answers to question {q.Number}");
                    break;
            }
        }

        if (!survey.Anonymous && !user.IsSignedIn)
        {
            errors.Add(AnswerField(survey.Questions[0]), "Sign in to answer this survey");
        }
        else if (!survey.Anonymous && await db.SurveyResponses.AnyAsync(r => r.SurveyId == survey.Id && r.RespondentId == user.Id, ct))
        {
            errors.Add(AnswerField(survey.Questions[0]), "You have already answered this survey");
        }

        if (errors.Any)
        {
            return Outcome<SurveyResponse>.Failure(errors.ToDictionary());
        }

        var response = new SurveyResponse
        {
            Id = survey.Anonymous ? Guid.NewGuid() : Guid.CreateVersion7(),
            AreaId = survey.AreaId,
            SurveyId = survey.Id,
            SubmittedOn = Today,
            RespondentId = survey.Anonymous ? null : user.Id,
            Answers = given,
        };
        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync(ct);
        return Outcome<SurveyResponse>.Success(response);
    }

    /// <summary>For a period, the share of answers to a question that were positive (see <see cref="SurveyResults.IsPositive"/>), and how many answered.</summary>
    public async Task<(int Positive, int Answered)> PositiveAsync(Guid questionId, LocalDate from, LocalDate to, CancellationToken ct)
    {
        var question = await db.SurveyQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId, ct);
        if (question is null)
        {
            return (0, 0);
        }

        var answers = (await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == question.SurveyId && r.SubmittedOn >= from && r.SubmittedOn <= to).ToListAsync(ct))
            .SelectMany(r => r.Answers).Where(a => a.QuestionId == questionId && (a.Choice is not null || a.Scale is not null)).ToList();
        return (answers.Count(a => SurveyResults.IsPositive(question, a)), answers.Count);
    }
}
