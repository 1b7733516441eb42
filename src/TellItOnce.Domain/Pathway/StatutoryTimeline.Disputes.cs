using NodaTime;

namespace TellItOnce.Domain.Pathway;

/// <summary>What a First-tier Tribunal (SEND) order requires of the council (SEND Regulations 2014, regulation 44(2)).</summary>
public enum TribunalOrder
{
    /// <summary>No order: the appeal was dismissed (other than on ceasing), withdrawn or conceded without an order.</summary>
    None,

    /// <summary>Dismisses an appeal against ceasing: the plan ceases immediately (44(2)(a)).</summary>
    CeasingUpheld,

    /// <summary>Arrange an EHC needs assessment or reassessment (44(2)(b)).</summary>
    Assess,

    /// <summary>Make and maintain an EHC plan (44(2)(c)).</summary>
    MakePlan,

    /// <summary>Refer the case back for the council to reconsider (44(2)(d)).</summary>
    Reconsider,

    /// <summary>Amend the needs or provision in the plan, sections B, F and the like (44(2)(e)).</summary>
    AmendContents,

    /// <summary>Amend the school or other institution named in section I (44(2)(f)).</summary>
    AmendPlacement,

    /// <summary>Continue to maintain the plan, a ceasing appeal allowed (44(2)(g)).</summary>
    ContinueToMaintain,

    /// <summary>Continue to maintain the plan and amend it (44(2)(h)).</summary>
    ContinueAndAmend,
}

/// <summary>
/// Deadlines after the plan is in force: ceasing, moving between areas, tribunal orders, complaints.
/// Counting as in the rest of the engine; working-day periods skip weekends and bank holidays.
/// </summary>
public static partial class StatutoryTimeline
{
    private const string CodeOfPractice = "SEND Code of Practice 0 to 25 (2015), ";

    /// <summary>
    /// A decision to cease is notified with the right to appeal; the council keeps the plan until the time to appeal
    /// has passed (2 months, or 1 month after a mediation certificate, whichever is later) or an appeal is decided.
    /// </summary>
    public static Milestone PlanCeasesFrom(LocalDate decisionNotified, LocalDate? mediationCertificateIssued)
    {
        var appeal = TribunalAppealDeadline(decisionNotified, mediationCertificateIssued);
        return Create(
            MilestoneKeys.PlanCeases,
            "Plan can cease",
            "After deciding to stop the plan, the council must keep it in place until the time to appeal has passed, or until any appeal is decided.",
            SendRegulations + "regulations 29 to 31; Children and Families Act 2014, section 45; " + CodeOfPractice + "paragraphs 9.199 to 9.210",
            decisionNotified,
            appeal.Due);
    }

    /// <summary>
    /// The old council sends the plan on the day of the move when it had at least 15 working days' notice; otherwise
    /// within 15 working days beginning with the day it learned of the move.
    /// </summary>
    public static Milestone TransferOutDue(LocalDate learnedOfMove, LocalDate movedOn, BankHolidays holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var fifteenthWorkingDay = holidays.AddWorkingDays(learnedOfMove.PlusDays(-1), 15);
        return Create(
            MilestoneKeys.TransferOut,
            "Plan transferred to the new council",
            "When a family moves, the old council must send the plan to the new council on the day of the move, or within 15 working days of learning of the move if it had less notice than that.",
            SendRegulations + "regulation 15",
            learnedOfMove,
            fifteenthWorkingDay < movedOn ? movedOn : fifteenthWorkingDay);
    }

    /// <summary>6 weeks from the transfer for the new council to say whether it will reassess and when it will review.</summary>
    public static Milestone TransferDecisionDue(LocalDate transferredOn) =>
        Create(
            MilestoneKeys.TransferDecision,
            "New council says whether it will reassess",
            "Within 6 weeks of the plan transferring, the new council must tell you that it now maintains the plan, whether it will carry out a new needs assessment, and when it will review the plan.",
            SendRegulations + "regulation 15",
            transferredOn,
            transferredOn.PlusWeeks(6));

    /// <summary>The new council's first review: 12 months from the plan's issue or last review, or 3 months from the transfer, whichever is later.</summary>
    public static Milestone TransferredPlanReviewDue(LocalDate transferredOn, LocalDate planIssuedOrLastReview) =>
        Create(
            MilestoneKeys.TransferReview,
            "First review by the new council",
            "The new council must review the plan within 12 months of it being issued or last reviewed, or within 3 months of the transfer, whichever is later.",
            SendRegulations + "regulation 15",
            transferredOn,
            LocalDate.Max(planIssuedOrLastReview.PlusMonths(12), transferredOn.PlusMonths(3)));

    /// <summary>What a tribunal order requires and by when (regulation 44(2)); an order with nothing to do has none.</summary>
    public static IReadOnlyList<Milestone> TribunalOrderDue(TribunalOrder order, LocalDate orderMade)
    {
        Milestone Due(string title, string explanation, string paragraph, int weeks) =>
            Create(MilestoneKeys.TribunalOrder, title, explanation, SendRegulations + "regulation 44(2)" + paragraph, orderMade, orderMade.PlusWeeks(weeks));
        return order switch
        {
            TribunalOrder.CeasingUpheld => [Due("Plan ceases after the tribunal", "The tribunal dismissed the appeal against ceasing: the council stops the plan straight away.", "(a)", 0)],
            TribunalOrder.Assess =>
            [
                Due("Tell the family the assessment will happen", "The council must tell you within 2 weeks of the order that it will carry out the assessment.", "(b)", 2),
                Due("Decide not to issue a plan after the ordered assessment", "If, after the assessment, the council decides not to issue a plan it must tell you within 10 weeks of the order.", "(b)(i)", 10),
                Due("Final plan after the ordered assessment", "If the council issues a plan after the assessment, it must send you the final plan within 14 weeks of the order.", "(b)(ii)", 14),
            ],
            TribunalOrder.MakePlan =>
            [
                Due("Draft plan after the tribunal", "The council must send you a draft plan within 5 weeks of the order.", "(c)(i)", 5),
                Due("Final plan after the tribunal", "The council must send you the final plan within 11 weeks of the order.", "(c)(ii)", 11),
            ],
            TribunalOrder.Reconsider => [Due("Reconsider after the tribunal", "The council must reconsider and tell you its decision within 2 weeks of the order.", "(d)", 2)],
            TribunalOrder.AmendContents or TribunalOrder.ContinueAndAmend =>
                [Due("Amended plan after the tribunal", "The council must send you the amended plan within 5 weeks of the order.", order == TribunalOrder.AmendContents ? "(e)" : "(h)", 5)],
            TribunalOrder.AmendPlacement => [Due("Name the school or college after the tribunal", "The council must send you the plan naming the school or college within 2 weeks of the order.", "(f)", 2)],
            TribunalOrder.ContinueToMaintain => [Due("Plan continues after the tribunal", "The council must keep the plan in place from the day of the order.", "(g)", 0)],
            _ => [],
        };
    }

    /// <summary>A complaint is answered within the council's own timescale, set in working days for each stage of its procedure.</summary>
    public static Milestone ComplaintResponseDue(LocalDate received, int workingDays, BankHolidays holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        return Create(
            MilestoneKeys.ComplaintResponse,
            "Reply to the complaint",
            $"The council's complaints procedure promises a reply within {workingDays} working days of receiving the complaint.",
            "The council's complaints procedure (Local Government and Social Care Ombudsman guidance)",
            received,
            holidays.AddWorkingDays(received, workingDays));
    }
}
