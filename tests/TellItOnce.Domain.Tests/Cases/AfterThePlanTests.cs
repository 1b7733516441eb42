using NodaTime;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.Plans;

namespace TellItOnce.Domain.Tests.Cases;

/// <summary>Review results per outcome, ceasing outside a review, transfers, mediation and appeals, complaints, personal budgets.</summary>
public sealed class AfterThePlanTests
{
    private static readonly LocalDate Today = new(2026, 6, 1);

    private static EhcCase PlanInForce() => new()
    {
        Id = Guid.NewGuid(),
        AreaId = Guid.NewGuid(),
        Reference = "R-1",
        Stage = CaseStage.PlanIssued,
        RequestReceived = new LocalDate(2025, 1, 6),
        DecisionToAssessOn = new LocalDate(2025, 2, 10),
        AgreedToAssess = true,
        DraftIssuedOn = new LocalDate(2025, 4, 28),
        FinalIssuedOn = new LocalDate(2025, 5, 19),
        LatestPlanIssuedOn = new LocalDate(2025, 5, 19),
    };

    private static readonly PlanOutcome Reading = new() { Id = Guid.NewGuid(), Text = "Reads a short book", ByWhen = "July 2026" };
    private static readonly PlanOutcome Friends = new() { Id = Guid.NewGuid(), Text = "Plays with friends", ByWhen = "July 2026" };

    [Fact]
    public void A_review_records_each_outcome_met_partly_or_not_and_suggested_new_outcomes_one_row_each()
    {
        var c = PlanInForce();
        c.ScheduleReview(new LocalDate(2026, 5, 20), new LocalDate(2026, 5, 1), Today).ShouldBeEmpty();

        c.RecordOutcomeResults([Reading, Friends], [new(Reading.Id, OutcomeProgress.Met, "Reads daily")], [], Today)
            .ShouldHaveSingleItem().Field.ShouldBe("outcome-1");
        c.RecordOutcomeResults([Reading, Friends], [new(Reading.Id, OutcomeProgress.Met, "Reads daily"), new(Friends.Id, OutcomeProgress.PartlyMet, null)], ["Swims a width"], Today)
            .ShouldBeEmpty();
        c.RecordOutcomeResults([Reading, Friends], [new(Reading.Id, OutcomeProgress.NotMet, null), new(Friends.Id, OutcomeProgress.PartlyMet, null)], [], Today)
            .ShouldBeEmpty();

        c.OutcomeResults.Count.ShouldBe(2, "recording again replaces the review's results");
        c.OutcomeResults.ShouldAllBe(r => r.ReviewMeetingOn == new LocalDate(2026, 5, 20));
        c.OutcomeResults.Single(r => r.OutcomeId == Reading.Id).Progress.ShouldBe(OutcomeProgress.NotMet);
    }

    [Fact]
    public void Outcome_results_are_refused_before_the_meeting_and_outside_a_review()
    {
        var c = PlanInForce();
        c.RecordOutcomeResults([Reading], [new(Reading.Id, OutcomeProgress.Met, null)], [], Today).ShouldContain(e => e.Field == "stage");
        c.ScheduleReview(new LocalDate(2026, 6, 20), new LocalDate(2026, 6, 1), Today).ShouldBeEmpty();
        c.RecordOutcomeResults([Reading], [new(Reading.Id, OutcomeProgress.Met, null)], [], Today)
            .ShouldContain(e => e.Message.Contains("after the review meeting", StringComparison.Ordinal));
        c.OutcomeResults.ShouldBeEmpty();
    }

