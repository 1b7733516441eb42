using NodaTime;

namespace TellItOnce.Domain.Pathway;

/// <summary>
/// The statutory deadlines of the EHC pathway, worked out from the dates things happened.
/// Pure: never reads a clock. Counting (docs/adr/0003-statutory-timescales.md): the day something
/// is received or sent is day 0, so "within 6 weeks" is +42 days; "15 days beginning with" the day
/// served is +14; months are calendar months, clamped to the end of a shorter month. Weekends and
/// bank holidays never move a date, except for periods set in working days.
/// </summary>
public static partial class StatutoryTimeline
{
    private const string SendRegulations = "SEND Regulations 2014, ";

    /// <summary>
    /// The assessment timeline, in this order: decision to assess, advice (only once advice is requested),
    /// decision not to issue, draft comments close (only once a draft is issued), final plan.
    /// </summary>
    public static IReadOnlyList<Milestone> ForAssessment(AssessmentTimelineInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.AdviceRequested < input.RequestReceived)
        {
            throw new ArgumentException("Advice cannot be requested before the request for an assessment was received.", nameof(input));
        }

        if (input.DraftIssued < input.RequestReceived)
        {
            throw new ArgumentException("A draft plan cannot be issued before the request for an assessment was received.", nameof(input));
        }

        var exceptions = input.Exceptions;
        var milestones = new List<Milestone> { DecisionToAssessDue(input.RequestReceived, exceptions) };
        if (input.AdviceRequested is { } adviceRequested)
        {
            milestones.Add(AdviceDue(adviceRequested, exceptions));
        }

        milestones.Add(DecisionNotToIssueDue(input.RequestReceived, exceptions));
        if (input.DraftIssued is { } draftIssued)
        {
            milestones.Add(DraftCommentsClose(draftIssued));
        }

