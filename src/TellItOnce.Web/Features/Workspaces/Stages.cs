using TellItOnce.Domain.Cases;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>Plain-English names of pathway stages: for staff, and for families (who should never need the jargon).</summary>
public static class Stages
{
    public static string ForStaff(CaseStage stage) => stage switch
    {
        CaseStage.NewRequest => "New request",
        CaseStage.Deciding => "Deciding whether to assess",
        CaseStage.Assessing => "Assessing",
        CaseStage.DraftIssued => "Draft plan out for comment",
        CaseStage.PlanIssued => "Plan issued",
        CaseStage.InAnnualReview => "In annual review",
        CaseStage.NotAssessed => "Decided not to assess",
        CaseStage.NotIssued => "Decided not to issue a plan",
        CaseStage.Ceased => "Plan ceased",
        CaseStage.TransferredOut => "Transferred to another area",
        _ => stage.ToString(),
    };

    public static string ForFamily(CaseStage stage) => stage switch
    {
        CaseStage.NewRequest => "The council has received the request for an assessment",
        CaseStage.Deciding => "The council is deciding whether to carry out an assessment",
        CaseStage.Assessing => "The council is gathering advice about your child's needs",
        CaseStage.DraftIssued => "A draft plan has been sent to you for your comments",
        CaseStage.PlanIssued => "An education, health and care plan is in place",
        CaseStage.InAnnualReview => "The plan is being reviewed",
        CaseStage.NotAssessed => "The council decided not to carry out an assessment",
        CaseStage.NotIssued => "The council decided not to issue a plan",
        CaseStage.Ceased => "The plan has ended",
        CaseStage.TransferredOut => "The plan has moved to the council of the area you moved to",
        _ => stage.ToString(),
    };
}
