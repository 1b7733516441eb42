using NodaTime;
using TellItOnce.Domain.Auditing;

namespace TellItOnce.Domain.Governance;

public enum QuestionKind
{
    /// <summary>One of a list of options.</summary>
    Choice,

    /// <summary>1 (strongly disagree, very poor) to 5 (strongly agree, very good).</summary>
    Scale,

    FreeText,
}

public enum SurveyState
{
    Draft,
    Open,
    Closed,
}

/// <summary>A short survey the council builds: sent by link (anyone with it may answer), or shown to families signed in to the portal.</summary>
public sealed class Survey
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Introduction { get; set; } = string.Empty;

    /// <summary>Answers keep no link to who gave them (see <see cref="IAnonymousRecord"/>).</summary>
    public bool Anonymous { get; set; }

    /// <summary>Shown to parents and young people in the portal, as well as by link.</summary>
    public bool ForPortalUsers { get; set; }

    /// <summary>The unguessable part of the survey's public link (/s/{token}).</summary>
    public string LinkToken { get; set; } = string.Empty;

    public SurveyState State { get; set; }

    public LocalDate CreatedOn { get; set; }

    public List<SurveyQuestion> Questions { get; set; } = [];
}

public sealed class SurveyQuestion
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid SurveyId { get; set; }

    public int Number { get; set; }

    public string Text { get; set; } = string.Empty;

    public QuestionKind Kind { get; set; }

    public List<string> Options { get; set; } = [];

    public bool Required { get; set; }
}

/// <summary>
/// One completed survey. Only the day it was given is kept. When the survey is anonymous there is no respondent, its id
/// is random (not time-ordered) and the audit trail records no user (<see cref="IAnonymousRecord"/>).
/// </summary>
public sealed class SurveyResponse : IAnonymousRecord
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid SurveyId { get; set; }

    public LocalDate SubmittedOn { get; set; }

    /// <summary>The signed-in respondent of a named survey; always null for an anonymous one.</summary>
    public Guid? RespondentId { get; set; }

    public List<SurveyAnswer> Answers { get; set; } = [];

    public bool IsAnonymous => RespondentId is null;
}

/// <summary>The answer to one question: an option, a scale point or words.</summary>
public sealed record SurveyAnswer(Guid QuestionId, string? Choice, int? Scale, string? Text);

public sealed record QuestionResult(SurveyQuestion Question, int Answered, IReadOnlyList<(string Label, int Count)> Counts, double? Mean, IReadOnlyList<string> Comments);

public static class SurveyResults
{
    public static readonly IReadOnlyList<string> ScaleLabels = ["1 Very poor", "2 Poor", "3 Neither", "4 Good", "5 Very good"];

    /// <summary>Scale answers of 4 or 5, and the first option of a choice question, count as positive.</summary>
    public static bool IsPositive(SurveyQuestion question, SurveyAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        return question.Kind switch
        {
            QuestionKind.Scale => answer.Scale >= 4,
            QuestionKind.Choice => question.Options.Count > 0 && answer.Choice == question.Options[0],
            _ => false,
        };
    }

    public static IReadOnlyList<QuestionResult> Summarise(Survey survey, IReadOnlyList<SurveyResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(responses);
        return [.. survey.Questions.OrderBy(q => q.Number).Select(q =>
        {
            var answers = responses.SelectMany(r => r.Answers).Where(a => a.QuestionId == q.Id).ToList();
            return q.Kind switch
            {
                QuestionKind.Choice => new QuestionResult(q, answers.Count(a => a.Choice is not null),
                    [.. q.Options.Select(o => (o, answers.Count(a => a.Choice == o)))], null, []),
                QuestionKind.Scale => new QuestionResult(q, answers.Count(a => a.Scale is not null),
                    [.. Enumerable.Range(1, 5).Select(i => (ScaleLabels[i - 1], answers.Count(a => a.Scale == i)))],
                    answers.Any(a => a.Scale is not null) ? answers.Where(a => a.Scale is not null).Average(a => a.Scale!.Value) : null, []),
                _ => new QuestionResult(q, answers.Count(a => !string.IsNullOrWhiteSpace(a.Text)), [], null,
                    [.. answers.Select(a => a.Text).OfType<string>().Where(t => t.Length > 0)]),
            };
        })];
    }
}
