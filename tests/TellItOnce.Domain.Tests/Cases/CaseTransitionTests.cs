using NodaTime;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Domain.Tests.Cases;

/// <summary>Each statutory step: what it records when it makes sense, and the reason it gives when it does not.</summary>
public sealed class CaseTransitionTests
{
    private static readonly LocalDate Received = new(2026, 1, 5);
    private static readonly LocalDate Today = new(2026, 6, 1);

    private static EhcCase NewCase(CaseStage stage = CaseStage.Deciding) => new()
    {
        Id = Guid.NewGuid(),
        Reference = "T-1",
        Stage = stage,
        RequestReceived = Received,
    };

    private static EhcCase Assessing()
    {
        var c = NewCase();
        c.DecideWhetherToAssess(new LocalDate(2026, 2, 9), agreed: true, Today).ShouldBeEmpty();
        return c;
    }

    private static AdviceRequest Advice(LocalDate on) => new() { Id = Guid.NewGuid(), Source = AdviceSource.EducationalPsychology, OrganisationId = Guid.NewGuid(), RequestedOn = on };

    [Fact]
    public void Deciding_to_assess_records_the_decision_and_starts_the_assessment()
    {
        var c = NewCase();

        var errors = c.DecideWhetherToAssess(new LocalDate(2026, 2, 9), agreed: true, Today, panelOn: new LocalDate(2026, 2, 6), panelMembers: " H Marsh ");

        errors.ShouldBeEmpty();
        c.Stage.ShouldBe(CaseStage.Assessing);
        c.DecisionToAssessOn.ShouldBe(new LocalDate(2026, 2, 9));
        c.AgreedToAssess.ShouldBe(true);
        c.DecisionPanelMembers.ShouldBe("H Marsh");
    }

    [Fact]
    public void Deciding_not_to_assess_needs_reasons_for_the_letter_and_closes_the_case()
    {
        var c = NewCase();

        c.DecideWhetherToAssess(new LocalDate(2026, 2, 9), agreed: false, Today).ShouldContain(e => e.Field == "reasons");
        c.Stage.ShouldBe(CaseStage.Deciding, "a refused step changes nothing");

        c.DecideWhetherToAssess(new LocalDate(2026, 2, 9), agreed: false, Today, reasons: "Needs can be met at SEN support").ShouldBeEmpty();
        c.Stage.ShouldBe(CaseStage.NotAssessed);
    }

    [Fact]
    public void A_decision_cannot_be_dated_before_the_request()
    {
        var c = NewCase();

        var errors = c.DecideWhetherToAssess(new LocalDate(2026, 1, 4), agreed: true, Today);

        errors.ShouldHaveSingleItem().ShouldBe(new PathwayError("decidedOn", "The date of the decision must be the same as or after the date the request was received"));
        c.DecisionToAssessOn.ShouldBeNull();
    }

    [Fact]
    public void A_decision_cannot_be_dated_in_the_future()
    {
        var errors = NewCase().DecideWhetherToAssess(Today.PlusDays(1), agreed: true, Today);

        errors.ShouldHaveSingleItem().Message.ShouldBe("The date of the decision must be today or in the past");
    }

    [Fact]
    public void A_panel_after_the_decision_is_refused()
    {
        var errors = NewCase().DecideWhetherToAssess(new LocalDate(2026, 2, 9), true, Today, panelOn: new LocalDate(2026, 2, 10));

        errors.ShouldContain(e => e.Field == "panelOn");
    }

    [Fact]
    public void The_decision_cannot_be_made_twice()
    {
        var c = Assessing();

        c.DecideWhetherToAssess(new LocalDate(2026, 2, 10), agreed: true, Today).ShouldContain(e => e.Field == "stage");
        c.DecisionToAssessOn.ShouldBe(new LocalDate(2026, 2, 9));
    }

    [Fact]
    public void Advice_can_be_requested_during_the_assessment_and_not_before_the_decision()
    {
        var c = Assessing();

        c.RequestAdvice(Advice(new LocalDate(2026, 2, 8)), Today).ShouldContain(e => e.Field == "requestedOn");
        c.RequestAdvice(Advice(new LocalDate(2026, 2, 10)), Today).ShouldBeEmpty();

        c.AdviceRequests.ShouldHaveSingleItem().CaseId.ShouldBe(c.Id);
        NewCase().RequestAdvice(Advice(new LocalDate(2026, 2, 10)), Today).ShouldContain(e => e.Field == "stage");
    }

    [Fact]
    public void Advice_must_be_asked_of_someone()
    {
        var c = Assessing();
        var advice = Advice(new LocalDate(2026, 2, 10));
        advice.OrganisationId = null;

        c.RequestAdvice(advice, Today).ShouldContain(e => e.Field == "organisationId");
    }

    [Fact]
    public void Advice_cannot_be_received_before_it_was_requested_nor_twice()
    {
        var c = Assessing();
        var advice = Advice(new LocalDate(2026, 2, 10));
        c.RequestAdvice(advice, Today).ShouldBeEmpty();

        c.RecordAdviceReceived(advice.Id, new LocalDate(2026, 2, 9), null, Today).ShouldContain(e => e.Field == "receivedOn");
        c.RecordAdviceReceived(advice.Id, new LocalDate(2026, 3, 2), " Needs a quiet space ", Today).ShouldBeEmpty();
        c.RecordAdviceReceived(advice.Id, new LocalDate(2026, 3, 3), null, Today).ShouldContain(e => e.Field == "adviceId");

        advice.ReceivedOn.ShouldBe(new LocalDate(2026, 3, 2));
        advice.AdviceText.ShouldBe("Needs a quiet space");
    }

