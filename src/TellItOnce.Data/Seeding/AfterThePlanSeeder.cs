using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Plans;

namespace TellItOnce.Data.Seeding;

/// <summary>
/// Demo data after the plan, on cases the demo area already has: review results per outcome on past reviews, a family in
/// mediation, an appeal waiting for its hearing, an agreed personal budget, and a complaint waiting for a reply. Each is
/// made through the domain's own steps, so the demo cannot hold what the rules would refuse.
/// </summary>
public sealed class AfterThePlanSeeder(AppDbContext db)
{
    private static readonly string[] Outcomes =
    [
        "Reads and understands a short book of their choice",
        "Tells an adult when they are worried, using words or symbols",
        "Plays a turn-taking game with two friends at break time",
        "Travels to school with a friend rather than an adult",
        "Writes a paragraph of five sentences independently",
    ];

    public async Task SeedAsync(Area area, LocalDate today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(area);
        var cases = await db.Cases.Where(c => c.AreaId == area.Id).OrderBy(c => c.Reference).ToListAsync(ct);
        var reviewed = cases.Where(c => c.Stage == CaseStage.PlanIssued && c.LastReviewOn is not null).Take(12).ToList();
        for (var i = 0; i < reviewed.Count; i++)
        {
            var c = reviewed[i];
            for (var j = 0; j < 3; j++)
            {
                c.OutcomeResults.Add(new ReviewOutcomeResult
                {
                    Id = Guid.CreateVersion7(),
                    CaseId = c.Id,
                    ReviewMeetingOn = c.LastReviewOn!.Value,
                    OutcomeId = Guid.CreateVersion7(),
                    OutcomeText = Outcomes[(i + j) % Outcomes.Length],
                    Progress = (OutcomeProgress)((i + j) % 3),
                });
            }
        }

        // Plans under review carry their outcomes, so the review can record progress against each.
        foreach (var c in cases.Where(c => c.Stage == CaseStage.InAnnualReview && c.ReviewMeetingOn <= today))
        {
            db.PlanVersions.Add(new PlanVersion
            {
                Id = Guid.CreateVersion7(),
                AreaId = c.AreaId,
                CaseId = c.Id,
                Number = 1,
                Kind = PlanVersionKind.Final,
                IssuedOn = c.LatestPlanIssuedOn,
                Outcomes = [.. Outcomes.Take(2).Select(text => new PlanOutcome { Id = Guid.CreateVersion7(), Text = text, ByWhen = "By the end of the school year" })],
            });
        }

        if (cases.Where(c => c.Stage == CaseStage.NotAssessed).MaxBy(c => c.DecisionToAssessOn) is { } refused)
        {
            var notified = refused.DecisionToAssessOn!.Value;
            Require(refused.RequestMediation(new MediationCase
            {
                Id = Guid.CreateVersion7(),
                Subject = DisputeSubject.RefusalToAssess,
                DecisionNotifiedOn = notified,
                AdviserContactedOn = LocalDate.Min(notified.PlusDays(5), today),
                WantsMediation = true,
            }, today));
        }

        if (cases.FirstOrDefault(c => c.Stage == CaseStage.NotIssued && c.DecisionNotToIssueOn <= today.PlusDays(-10)) is { } notIssued)
        {
            var notified = notIssued.DecisionNotToIssueOn!.Value;
            var mediation = new MediationCase { Id = Guid.CreateVersion7(), Subject = DisputeSubject.RefusalToIssue, DecisionNotifiedOn = notified, AdviserContactedOn = notified.PlusDays(2) };
            Require(notIssued.RequestMediation(mediation, today));
            Require(notIssued.RecordMediationCertificate(mediation.Id, notified.PlusDays(4), today));
            var appeal = new TribunalAppeal { Id = Guid.CreateVersion7(), Subject = DisputeSubject.RefusalToIssue, DecisionNotifiedOn = notified, RegisteredOn = notified.PlusDays(9) };
            Require(notIssued.RegisterAppeal(appeal, today));
            Require(notIssued.ScheduleHearing(appeal.Id, today.PlusWeeks(10)));
        }

        var inForce = cases.Where(c => c.Stage == CaseStage.PlanIssued && c.OutcomeResults.Count == 0).ToList();
        if (inForce.Count >= 2)
        {
            var budget = new PersonalBudgetRequest
            {
                Id = Guid.CreateVersion7(),
                RequestedOn = today.PlusDays(-30),
                EducationRequested = 2400,
                SocialCareRequested = 1200,
                Arrangement = BudgetArrangement.DirectPayment,
            };
            Require(inForce[0].RequestPersonalBudget(budget, today));
            Require(inForce[0].DecidePersonalBudget(budget.Id, true, today.PlusDays(-9), new BudgetAmounts(2000, null, 1200), null, today));

            Require(inForce[1].RecordComplaint(new Complaint
            {
                Id = Guid.CreateVersion7(),
                ReceivedOn = today.PlusDays(-6),
                Stage = 1,
                ResponseWorkingDays = 10,
                Summary = "The speech and language therapy in section F has not been delivered since September.",
            }, today));
        }

        await SeedTransferAsync(cases.Where(c => c.Stage == CaseStage.PlanIssued && c.OutcomeResults.Count == 0).Skip(2).FirstOrDefault(), today, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A neighbouring area in the same installation, and one family who moved there with their plan.</summary>
    private async Task SeedTransferAsync(EhcCase? moving, LocalDate today, CancellationToken ct)
    {
        if (moving is null)
        {
            return;
        }

        var southvale = await db.Areas.SingleOrDefaultAsync(a => a.Slug == "southvale", ct)
            ?? db.Areas.Add(new Area { Id = Guid.CreateVersion7(), LaCode = "991", Name = "Southvale", Slug = "southvale", ReferencePrefix = "SV" }).Entity;
        Require(moving.TransferOut(southvale.Id, today.PlusDays(-40), today.PlusDays(-21), today.PlusDays(-21), today));
        var received = moving.ReceiveTransfer(Guid.CreateVersion7(), $"{southvale.ReferencePrefix}-{today.Year}-0001");
        db.Cases.Add(received);
        var child = await db.Children.SingleAsync(c => c.Id == moving.ChildId, ct);
        child.AreaId = southvale.Id;
    }

    private static void Require(IReadOnlyList<PathwayError> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Demo data broke a rule: " + string.Join("; ", errors.Select(e => e.Message)));
        }
    }
}
