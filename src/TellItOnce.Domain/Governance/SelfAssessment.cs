using NodaTime;

namespace TellItOnce.Domain.Governance;

/// <summary>A self-judgement against a theme, in the words of the area SEND inspection's outcomes.</summary>
public enum Judgement
{
    NotYetJudged,
    TypicallyPositive,
    Inconsistent,
    SignificantConcerns,
}

/// <summary>A theme of the area's self-assessment template: editable, starting from the area SEND inspection framework.</summary>
public sealed class SelfAssessmentTheme
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public int Order { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Prompt { get; set; } = string.Empty;

    public bool Retired { get; set; }
}

/// <summary>One cycle of the self-assessment (Stockport: bi-annual). Each cycle is a version; cycles are compared.</summary>
public sealed class SelfAssessmentCycle
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public string Name { get; set; } = string.Empty;

    public LocalDate StartedOn { get; set; }

    public List<SelfAssessmentEntry> Entries { get; set; } = [];
}

/// <summary>What the partnership says about one theme in one cycle.</summary>
public sealed class SelfAssessmentEntry
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid CycleId { get; set; }

    public Guid ThemeId { get; set; }

    /// <summary>The theme's title when the cycle began, so a later edit of the template does not rewrite history.</summary>
    public string ThemeTitle { get; set; } = string.Empty;

    public int Order { get; set; }

    public string Strengths { get; set; } = string.Empty;

    public string AreasForDevelopment { get; set; } = string.Empty;

    public List<EvidenceLink> Evidence { get; set; } = [];

    public Judgement Judgement { get; set; }
}

public enum ThemeChange
{
    Unchanged,
    Improved,
    Declined,
    Rejudged,
    Added,
    Removed,
}

public sealed record ThemeComparison(Guid ThemeId, string Title, SelfAssessmentEntry? Before, SelfAssessmentEntry? After, ThemeChange Change, bool TextChanged);

public static class SelfAssessments
{
    /// <summary>The themes of the area SEND inspection framework (Ofsted and CQC, 2023), the starting template.</summary>
    public static readonly IReadOnlyList<(string Title, string Prompt)> InspectionFramework =
    [
        ("Needs are identified accurately and assessed in a timely and effective way", "Identification of needs, timeliness of assessment and of EHC plans."),
        ("Children, young people and families participate in decisions about their plans and support", "Voice in individual plans, co-production, information and the Local Offer."),
        ("Children and young people receive the right help at the right time", "Access to education, health and care support; waiting times; 'waiting well'."),
        ("Children and young people are well prepared for their next steps and achieve strong outcomes", "Transitions, preparing for adulthood, attainment, employment."),
        ("Children and young people are valued, visible and included in their communities", "Inclusion, attendance, exclusions, short breaks and leisure."),
        ("Leaders are ambitious and have an accurate, shared understanding of need", "Strategy, JSNA, data and the self-assessment itself."),
        ("Leaders commission services to meet needs, evaluate them and make improvements", "Joint commissioning, sufficiency, quality assurance of plans."),
        ("Leaders create an environment in which effective practice and multi-agency working can flourish", "Workforce development, partnership governance, risk management."),
    ];

    private static int Rank(Judgement j) => j switch
    {
        Judgement.TypicallyPositive => 3,
        Judgement.Inconsistent => 2,
        Judgement.SignificantConcerns => 1,
        _ => 0,
    };

    /// <summary>Theme by theme, how the later cycle differs from the earlier one.</summary>
    public static IReadOnlyList<ThemeComparison> Compare(SelfAssessmentCycle before, SelfAssessmentCycle after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var themes = before.Entries.Select(e => (e.ThemeId, e.Order, e.ThemeTitle))
            .Concat(after.Entries.Select(e => (e.ThemeId, e.Order, e.ThemeTitle)))
            .GroupBy(t => t.ThemeId).Select(g => g.Last()).OrderBy(t => t.Order);
        return [.. themes.Select(t =>
        {
            var b = before.Entries.FirstOrDefault(e => e.ThemeId == t.ThemeId);
            var a = after.Entries.FirstOrDefault(e => e.ThemeId == t.ThemeId);
            var change = (b, a) switch
            {
                (null, _) => ThemeChange.Added,
                (_, null) => ThemeChange.Removed,
                _ when b.Judgement == a.Judgement => ThemeChange.Unchanged,
                _ when Rank(b.Judgement) == 0 || Rank(a.Judgement) == 0 => ThemeChange.Rejudged,
                _ => Rank(a.Judgement) > Rank(b.Judgement) ? ThemeChange.Improved : ThemeChange.Declined,
            };
            var textChanged = b is not null && a is not null && (b.Strengths != a.Strengths || b.AreasForDevelopment != a.AreasForDevelopment);
            return new ThemeComparison(t.ThemeId, t.ThemeTitle, b, a, change, textChanged);
        })];
    }
}
