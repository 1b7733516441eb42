using NodaTime;

namespace TellItOnce.Domain.Pathway;

/// <summary>
/// One statutory deadline, worked out from what happened.
/// </summary>
/// <param name="Key">One of <see cref="MilestoneKeys"/>.</param>
/// <param name="Title">Short plain-English name.</param>
/// <param name="Explanation">One or two sentences a parent understands.</param>
/// <param name="Regulation">The legal source.</param>
/// <param name="Start">The date the period runs from.</param>
/// <param name="Due">The statutory due date: never moved by exceptions, weekends or bank holidays.</param>
/// <param name="Excepted">True when an applicable exception covers at least one day from Start to Due.</param>
/// <param name="AdjustedDue">Due plus the number of distinct applicable exception days from Start to Due.</param>
public sealed record Milestone(
    string Key,
    string Title,
    string Explanation,
    string Regulation,
    LocalDate Start,
    LocalDate Due,
    bool Excepted,
    LocalDate AdjustedDue);
