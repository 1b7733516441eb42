using NodaTime;
using TellItOnce.Domain.Cases;

namespace TellItOnce.Web.Features.Cases.AfterThePlan;

/// <summary>The steps after the plan that make sense for a case now, as links for its "Next steps" list.</summary>
public static class StepLinks
{
    public static IReadOnlyList<(string Href, string Text)> For(EhcCase c, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(c);
        var links = new List<(string, string)>();
        void Add(string key, string text) => links.Add(($"/cases/{c.Id}/steps/{key}", text));
        if (c.Stage == CaseStage.InAnnualReview && c.ReviewMeetingOn <= today)
        {
            Add("review-outcomes", "Record progress towards the plan's outcomes");
        }

        if (c.Stage == CaseStage.PlanIssued && (c.CeasingProposedOn is null || c.CeasingDecision == false))
        {
            Add("propose-ceasing", "Propose to cease the plan");
        }

        if (c.Stage == CaseStage.PlanIssued && c.CeasingProposedOn is not null && c.CeasingDecision is null)
        {
            Add("ceasing-decision", "Decide whether to cease the plan");
        }

        if (c.Stage == CaseStage.PlanIssued && c.CeasingDecision == true)
        {
            Add("cease-plan", "Record that the plan has ceased");
        }

        if (c.Stage is CaseStage.PlanIssued or CaseStage.InAnnualReview)
        {
            Add("transfer-out", "Transfer the plan to another area");
        }

        if (c.TransferredIn && c.TransferDecisionOn is null && !EhcCase.Closed.Contains(c.Stage))
        {
            Add("transfer-decision", "Decide whether to reassess after the transfer");
        }

        if (c.Stage != CaseStage.TransferredOut)
        {
            if (c.AgreedToAssess == false || c.DecisionNotToIssueOn is not null || c.LatestPlanIssuedOn is not null)
            {
                Add("mediation", "Record that the family contacted a mediation adviser");
                Add("appeal", "Record an appeal to the SEND Tribunal");
            }

            Add("complaint", "Record a complaint");
        }

        if (c.Stage is CaseStage.DraftIssued or CaseStage.PlanIssued or CaseStage.InAnnualReview && c.PersonalBudgets.All(p => p.DecidedOn is not null))
        {
            Add("personal-budget", "Record a request for a personal budget");
        }

        return links;
    }
}
