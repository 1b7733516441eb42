using System.Net;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Governance;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests.Governance;

/// <summary>The council builds surveys; families answer them in the portal or by link; anonymous answers name nobody, even in the audit trail.</summary>
public abstract class SurveyTests(TellItOnceApp app)
{
    private Task<Survey> DemoSurveyAsync() =>
        app.WithDbAsync(db => db.Surveys.Include(s => s.Questions).SingleAsync(s => s.Title == GovernanceSeeder.ParentSurvey));

    private Task<Guid> UserIdAsync(string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static FormUrlEncodedContent Answers(string token, Survey survey, params string[] values)
    {
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        foreach (var (question, value) in survey.Questions.OrderBy(q => q.Number).Zip(values))
        {
            fields[$"Answers[{question.Id}]"] = value;
        }

        return new FormUrlEncodedContent(fields);
    }

    [Fact]
    public async Task A_parents_anonymous_answer_keeps_no_link_to_their_account_not_even_in_the_audit_trail()
    {
        var survey = await DemoSurveyAsync();
        var parentId = await UserIdAsync(DemoUsers.Parent);
        var parent = await app.SignedInAsync(DemoUsers.Parent);
        var list = await parent.GetDocumentAsync("/surveys");
        list.QuerySelector($"a[href='/surveys/{survey.Id}']").ShouldNotBeNull();
        var form = await parent.GetFormAsync($"/surveys/{survey.Id}");
        var comment = $"Quicker answers to emails {Guid.NewGuid():N}";
        var before = await app.WithDbAsync(db => db.SurveyResponses.Select(r => r.Id).ToListAsync());
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.UserId == parentId));

        var sent = await parent.PostAsync($"/surveys/{survey.Id}", Answers(form.Token, survey, "5", "Yes, fully", comment));

        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        sent.Headers.Location!.ToString().ShouldBe("/surveys/thanks");
        var response = await app.WithDbAsync(db => db.SurveyResponses.SingleAsync(r => r.SurveyId == survey.Id && !before.Contains(r.Id)));
        response.RespondentId.ShouldBeNull();
        response.Id.Version.ShouldBe(4);
        response.Answers.ShouldContain(a => a.Text == comment);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.UserId == parentId))).ShouldBe(auditBefore);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == nameof(SurveyResponse) && e.EntityId == response.Id.ToString()));
        audit.UserId.ShouldBeNull();
        audit.At.ShouldBe(NodaTime.Instant.FromUtc(2026, 3, 2, 0, 0));
        audit.Changes.ShouldNotContain(parentId.ToString());
    }

    [Fact]
    public async Task Anyone_with_the_link_may_answer_an_anonymous_survey_and_missing_answers_are_named()
    {
        var survey = await DemoSurveyAsync();
        var stranger = app.Browser();
        var form = await stranger.GetFormAsync($"/s/{survey.LinkToken}");
        var count = await app.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id));

        var missing = await stranger.PostAsync($"/s/{survey.LinkToken}", Answers(form.Token, survey, "", "Maybe", ""));
        var errors = (await missing.ToDocumentAsync()).QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href"));
        errors.ShouldBe(["#q-1", "#q-2"]);
        (await app.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id))).ShouldBe(count);

        (await stranger.PostAsync($"/s/{survey.LinkToken}", Answers(form.Token, survey, "2", "No", ""))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id))).ShouldBe(count + 1);
        (await stranger.GetAsync("/s/not-a-real-link")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_officer_builds_a_named_survey_that_a_parent_answers_once_and_the_board_reads_the_results()
    {
        var manager = await app.SignedInAsync(DemoUsers.Manager);
        var form = await manager.GetFormAsync("/surveys/manage");
        var title = $"Were you involved? {Guid.NewGuid():N}";
        var created = await manager.PostAsync("/surveys/manage", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Input.Title"] = title,
            ["Input.ForPortalUsers"] = "true",
        }));
        var path = created.Headers.Location!.ToString();
        var noOptions = await manager.PostAsync($"{path}?handler=Question", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Question.Text"] = "Were you involved in your plan?",
            ["Question.Kind"] = "Choice",
            ["Question.Options"] = "Yes",
        }));
        (await noOptions.ToDocumentAsync()).QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ShouldBe(["#options"]);
        await manager.PostAsync($"{path}?handler=Question", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Question.Text"] = "Were you involved in your plan?",
            ["Question.Kind"] = "Choice",
            ["Question.Options"] = "Yes\nNo",
            ["Question.Required"] = "true",
        }));
        (await manager.PostAsync($"{path}?handler=State", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["state"] = "Open",
        }))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var survey = await app.WithDbAsync(db => db.Surveys.Include(s => s.Questions).SingleAsync(s => s.Title == title));

        var parent = await app.SignedInAsync(DemoUsers.Parent2);
        var answer = await parent.GetFormAsync($"/surveys/{survey.Id}");
        (await parent.PostAsync($"/surveys/{survey.Id}", Answers(answer.Token, survey, "Yes"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await parent.PostAsync($"/surveys/{survey.Id}", Answers(answer.Token, survey, "No"));
        (await again.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("already answered");
        var parentId = await UserIdAsync(DemoUsers.Parent2);
        (await app.WithDbAsync(db => db.SurveyResponses.SingleAsync(r => r.SurveyId == survey.Id))).RespondentId.ShouldBe(parentId);

        var board = await app.SignedInAsync(DemoUsers.Board);
        var results = await board.GetDocumentAsync(path);
        results.QuerySelector("[data-responses]")!.TextContent.ShouldBe("1");
        results.QuerySelector("table[data-question='1'] tbody tr td")!.TextContent.ShouldBe("1");
        var boardForm = await board.GetFormAsync("/strategy?group=x");
        var refused = await board.PostAsync("/surveys/manage", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = boardForm.Token,
            ["Input.Title"] = "Not allowed",
        }));
        refused.Headers.Location!.ToString().ShouldContain("/access-denied");
        (await parent.GetAsync("/surveys/manage")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SurveyOnSqlite(SqliteApp app) : SurveyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SurveyOnPostgres : SurveyTests
{
    public SurveyOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
