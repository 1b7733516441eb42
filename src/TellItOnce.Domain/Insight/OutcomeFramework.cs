namespace TellItOnce.Domain.Insight;

/// <summary>
/// An area's outcomes framework, held as data: outcome statements (Stockport's "I statements", Stoke-on-Trent's
/// "Pots of Positivity"...), each measured by indicators. An area may keep several; the one in use feeds the scorecard.
/// </summary>
public sealed class OutcomeFramework
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The framework the area's scorecard shows.</summary>
    public bool InUse { get; set; }

    public List<OutcomeStatement> Statements { get; set; } = [];
}

/// <summary>One outcome the partnership works towards, in its own words ("My voice is heard and acted upon").</summary>
public sealed class OutcomeStatement
{
    public Guid Id { get; set; }

    public Guid FrameworkId { get; set; }

    public int Order { get; set; }

    public required string Text { get; set; }

    public string? Detail { get; set; }

    public List<OutcomeIndicator> Indicators { get; set; } = [];
}

/// <summary>Where an indicator's figures come from.</summary>
public enum IndicatorSource
{
    /// <summary>Computed from the case records by a measure of the dashboard's catalogue.</summary>
    Measure,

    /// <summary>Entered by hand each period (attainment, exclusions, a survey run elsewhere).</summary>
    Entered,

    /// <summary>Supplied each period by another part of TellItOnce (for example a survey) through an indicator value source.</summary>
    Linked,
}

public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>One way of telling whether an outcome is being achieved, with a target and a red-amber-green rule.</summary>
public sealed class OutcomeIndicator
{
    public Guid Id { get; set; }

    public Guid StatementId { get; set; }

    public int Order { get; set; }

    public required string Title { get; set; }

    public IndicatorSource Source { get; set; }

    /// <summary>For a computed indicator: the measure's key in the catalogue.</summary>
    public string? MeasureKey { get; set; }

    /// <summary>For a computed indicator: one row of the measure (for example "ASD"); empty for the measure's total.</summary>
    public string? MeasureGroup { get; set; }

    /// <summary>For a computed indicator: only children of this primary need (a need code).</summary>
    public string? FilterNeed { get; set; }

    /// <summary>For a computed indicator: only children of this age group (for example "16 to 19").</summary>
    public string? FilterAgeGroup { get; set; }

    /// <summary>For a linked indicator: which value source (for example "survey") and what in it (for example a question's id).</summary>
    public string? LinkedSource { get; set; }

    public string? LinkedReference { get; set; }

    /// <summary>"%", "number" or a unit of the area's choosing ("score out of 10").</summary>
    public string Unit { get; set; } = "%";

    public decimal? Target { get; set; }

    /// <summary>The far edge of amber: a value past the target is green, up to this is amber, beyond it red.</summary>
    public decimal? AmberThreshold { get; set; }

    public Direction Direction { get; set; }

    /// <summary>Who answers for it (a role or a team, not a private person's details).</summary>
    public string? Owner { get; set; }

    public List<IndicatorPeriod> Periods { get; set; } = [];
}

/// <summary>One period of an indicator: the value entered (for entered indicators) and the board's commentary.</summary>
public sealed class IndicatorPeriod
{
    public Guid Id { get; set; }

    public Guid IndicatorId { get; set; }

    /// <summary>A quarter, "2026-Q1".</summary>
    public required string Period { get; set; }

    public decimal? Value { get; set; }

    public string? Commentary { get; set; }
}
