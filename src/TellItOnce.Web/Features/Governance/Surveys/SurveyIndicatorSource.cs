using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Domain.Governance;
using TellItOnce.Domain.Insight;
using TellItOnce.Web.Features.Insight;

namespace TellItOnce.Web.Features.Governance.Surveys;

/// <summary>
/// Survey results as an outcome indicator's figures: for a question (the indicator's reference is its id), the
/// percentage of positive answers each quarter (a scale answer of 4 or 5, or a choice question's first option). So a
/// parent answering the survey moves the scorecard.
/// </summary>
public sealed class SurveyIndicatorSource(AppDbContext db) : IIndicatorValueSource
{
    public const string SourceKey = "survey";

    public string Key => SourceKey;

    public string Name => "survey results (percentage of positive answers to a question)";

    public async Task<IReadOnlyList<LinkedValue>> ValuesAsync(Guid areaId, string reference, CancellationToken ct)
    {
        if (!Guid.TryParse(reference, out var questionId)
            || await db.SurveyQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId && q.AreaId == areaId, ct) is not { } question)
        {
            return [];
        }

        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == question.SurveyId).ToListAsync(ct);
        return [.. responses
            .SelectMany(r => r.Answers.Where(a => a.QuestionId == questionId && (a.Choice is not null || a.Scale is not null)).Select(a => (Quarter.Of(r.SubmittedOn), a)))
            .GroupBy(x => x.Item1)
            .OrderBy(g => g.Key)
            .Select(g => new LinkedValue(g.Key, Math.Round(100m * g.Count(x => SurveyResults.IsPositive(question, x.a)) / g.Count(), 1)))];
    }
}