    [Fact]
    public void Ceasing_outside_a_review_is_proposed_decided_and_takes_effect_only_after_the_time_to_appeal()
    {
        var c = PlanInForce();
        c.DecideOnCeasing(true, new LocalDate(2026, 3, 1), Today).ShouldContain(e => e.Field == "stage");
        c.ProposeCeasing(Today.PlusDays(1), 4, Today).ShouldContain(e => e.Field == "proposedOn");
        c.ProposeCeasing(new LocalDate(2026, 2, 2), 0, Today).ShouldContain(e => e.Field == "reason");
        c.ProposeCeasing(new LocalDate(2026, 2, 2), 4, Today).ShouldBeEmpty();
        c.DecideOnCeasing(true, new LocalDate(2026, 2, 1), Today).ShouldContain(e => e.Field == "decidedOn");
        c.DecideOnCeasing(true, new LocalDate(2026, 3, 2), Today).ShouldBeEmpty();

        c.CeasingTakesEffect()!.Due.ShouldBe(new LocalDate(2026, 5, 2));
        c.CeasePlan(new LocalDate(2026, 5, 1), Today).ShouldContain(e => e.Message.Contains("can appeal until 2 May 2026", StringComparison.Ordinal));
        c.CeasePlan(new LocalDate(2026, 5, 5), Today).ShouldBeEmpty();
        c.Stage.ShouldBe(CaseStage.Ceased);
        c.CeaseReason.ShouldBe(4);
    }

    [Fact]
    public void A_plan_under_appeal_against_ceasing_cannot_cease_until_the_tribunal_decides()
    {
        var c = PlanInForce();
        c.ProposeCeasing(new LocalDate(2026, 1, 5), 2, Today).ShouldBeEmpty();
        c.DecideOnCeasing(true, new LocalDate(2026, 2, 2), Today).ShouldBeEmpty();
        var mediation = new MediationCase { Id = Guid.NewGuid(), Subject = DisputeSubject.Ceasing, DecisionNotifiedOn = new LocalDate(2026, 2, 2), AdviserContactedOn = new LocalDate(2026, 2, 9) };
        c.RequestMediation(mediation, Today).ShouldBeEmpty();
        c.RecordMediationCertificate(mediation.Id, new LocalDate(2026, 2, 11), Today).ShouldBeEmpty();
        var appeal = new TribunalAppeal { Id = Guid.NewGuid(), Subject = DisputeSubject.Ceasing, DecisionNotifiedOn = new LocalDate(2026, 2, 2), RegisteredOn = new LocalDate(2026, 3, 2) };
        c.RegisterAppeal(appeal, Today).ShouldBeEmpty();

        c.CeasePlan(new LocalDate(2026, 5, 1), Today).ShouldContain(e => e.Message.Contains("appealed", StringComparison.Ordinal));
        c.RecordTribunalDecision(appeal.Id, new LocalDate(2026, 5, 11), TribunalOutcome.Dismissed, TribunalOrder.ContinueToMaintain, null, Today).ShouldContain(e => e.Field == "order");
        c.RecordTribunalDecision(appeal.Id, new LocalDate(2026, 5, 11), TribunalOutcome.Dismissed, TribunalOrder.CeasingUpheld, null, Today).ShouldBeEmpty();
        c.RecordOrderCompleted(appeal.Id, new LocalDate(2026, 5, 11), Today).ShouldBeEmpty();
        c.Stage.ShouldBe(CaseStage.Ceased);
    }

    [Fact]
    public void An_appeal_needs_a_mediation_certificate_unless_only_about_the_school_and_must_be_in_time()
    {
        var c = PlanInForce();
        TribunalAppeal Appeal(string sections, LocalDate registered) => new() { Id = Guid.NewGuid(), Subject = DisputeSubject.PlanContents, Sections = sections, DecisionNotifiedOn = new LocalDate(2025, 5, 19), RegisteredOn = registered };

        c.RegisterAppeal(Appeal("B, F", new LocalDate(2025, 7, 1)), Today).ShouldContain(e => e.Message.Contains("mediation certificate", StringComparison.Ordinal));
        c.RegisterAppeal(Appeal("I", new LocalDate(2025, 7, 20)), Today).ShouldContain(e => e.Message.Contains("ended on 19 July 2025", StringComparison.Ordinal));
        c.RegisterAppeal(Appeal("I", Today.PlusDays(1)), Today).ShouldContain(e => e.Field == "registeredOn");
        var refusal = new TribunalAppeal { Id = Guid.NewGuid(), Subject = DisputeSubject.RefusalToAssess, DecisionNotifiedOn = new LocalDate(2025, 5, 19), RegisteredOn = new LocalDate(2025, 6, 1) };
        c.RegisterAppeal(refusal, Today).ShouldContain(e => e.Message.Contains("no a decision not to assess", StringComparison.Ordinal));

        var placement = Appeal("I", new LocalDate(2025, 7, 1));
        c.RegisterAppeal(placement, Today).ShouldBeEmpty();
        c.RecordTribunalDecision(placement.Id, new LocalDate(2025, 11, 3), TribunalOutcome.Upheld, TribunalOrder.AmendPlacement, null, Today).ShouldContain(e => e.Field == "changes");
        c.RecordTribunalDecision(placement.Id, new LocalDate(2025, 11, 3), TribunalOutcome.Upheld, TribunalOrder.AmendPlacement, "Section I names Northby Academy", Today).ShouldBeEmpty();
        CaseDeadlines.AfterThePlan(c, BankHolidays.EnglandAndWales).ShouldContain(r => r.Milestone.Key == MilestoneKeys.TribunalOrder && r.Milestone.Due == new LocalDate(2025, 11, 17));
    }

