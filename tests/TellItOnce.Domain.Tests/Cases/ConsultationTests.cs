using NodaTime;
using TellItOnce.Domain.Cases;

namespace TellItOnce.Domain.Tests.Cases;

/// <summary>Consulting settings about a draft plan (CFA 2014 s39): 15 days to answer; the family's preferred setting.</summary>
public sealed class ConsultationTests
{
    private static readonly LocalDate Today = new(2026, 3, 20);

    private static EhcCase DraftOut() => new()
    {
        Id = Guid.NewGuid(),
        Reference = "C-1",
        Stage = CaseStage.DraftIssued,
        RequestReceived = new LocalDate(2025, 11, 3),
        DecisionToAssessOn = new LocalDate(2025, 12, 8),
        DraftIssuedOn = new LocalDate(2026, 3, 2),
    };

    private static SettingConsultation Consultation(Guid setting, LocalDate sent) => new() { Id = Guid.NewGuid(), SettingId = setting, SentOn = sent };

    [Fact]
    public void A_setting_has_15_days_to_answer()
    {
        Consultation(Guid.NewGuid(), new LocalDate(2026, 3, 2)).AnswerDue.ShouldBe(new LocalDate(2026, 3, 17));
    }

    [Fact]
    public void A_setting_is_consulted_once_the_draft_is_out_and_answers_after_it_was_asked()
    {
        var c = DraftOut();
        var school = Guid.NewGuid();
        var consultation = Consultation(school, new LocalDate(2026, 3, 3));

        c.ConsultSetting(Consultation(school, new LocalDate(2026, 3, 1)), Today).ShouldContain(e => e.Field == "sentOn");
        c.ConsultSetting(consultation, Today).ShouldBeEmpty();
        c.ConsultSetting(Consultation(school, new LocalDate(2026, 3, 4)), Today).ShouldContain(e => e.Field == "settingId");
        c.RecordConsultationAnswer(consultation.Id, ConsultationAnswer.CanMeetNeeds, new LocalDate(2026, 3, 2), null, Today).ShouldContain(e => e.Field == "answeredOn");
        c.RecordConsultationAnswer(consultation.Id, ConsultationAnswer.CanMeetNeeds, new LocalDate(2026, 3, 12), " Yes ", Today).ShouldBeEmpty();

        consultation.Answer.ShouldBe(ConsultationAnswer.CanMeetNeeds);
        consultation.Notes.ShouldBe("Yes");
        c.RecordConsultationAnswer(consultation.Id, ConsultationAnswer.CannotMeetNeeds, new LocalDate(2026, 3, 13), null, Today).ShouldContain(e => e.Field == "consultationId");
    }

    [Fact]
    public void Consultations_and_preferences_wait_for_a_draft()
    {
        var c = DraftOut();
        c.Stage = CaseStage.Assessing;

        c.ConsultSetting(Consultation(Guid.NewGuid(), new LocalDate(2026, 3, 3)), Today).ShouldContain(e => e.Field == "stage");
        c.RecordPreferredSetting(Guid.NewGuid()).ShouldContain(e => e.Field == "stage");
    }
}