        milestones.Add(FinalPlanDue(input.RequestReceived, exceptions));
        return milestones;
    }

    /// <summary>6 weeks from receiving the request to telling the family whether the council will assess.</summary>
    public static Milestone DecisionToAssessDue(LocalDate requestReceived, IReadOnlyList<PathwayException>? exceptions = null) =>
        Create(
            MilestoneKeys.DecisionToAssess,
            "Decide whether to assess",
            "The council must tell you within 6 weeks of receiving the request whether it will carry out an EHC needs assessment.",
            SendRegulations + "regulation 5(1)",
            requestReceived,
            requestReceived.PlusWeeks(6),
            exceptions);

    /// <summary>6 weeks from asking a professional, school or service for advice to receiving it.</summary>
    public static Milestone AdviceDue(LocalDate adviceRequested, IReadOnlyList<PathwayException>? exceptions = null) =>
        Create(
            MilestoneKeys.Advice,
            "Advice for the assessment",
            "Each professional or service the council asks for advice must give it within 6 weeks of being asked.",
            SendRegulations + "regulation 8(1)",
            adviceRequested,
            adviceRequested.PlusWeeks(6),
            exceptions);

    /// <summary>16 weeks from the request to telling the family, after an assessment, that no plan will be issued.</summary>
    public static Milestone DecisionNotToIssueDue(LocalDate requestReceived, IReadOnlyList<PathwayException>? exceptions = null) =>
        Create(
            MilestoneKeys.DecisionNotToIssue,
            "Decide whether to issue a plan",
            "If, after the assessment, the council decides not to issue an EHC plan, it must tell you within 16 weeks of receiving the request.",
            SendRegulations + "regulation 10(1)",
            requestReceived,
            requestReceived.PlusWeeks(16),
            exceptions);

    /// <summary>At least 15 days, beginning with the day the draft is served, for the family to comment and name a setting.</summary>
    public static Milestone DraftCommentsClose(LocalDate draftIssued) =>
        Create(
            MilestoneKeys.DraftCommentsClose,
            "Comment on the draft plan",
            "You have at least 15 days, starting on the day the draft plan is sent to you, to comment on it and to ask for a particular school or college to be named.",
            SendRegulations + "regulation 13(1)(a)",
            draftIssued,
            draftIssued.PlusDays(14));

    /// <summary>20 weeks from the request to sending the final plan.</summary>
    public static Milestone FinalPlanDue(LocalDate requestReceived, IReadOnlyList<PathwayException>? exceptions = null) =>
        Create(
            MilestoneKeys.FinalPlan,
            "Final plan issued",
            "The council must send you the final EHC plan within 20 weeks of receiving the request.",
            SendRegulations + "regulation 13(2)",
            requestReceived,
            requestReceived.PlusWeeks(20),
            exceptions);

    /// <summary>12 calendar months from the plan's issue or last review (29 February becomes 28 February).</summary>
    public static Milestone AnnualReviewDue(LocalDate planIssuedOrLastReview) =>
        Create(
            MilestoneKeys.AnnualReview,
            "Annual review",
            "The plan must be reviewed at least once every 12 months, counted from when it was issued or last reviewed.",
            "Children and Families Act 2014, section 44(1); SEND Regulations 2014, regulations 18 to 21",
            planIssuedOrLastReview,
            planIssuedOrLastReview.PlusMonths(12));

    /// <summary>2 weeks from the review meeting for the report of the meeting to go to everyone involved.</summary>
    public static Milestone ReviewReportDue(LocalDate reviewMeeting) =>
        Create(
            MilestoneKeys.ReviewReport,
            "Review meeting report",
            "A report of the review meeting must be sent to you and everyone involved within 2 weeks of the meeting.",
            SendRegulations + "regulations 20 and 21",
            reviewMeeting,
            reviewMeeting.PlusWeeks(2));

    /// <summary>4 weeks from the review meeting for the council to decide to keep, change or stop the plan; proposed changes go with it.</summary>
    public static Milestone ReviewDecisionDue(LocalDate reviewMeeting) =>
        Create(
            MilestoneKeys.ReviewDecision,
            "Decision after the review",
            "The council must tell you within 4 weeks of the review meeting whether it will keep the plan as it is, change it or stop it. If it wants to change the plan, it must send you the proposed changes by then.",
            SendRegulations + "regulations 20 to 22; R (L, M and P) v Devon County Council [2022] EWHC 493 (Admin)",
            reviewMeeting,
            reviewMeeting.PlusWeeks(4));

    /// <summary>At least 15 days, beginning with the day the proposed amendments are served, to comment.</summary>
    public static Milestone AmendmentCommentsClose(LocalDate proposedAmendmentsIssued) =>
        Create(
            MilestoneKeys.AmendmentCommentsClose,
            "Comment on the proposed changes",
            "You have at least 15 days, starting on the day the proposed changes are sent to you, to comment on them and to ask for a particular school or college to be named.",
            SendRegulations + "regulation 22(2)(c)",
            proposedAmendmentsIssued,
            proposedAmendmentsIssued.PlusDays(14));

    /// <summary>8 weeks from sending the proposed amendments to sending the final amended plan.</summary>
    public static Milestone AmendedPlanDue(LocalDate proposedAmendmentsIssued) =>
        Create(
            MilestoneKeys.AmendedPlan,
            "Amended plan issued",
            "If the council goes ahead with changes to the plan, it must send you the final amended plan within 8 weeks of sending you the proposed changes.",
            SendRegulations + "regulation 22(3)",
            proposedAmendmentsIssued,
            proposedAmendmentsIssued.PlusWeeks(8));

    /// <summary>The review before a phase transfer: runs from 12 months before the move to the reg 18 deadline.</summary>
    public static Milestone PhaseTransferDue(PhaseTransfer transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        var (title, explanation) = transfer.Phase switch
        {
            Phase.Reception => ("Name the school for Reception", "Before your child starts school, the council must review the plan and name the school by 15 February of the year they start."),
            Phase.Year3 => ("Name the junior school", "Before your child moves from infant to junior school, the council must review the plan and name the new school by 15 February of the year they move."),
            Phase.Year7 => ("Name the secondary school", "Before your child moves to secondary school, the council must review the plan and name the new school by 15 February of the year they move."),
            Phase.Post16 => ("Name the post-16 school or college", "Before the move from secondary school to a sixth form or college, the council must review the plan and name the new school or college by 31 March of the year of the move."),
            _ => throw new ArgumentOutOfRangeException(nameof(transfer), transfer.Phase, "Unknown phase."),
        };
        return Create(
            MilestoneKeys.PhaseTransfer,
            title,
            explanation,
            SendRegulations + "regulation 18(1)",
            transfer.Starts.PlusMonths(-12),
            transfer.Deadline);
    }

    /// <summary>3 working days from the family telling the mediation adviser (weekends and bank holidays do not count).</summary>
    public static Milestone MediationCertificateDue(LocalDate mediationRequested, BankHolidays holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        return Create(
            MilestoneKeys.MediationCertificate,
            "Mediation certificate",
            "The mediation adviser must give you a mediation certificate within 3 working days of you telling them you do not want mediation, or of the mediation ending. Weekends and bank holidays do not count.",
            SendRegulations + "regulations 34 and 39",
            mediationRequested,
            holidays.AddWorkingDays(mediationRequested, 3));
    }

    /// <summary>30 days from the council being told the family wants mediation to the mediation taking place.</summary>
    public static Milestone MediationHeldBy(LocalDate mediationNotified) =>
        Create(
            MilestoneKeys.MediationHeld,
            "Mediation meeting",
            "If you choose mediation, it must take place within 30 days of the council being told.",
            "Children and Families Act 2014, sections 53 and 54; SEND Regulations 2014, regulations 35 to 37",
            mediationNotified,
            mediationNotified.PlusDays(30));

    /// <summary>The later of 2 months after the decision was notified and 1 month after a mediation certificate was issued.</summary>
    public static Milestone TribunalAppealDeadline(LocalDate decisionNotified, LocalDate? mediationCertificateIssued)
    {
        if (mediationCertificateIssued < decisionNotified)
        {
            throw new ArgumentException("A mediation certificate cannot be issued before the decision it is about.", nameof(mediationCertificateIssued));
        }

        var twoMonthsAfterDecision = decisionNotified.PlusMonths(2);
        var due = mediationCertificateIssued is { } certificate
            ? LocalDate.Max(twoMonthsAfterDecision, certificate.PlusMonths(1))
            : twoMonthsAfterDecision;
        return Create(
            MilestoneKeys.TribunalAppeal,
            "Appeal to the tribunal",
            "You can appeal to the SEND Tribunal within 2 months of the council's decision letter, or within 1 month of getting a mediation certificate, whichever is later.",
            "Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, rule 20(1)",
            decisionNotified,
            due);
    }

    private static Milestone Create(
        string key,
        string title,
        string explanation,
        string regulation,
        LocalDate start,
        LocalDate due,
        IReadOnlyList<PathwayException>? exceptions = null)
    {
        var reasons = ExceptionRules.ReasonsFor(key);
        var applicable = (exceptions ?? []).Where(e => reasons.Contains(e.Reason));
        var exceptedDays = DistinctDaysWithin(start, due, applicable);
        return new Milestone(key, title, explanation, regulation, start, due, exceptedDays > 0, due.PlusDays(exceptedDays));
    }

    /// <summary>How many distinct days from start to due (inclusive) the exceptions cover; overlapping exceptions count a day once.</summary>
    private static int DistinctDaysWithin(LocalDate start, LocalDate due, IEnumerable<PathwayException> exceptions)
    {
        var clipped = exceptions
            .Select(e => (From: LocalDate.Max(e.From, start), To: LocalDate.Min(e.To, due)))
            .Where(p => p.From <= p.To)
            .OrderBy(p => p.From);

        var days = 0;
        LocalDate? countedTo = null;
        foreach (var (from, to) in clipped)
        {
            var firstUncounted = countedTo is { } c && c >= from ? c.PlusDays(1) : from;
            if (firstUncounted <= to)
            {
                days += Period.DaysBetween(firstUncounted, to) + 1;
                countedTo = to;
            }
        }

        return days;
    }
}