    [Fact]
    public void Mediation_is_held_before_its_certificate_and_dates_cannot_be_in_the_future()
    {
        var c = PlanInForce();
        var m = new MediationCase { Id = Guid.NewGuid(), Subject = DisputeSubject.PlanContents, DecisionNotifiedOn = new LocalDate(2025, 5, 19), AdviserContactedOn = new LocalDate(2025, 6, 2), WantsMediation = true };
        c.RequestMediation(m, Today).ShouldBeEmpty();
        c.RequestMediation(new MediationCase { Id = Guid.NewGuid(), Subject = DisputeSubject.PlanContents, DecisionNotifiedOn = new LocalDate(2025, 5, 19), AdviserContactedOn = new LocalDate(2025, 6, 3) }, Today)
            .ShouldContain(e => e.Field == "subject");

        c.RecordMediationCertificate(m.Id, new LocalDate(2025, 6, 4), Today).ShouldContain(e => e.Message.Contains("record the mediation first", StringComparison.Ordinal));
        c.RecordMediationHeld(m.Id, Today.PlusDays(1), MediationOutcome.NotAgreed, null, Today).ShouldContain(e => e.Field == "heldOn");
        c.RecordMediationHeld(m.Id, new LocalDate(2025, 6, 30), MediationOutcome.NotAgreed, null, Today).ShouldBeEmpty();
        c.RecordMediationCertificate(m.Id, new LocalDate(2025, 7, 2), Today).ShouldBeEmpty();

        var rows = CaseDeadlines.AfterThePlan(c, BankHolidays.EnglandAndWales);
        rows.Single(r => r.Milestone.Key == MilestoneKeys.MediationHeld).Milestone.Due.ShouldBe(new LocalDate(2025, 7, 2));
        rows.Single(r => r.Milestone.Key == MilestoneKeys.MediationCertificate).Milestone.Due.ShouldBe(new LocalDate(2025, 7, 3)); // 3 working days after Mon 30 Jun
        rows.Single(r => r.Milestone.Key == MilestoneKeys.TribunalAppeal).Milestone.Due.ShouldBe(new LocalDate(2025, 8, 2));
    }

