namespace TellItOnce.Domain.Pathway;

/// <summary>Stable keys for milestones; safe to store and to use in URLs.</summary>
public static class MilestoneKeys
{
    public const string DecisionToAssess = "decision-to-assess";
    public const string Advice = "advice";
    public const string DecisionNotToIssue = "decision-not-to-issue";
    public const string DraftCommentsClose = "draft-comments-close";
    public const string FinalPlan = "final-plan";
    public const string AnnualReview = "annual-review";
    public const string ReviewReport = "review-report";
    public const string ReviewContributions = "review-contributions";
    public const string ReviewDecision = "review-decision";
    public const string AmendmentCommentsClose = "amendment-comments-close";
    public const string AmendedPlan = "amended-plan";
    public const string PhaseTransfer = "phase-transfer";
    public const string MediationCertificate = "mediation-certificate";
    public const string MediationHeld = "mediation-held";
    public const string TribunalAppeal = "tribunal-appeal";
    public const string PlanCeases = "plan-ceases";
    public const string TransferOut = "transfer-out";
    public const string TransferDecision = "transfer-decision";
    public const string TransferReview = "transfer-review";
    public const string TribunalOrder = "tribunal-order";
    public const string ComplaintResponse = "complaint-response";
}