    [Fact]
    public void Advice_of_another_case_is_refused()
    {
        Assessing().RecordAdviceReceived(Guid.NewGuid(), new LocalDate(2026, 3, 2), null, Today).ShouldContain(e => e.Field == "adviceId");
    }

    [Fact]
    public void Chasing_records_the_day_and_only_outstanding_advice_can_be_chased()
    {
        var c = Assessing();
        var advice = Advice(new LocalDate(2026, 2, 10));
        c.RequestAdvice(advice, Today).ShouldBeEmpty();

        c.ChaseAdvice(advice.Id, new LocalDate(2026, 3, 25)).ShouldBeEmpty();
        advice.LastChasedOn.ShouldBe(new LocalDate(2026, 3, 25));
        c.RecordAdviceReceived(advice.Id, new LocalDate(2026, 3, 26), null, Today).ShouldBeEmpty();
        c.ChaseAdvice(advice.Id, new LocalDate(2026, 3, 27)).ShouldNotBeEmpty();
    }

    [Fact]
    public void No_final_plan_before_a_draft()
    {
        var c = Assessing();

        c.IssueFinal(new LocalDate(2026, 5, 1), Today).ShouldContain(e => e.Field == "stage");
        c.FinalIssuedOn.ShouldBeNull();
    }

    [Fact]
    public void The_final_plan_waits_for_the_family_s_15_days_unless_they_have_no_more_comments()
    {
        var c = Assessing();
        c.IssueDraft(new LocalDate(2026, 4, 20), Today).ShouldBeEmpty();

        // 15 days beginning with 20 April end on 4 May: a final plan on 4 May is too early, on 5 May fine.
        c.IssueFinal(new LocalDate(2026, 5, 4), Today).ShouldContain(e => e.Field == "issuedOn" && e.Message.Contains("4 May 2026", StringComparison.Ordinal));
        c.RecordNoFurtherComments().ShouldBeEmpty();
        c.IssueFinal(new LocalDate(2026, 5, 4), Today).ShouldBeEmpty();
        c.Stage.ShouldBe(CaseStage.PlanIssued);
    }

    [Fact]
    public void A_final_plan_after_the_comment_window_is_issued()
    {
        var c = Assessing();
        c.IssueDraft(new LocalDate(2026, 4, 20), Today).ShouldBeEmpty();

        c.IssueFinal(new LocalDate(2026, 5, 5), Today).ShouldBeEmpty();

        c.FinalIssuedOn.ShouldBe(new LocalDate(2026, 5, 5));
    }

    [Fact]
    public void A_final_plan_cannot_predate_its_draft()
    {
        var c = Assessing();
        c.IssueDraft(new LocalDate(2026, 4, 20), Today).ShouldBeEmpty();
        c.RecordNoFurtherComments().ShouldBeEmpty();

        c.IssueFinal(new LocalDate(2026, 4, 19), Today).ShouldContain(e => e.Field == "issuedOn");
    }

    [Fact]
    public void Deciding_not_to_issue_needs_reasons_and_closes_the_case()
    {
        var c = Assessing();

        c.DecideNotToIssue(new LocalDate(2026, 4, 20), " ", Today).ShouldContain(e => e.Field == "reasons");
        c.DecideNotToIssue(new LocalDate(2026, 4, 20), "Needs met by the school's own resources", Today).ShouldBeEmpty();

        c.Stage.ShouldBe(CaseStage.NotIssued);
        c.IssueDraft(new LocalDate(2026, 4, 21), Today).ShouldContain(e => e.Field == "stage");
    }

    [Fact]
    public void An_exception_is_recorded_on_an_open_case_and_moves_the_target_not_the_due_date()
    {
        var c = Assessing();
        var before = CaseDeadlines.AssessmentMilestones(c).Single(m => m.Key == MilestoneKeys.FinalPlan);

        c.RecordException(new ExceptionPeriod { Id = Guid.NewGuid(), From = new LocalDate(2026, 3, 2), To = new LocalDate(2026, 3, 31), Reason = ExceptionReason.AbsentFromArea }, Today).ShouldBeEmpty();

        var after = CaseDeadlines.AssessmentMilestones(c).Single(m => m.Key == MilestoneKeys.FinalPlan);
        after.Due.ShouldBe(before.Due);
        after.Excepted.ShouldBeTrue();
        after.AdjustedDue.ShouldBe(before.Due.PlusDays(30));
    }

    [Fact]
    public void An_exception_cannot_end_before_it_starts_start_before_the_request_or_start_in_the_future()
    {
        var c = Assessing();
        ExceptionPeriod Period(LocalDate from, LocalDate to) => new() { Id = Guid.NewGuid(), From = from, To = to, Reason = ExceptionReason.ExceptionalPersonalCircumstances };

        c.RecordException(Period(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 1)), Today).ShouldContain(e => e.Field == "to");
        c.RecordException(Period(new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 1)), Today).ShouldContain(e => e.Field == "from");
        c.RecordException(Period(Today.PlusDays(1), Today.PlusDays(40)), Today).ShouldContain(e => e.Field == "from");
        c.Exceptions.ShouldBeEmpty();
    }

    [Fact]
    public void Nothing_can_be_excepted_on_a_closed_case()
    {
        var c = NewCase(CaseStage.Ceased);

        c.RecordException(new ExceptionPeriod { Id = Guid.NewGuid(), From = new LocalDate(2026, 3, 2), To = new LocalDate(2026, 3, 31), Reason = ExceptionReason.AbsentFromArea }, Today)
            .ShouldContain(e => e.Field == "stage");
    }
}
