using NodaTime;

namespace TellItOnce.Domain.Governance;

/// <summary>The board risk register's categories (Stockport's five, plus financial and inspection risks named in its board paper).</summary>
public enum RiskCategory
{
    Governance,
    Delivery,
    Assurance,
    Improvement,
    Partnership,
    Financial,
    Inspection,
}

public enum RiskTrend
{
    New,
    Improving,
    Stable,
    Worsening,
}

/// <summary>Likelihood times impact, each scored 1 (rare, minor) to 5 (almost certain, severe).</summary>
public readonly record struct RiskScore(int Likelihood, int Impact)
{
    public int Value => Likelihood * Impact;

    /// <summary>1-4 low (green), 5-11 medium (amber), 12-25 high (red).</summary>
    public Rag Rag => Value >= 12 ? Rag.Red : Value >= 5 ? Rag.Amber : Rag.Green;

    public string Band => Rag switch
    {
        Rag.Red => "High",
        Rag.Amber => "Medium",
        _ => "Low",
    };

    public static bool InRange(int score) => score is >= 1 and <= 5;
}

/// <summary>
/// A risk on the board's register. Its residual rating is not stored on it: each review records a dated score, and the
/// rating on any date is the latest review's, so the trend and history fall out of the reviews.
/// </summary>
public sealed class Risk
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    /// <summary>The register's short reference, for example "R03".</summary>
    public string Reference { get; set; } = string.Empty;

    public RiskCategory Category { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string OwnerName { get; set; } = string.Empty;

    public Guid? SubGroupId { get; set; }

    /// <summary>The score before any controls.</summary>
    public int InherentLikelihood { get; set; }

    public int InherentImpact { get; set; }

    public string Controls { get; set; } = string.Empty;

    public LocalDate NextReview { get; set; }

    /// <summary>Escalated to the health and care board.</summary>
    public bool Escalated { get; set; }

    public LocalDate AddedOn { get; set; }

    public List<RiskReview> Reviews { get; set; } = [];

    public RiskScore Inherent => new(InherentLikelihood, InherentImpact);
}

/// <summary>A dated review of a risk: the residual score with the controls in place, and why.</summary>
public sealed class RiskReview
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid RiskId { get; set; }

    public LocalDate On { get; set; }

    public int Likelihood { get; set; }

    public int Impact { get; set; }

    public string Note { get; set; } = string.Empty;

    public RiskScore Score => new(Likelihood, Impact);
}

public sealed record RiskPosition(RiskScore Residual, RiskTrend Trend, LocalDate? LastReviewed, bool ReviewOverdue);

public static class RiskRegister
{
    /// <summary>Risks scoring at least this are reported to the board (the red band).</summary>
    public const int BoardThreshold = 12;

    /// <summary>The risk as it stood on <paramref name="date"/>: the latest review's score (the inherent score before any review), and the trend from the review before.</summary>
    public static RiskPosition PositionOn(Risk risk, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var reviews = risk.Reviews.Where(r => r.On <= date).OrderBy(r => r.On).ThenBy(r => r.Id).ToList();
        if (reviews.Count == 0)
        {
            return new RiskPosition(risk.Inherent, RiskTrend.New, null, risk.NextReview < date);
        }

        var latest = reviews[^1].Score.Value;
        var previous = reviews.Count > 1 ? reviews[^2].Score.Value : risk.Inherent.Value;
        var trend = reviews.Count == 1 && latest == previous ? RiskTrend.Stable
            : latest < previous ? RiskTrend.Improving
            : latest > previous ? RiskTrend.Worsening
            : RiskTrend.Stable;
        return new RiskPosition(reviews[^1].Score, trend, reviews[^1].On, risk.NextReview < date);
    }

    /// <summary>How many risks sit in each cell of the 5 by 5 grid, keyed by (likelihood, impact).</summary>
    public static IReadOnlyDictionary<(int Likelihood, int Impact), int> HeatMap(IEnumerable<RiskScore> scores) =>
        scores.GroupBy(s => (s.Likelihood, s.Impact)).ToDictionary(g => g.Key, g => g.Count());
}
