using System.Collections.Frozen;

namespace TellItOnce.Domain.Pathway;

/// <summary>
/// Which exception reasons lift which time limit. Taken from the text of the SEND Regulations 2014
/// (see docs/adr/0003-statutory-timescales.md): the council's own limits (regs 5(4), 10(4), 13(3))
/// list closures, exceptional personal circumstances and absence; the 6 weeks for advice
/// (reg 8(2)) lists exceptional circumstances, absence and a missed appointment, but not closures.
/// Every other milestone has no exceptions.
/// </summary>
public static class ExceptionRules
{
    private const int FourWeeks = 28;

    private static readonly FrozenSet<ExceptionReason> None = FrozenSet<ExceptionReason>.Empty;

    private static readonly FrozenSet<ExceptionReason> CouncilTimeLimits = new[]
    {
        ExceptionReason.SchoolClosure,
        ExceptionReason.EarlyYearsClosure,
        ExceptionReason.ExceptionalPersonalCircumstances,
        ExceptionReason.AbsentFromArea,
    }.ToFrozenSet();

    private static readonly FrozenSet<ExceptionReason> AdviceTimeLimit = new[]
    {
        ExceptionReason.ExceptionalPersonalCircumstances,
        ExceptionReason.AbsentFromArea,
        ExceptionReason.MissedAppointment,
    }.ToFrozenSet();

    /// <summary>The reasons that lift the time limit of the milestone with this key (empty if none do).</summary>
    public static IReadOnlySet<ExceptionReason> ReasonsFor(string milestoneKey) => milestoneKey switch
    {
        MilestoneKeys.DecisionToAssess or MilestoneKeys.DecisionNotToIssue or MilestoneKeys.FinalPlan => CouncilTimeLimits,
        MilestoneKeys.Advice => AdviceTimeLimit,
        _ => None,
    };

    public static bool AppliesTo(this ExceptionReason reason, string milestoneKey) => ReasonsFor(milestoneKey).Contains(reason);

    /// <summary>The shortest period the law allows for this reason: 4 continuous weeks for closures and absence, otherwise one day.</summary>
    public static int MinimumLengthInDays(ExceptionReason reason) => reason switch
    {
        ExceptionReason.SchoolClosure or ExceptionReason.EarlyYearsClosure or ExceptionReason.AbsentFromArea => FourWeeks,
        _ => 1,
    };

    /// <summary>Plain-English description of a reason, for families and caseworkers.</summary>
    public static string Describe(ExceptionReason reason) => reason switch
    {
        ExceptionReason.SchoolClosure =>
            "The council asked the school or college for advice from one week before it closed for at least 4 weeks until one week before it re-opened.",
        ExceptionReason.EarlyYearsClosure =>
            "The council asked the nursery or early-years provider for advice from one week before it closed for at least 4 weeks until one week before it re-opened.",
        ExceptionReason.ExceptionalPersonalCircumstances =>
            "Exceptional personal circumstances affected the child, the parent or the young person.",
        ExceptionReason.AbsentFromArea =>
            "The child, the parent or the young person was away from the council's area for at least 4 weeks in a row.",
        ExceptionReason.MissedAppointment =>
            "An appointment for an examination or test was missed.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown exception reason."),
    };
}
