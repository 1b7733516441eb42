using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace TellItOnce.Domain.Pathway;

/// <summary>
/// A recorded exception to the statutory time limits: the days it covers (both inclusive) and why.
/// </summary>
/// <remarks>
/// From and To are get-only so that a <c>with</c> expression cannot make an invalid period.
/// </remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "An 'exception' to a time limit is the statutory term (SEND Regulations 2014); this is not a System.Exception.")]
public sealed record PathwayException(LocalDate From, LocalDate To, ExceptionReason Reason)
{
    public LocalDate From { get; } = From;

    public LocalDate To { get; } = To >= From
        ? To
        : throw new ArgumentException($"An exception cannot end ({To:uuuu-MM-dd}) before it starts ({From:uuuu-MM-dd}).", nameof(To));

    /// <summary>Number of days covered, counting both the first and the last day.</summary>
    public int LengthInDays => Period.DaysBetween(From, To) + 1;

    /// <summary>
    /// False when the law requires a continuous period of at least 4 weeks for this reason
    /// (closures, absence from the area) and the recorded period is shorter. The timeline still
    /// applies the exception; this is for validating what a caseworker enters.
    /// </summary>
    public bool MeetsStatutoryMinimum => LengthInDays >= ExceptionRules.MinimumLengthInDays(Reason);
}
