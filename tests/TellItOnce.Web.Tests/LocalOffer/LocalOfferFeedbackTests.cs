using System.Net;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests.LocalOffer;

/// <summary>Families' feedback is moderated before anyone sees it; answered feedback is the public "You said, we did".</summary>
public abstract class LocalOfferFeedbackTests(TellItOnceApp app)
{
    private Task<Guid> ServiceAsync(string name) =>
        app.WithDbAsync(db => db.LocalOfferServices.Where(s => s.Details.Name == name).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task Feedback_is_invisible_until_the_council_publishes_it_with_what_it_did()
    {
        var id = await ServiceAsync("Kirkfield Inclusive Football Club");
        var comment = $"The coaches were great with my son {Guid.NewGuid():N}";
        var family = app.Browser();
        var form = await family.GetFormAsync($"/local-offer/services/{id}");

        var sent = await family.PostAsync($"/local-offer/services/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Comment"] = comment,
            ["Rating"] = "5",
        }));

        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Browser().GetStringAsync($"/local-offer/services/{id}")).ShouldNotContain(comment);
        (await app.Browser().GetStringAsync("/local-offer/you-said-we-did")).ShouldNotContain(comment);

        var manager = await app.SignedInAsync(DemoUsers.Manager);
        var moderation = await manager.GetFormAsync("/local-offer/manage");
        var feedbackId = await app.WithDbAsync(db => db.ServiceFeedback.Where(f => f.Comment == comment).Select(f => f.Id).SingleAsync());
        moderation.Document.QuerySelector($"[data-feedback='{feedbackId}']").ShouldNotBeNull();
        var published = await manager.PostAsync("/local-offer/manage?handler=Publish", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = moderation.Token,
            ["feedbackId"] = feedbackId.ToString(),
            ["WeDid"] = "We thanked the coaches.",
        }));

        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Browser().GetStringAsync($"/local-offer/services/{id}")).ShouldContain(comment);
        var youSaid = await app.Browser().GetStringAsync("/local-offer/you-said-we-did");
        youSaid.ShouldContain(comment);
        youSaid.ShouldContain("We thanked the coaches.");
    }

    [Fact]
    public async Task Rejected_feedback_is_never_shown()
    {
        var id = await ServiceAsync("Westmere Inclusive Football Club");
        var comment = $"Something rude {Guid.NewGuid():N}";
        var family = app.Browser();
        var form = await family.GetFormAsync($"/local-offer/services/{id}");
        await family.PostAsync($"/local-offer/services/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Comment"] = comment,
        }));
        var feedbackId = await app.WithDbAsync(db => db.ServiceFeedback.Where(f => f.Comment == comment).Select(f => f.Id).SingleAsync());
        var manager = await app.SignedInAsync(DemoUsers.Manager);
        var moderation = await manager.GetFormAsync("/local-offer/manage");

        await manager.PostAsync("/local-offer/manage?handler=Reject", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = moderation.Token,
            ["feedbackId"] = feedbackId.ToString(),
        }));

        (await app.WithDbAsync(db => db.ServiceFeedback.SingleAsync(f => f.Id == feedbackId))).State.ShouldBe(FeedbackState.Rejected);
        (await app.Browser().GetStringAsync($"/local-offer/services/{id}")).ShouldNotContain(comment);
    }

    [Fact]
    public async Task Empty_feedback_is_explained_and_nothing_is_saved()
    {
        var id = await ServiceAsync("Northby Inclusive Football Club");
        var before = await app.WithDbAsync(db => db.ServiceFeedback.CountAsync());
        var family = app.Browser();
        var form = await family.GetFormAsync($"/local-offer/services/{id}");

        var response = await family.PostAsync($"/local-offer/services/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Comment"] = "  ",
            ["Rating"] = "9",
        }));

        var document = await response.ToDocumentAsync();
        document.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ShouldBe(["#comment", "#rating"]);
        (await app.WithDbAsync(db => db.ServiceFeedback.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_demo_has_published_you_said_we_did_answers()
    {
        var document = await app.Browser().GetDocumentAsync("/local-offer/you-said-we-did");

        document.QuerySelectorAll(".app-you-said").Length.ShouldBeGreaterThanOrEqualTo(3);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LocalOfferFeedbackOnSqlite(SqliteApp app) : LocalOfferFeedbackTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LocalOfferFeedbackOnPostgres : LocalOfferFeedbackTests
{
    public LocalOfferFeedbackOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
