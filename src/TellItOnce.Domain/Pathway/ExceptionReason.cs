namespace TellItOnce.Domain.Pathway;

/// <summary>
/// Why a statutory time limit need not be met (SEND Regulations 2014, regs 5(4), 8(2), 10(4), 13(3)).
/// Which reasons apply to which milestone is decided by <see cref="ExceptionRules"/>.
/// </summary>
public enum ExceptionReason
{
    /// <summary>Advice was asked of a school or college from one week before a closure of at least 4 weeks until one week before it re-opens.</summary>
    SchoolClosure,

    /// <summary>The same, for an early-years provider.</summary>
    EarlyYearsClosure,

    /// <summary>Exceptional personal circumstances affect the child, the parent or the young person.</summary>
    ExceptionalPersonalCircumstances,

    /// <summary>The child, the parent or the young person is away from the council's area for at least 4 continuous weeks.</summary>
    AbsentFromArea,

    /// <summary>The child or young person missed an appointment for an examination or test (advice only).</summary>
    MissedAppointment,
}