    [Fact]
    public void A_transfer_out_closes_the_case_here_and_the_receiving_case_carries_the_plan_with_the_new_councils_deadlines()
    {
        var c = PlanInForce();
        c.TransferOut(c.AreaId, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 10), Today).ShouldContain(e => e.Field == "toAreaId");
        var elsewhere = Guid.NewGuid();
        c.TransferOut(elsewhere, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 10), Today.PlusDays(1), Today).ShouldContain(e => e.Field == "transferredOn");
        c.TransferOut(elsewhere, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 16), Today).ShouldBeEmpty();
        c.Stage.ShouldBe(CaseStage.TransferredOut);
        c.ScheduleReview(new LocalDate(2026, 6, 1), new LocalDate(2026, 5, 1), Today).ShouldNotBeEmpty();

        var received = c.ReceiveTransfer(Guid.NewGuid(), "SV-1");
        received.AreaId.ShouldBe(elsewhere);
        received.FinalIssuedOn.ShouldBe(c.FinalIssuedOn);
        c.TransferredToCaseId.ShouldBe(received.Id);
        CaseDeadlines.NextOfAll(received, new LocalDate(2026, 3, 16), BankHolidays.EnglandAndWales)!.Milestone.Due.ShouldBe(new LocalDate(2026, 4, 27)); // 16 Mar + 6 weeks
        CaseDeadlines.ReviewDue(received)!.Due.ShouldBe(new LocalDate(2026, 6, 16)); // 3 months from the transfer beats 19 May 2026

        received.DecideAfterTransfer(false, new LocalDate(2026, 3, 15), Today).ShouldContain(e => e.Field == "decidedOn");
        received.DecideAfterTransfer(false, new LocalDate(2026, 4, 1), Today).ShouldBeEmpty();
        received.DecideAfterTransfer(true, new LocalDate(2026, 4, 2), Today).ShouldContain(e => e.Field == "stage");
    }

    [Fact]
    public void A_complaint_gets_its_response_due_date_and_stage_2_follows_an_answered_stage_1()
    {
        var c = PlanInForce();
        Complaint Complaint(int stage, LocalDate received) => new() { Id = Guid.NewGuid(), Stage = stage, ReceivedOn = received, Summary = "Late plan", ResponseWorkingDays = 10 };
        c.RecordComplaint(Complaint(2, new LocalDate(2026, 3, 2)), Today).ShouldContain(e => e.Field == "complaintStage");
        c.RecordComplaint(Complaint(1, Today.PlusDays(1)), Today).ShouldContain(e => e.Field == "receivedOn");
        var first = Complaint(1, new LocalDate(2026, 3, 2));
        c.RecordComplaint(first, Today).ShouldBeEmpty();
        CaseDeadlines.NextOfAll(c, new LocalDate(2026, 3, 2), BankHolidays.EnglandAndWales)!.Milestone.Due.ShouldBe(new LocalDate(2026, 3, 16));
        c.RespondToComplaint(first.Id, new LocalDate(2026, 3, 1), ComplaintOutcome.Upheld, Today).ShouldContain(e => e.Field == "respondedOn");
        c.RespondToComplaint(first.Id, new LocalDate(2026, 3, 13), ComplaintOutcome.PartlyUpheld, Today).ShouldBeEmpty();
        c.RecordComplaint(Complaint(2, new LocalDate(2026, 3, 20)), Today).ShouldBeEmpty();
    }

    [Fact]
    public void A_personal_budget_is_asked_for_from_the_draft_onwards_and_agreed_or_refused_with_reasons()
    {
        var assessing = new EhcCase { Id = Guid.NewGuid(), Reference = "A", Stage = CaseStage.Assessing, RequestReceived = new LocalDate(2026, 1, 5) };
        PersonalBudgetRequest Request(decimal? education) => new() { Id = Guid.NewGuid(), RequestedOn = new LocalDate(2026, 3, 2), EducationRequested = education, Arrangement = BudgetArrangement.DirectPayment };
        assessing.RequestPersonalBudget(Request(1200), Today).ShouldContain(e => e.Field == "stage");

        var c = PlanInForce();
        c.RequestPersonalBudget(Request(null), Today).ShouldContain(e => e.Field == "education");
        var request = Request(1200);
        c.RequestPersonalBudget(request, Today).ShouldBeEmpty();
        c.RequestPersonalBudget(Request(500), Today).ShouldContain(e => e.Field == "stage");
        c.DecidePersonalBudget(request.Id, false, new LocalDate(2026, 3, 20), new(null, null, null), " ", Today).ShouldContain(e => e.Field == "reasons");
        c.DecidePersonalBudget(request.Id, true, new LocalDate(2026, 3, 1), new(1000, null, null), null, Today).ShouldContain(e => e.Field == "decidedOn");
        c.DecidePersonalBudget(request.Id, true, new LocalDate(2026, 3, 20), new(1000, null, 300), null, Today).ShouldBeEmpty();
        c.AgreedPersonalBudget!.AgreedAmounts.Total.ShouldBe(1300);
    }
}
