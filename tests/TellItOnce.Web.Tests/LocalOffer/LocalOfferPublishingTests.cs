using System.Net;
using Microsoft.EntityFrameworkCore;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests.LocalOffer;

/// <summary>Providers keep their own entries; the council approves every change before families see it; the history is kept.</summary>
public abstract class LocalOfferPublishingTests(TellItOnceApp app)
{
    private static Dictionary<string, string> FormOf(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var form = new Dictionary<string, string>();
        foreach (var input in document.QuerySelectorAll("form[method=post] input, form[method=post] textarea, form[method=post] select"))
        {
            var name = input.GetAttribute("name");
            if (name is null || (input.GetAttribute("type") == "checkbox" && !input.HasAttribute("checked")))
            {
                continue;
            }

            var value = input switch
            {
                AngleSharp.Html.Dom.IHtmlTextAreaElement t => t.Value ?? string.Empty,
                AngleSharp.Html.Dom.IHtmlSelectElement s => s.Value ?? string.Empty,
                _ => input.GetAttribute("value") ?? string.Empty,
            };
            form[name] = form.TryGetValue(name, out var existing) && input.GetAttribute("type") == "checkbox" ? existing + "," + value : value;
        }

        return form;
    }

    private static FormUrlEncodedContent Encode(Dictionary<string, string> form) =>
        new(form.SelectMany(f => f.Key is "Form.Needs" or "Form.Days"
            ? f.Value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => new KeyValuePair<string, string>(f.Key, v))
            : [new KeyValuePair<string, string>(f.Key, f.Value)]));

    private Task<LocalOfferService> BrightpathServiceAsync(Func<LocalOfferService, bool> where) =>
        app.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Name == "Brightpath Family Support");
            return (await db.LocalOfferServices.AsNoTracking().Include(s => s.Revisions).Where(s => s.OrganisationId == org.Id).ToListAsync())
                .OrderBy(s => s.Details.Name, StringComparer.Ordinal).First(where);
        });

    [Fact]
    public async Task The_provider_home_lists_its_own_services_with_links_to_change_and_add()
    {
        var document = await (await app.SignedInAsync(DemoUsers.Provider)).GetDocumentAsync("/provider");

        var rows = document.QuerySelectorAll("tr[data-service]");
        rows.Length.ShouldBeGreaterThan(10);
        var mine = await app.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Name == "Brightpath Family Support");
            return await db.LocalOfferServices.Where(s => s.OrganisationId == org.Id).Select(s => s.Id).ToListAsync();
        });
        rows.Select(r => Guid.Parse(r.GetAttribute("data-service")!)).ShouldBe(mine, ignoreOrder: true);
        document.QuerySelector("a[href='/provider/services/new']").ShouldNotBeNull();
        rows[0].QuerySelector("a")!.GetAttribute("href")!.ShouldEndWith("/edit");
    }

    [Fact]
    public async Task A_providers_change_is_published_only_when_the_council_approves_it_and_the_history_is_kept()
    {
        var service = await BrightpathServiceAsync(s => s.Details.Category == ServiceCategory.Education && s.Revisions.All(r => r.State != RevisionState.Pending));
        var provider = await app.SignedInAsync(DemoUsers.Provider);
        var edit = await provider.GetDocumentAsync($"/provider/services/{service.Id}/edit");
        var form = FormOf(edit);
        form["Form.Description"] = "Now with a Saturday morning session for parents too.";

        var sent = await provider.PostAsync($"/provider/services/{service.Id}/edit", Encode(form));

        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var publicPage = await app.Browser().GetDocumentAsync($"/local-offer/services/{service.Id}");
        publicPage.QuerySelector(".govuk-body-l")!.TextContent.ShouldBe(service.Details.Description);

        var manager = await app.SignedInAsync(DemoUsers.Manager);
        var review = await manager.GetFormAsync($"/local-offer/manage/services/{service.Id}");
        review.Document.QuerySelector("#change").ShouldNotBeNull();
        var approved = await manager.PostAsync($"/local-offer/manage/services/{service.Id}?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = review.Token,
            ["Reason"] = string.Empty,
        }));

        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        publicPage = await app.Browser().GetDocumentAsync($"/local-offer/services/{service.Id}");
        publicPage.QuerySelector(".govuk-body-l")!.TextContent.ShouldBe("Now with a Saturday morning session for parents too.");
        var history = await app.WithDbAsync(db => db.ServiceRevisions.Where(r => r.ServiceId == service.Id).OrderBy(r => r.Number).ToListAsync());
        history.Count.ShouldBe(2);
        history[0].Details.Description.ShouldBe(service.Details.Description);
        history[1].State.ShouldBe(RevisionState.Approved);
        history[1].DecidedBy.ShouldNotBeNull();
        var reviewed = await app.WithDbAsync(db => db.LocalOfferServices.Where(s => s.Id == service.Id).Select(s => s.LastReviewedOn).SingleAsync());
        reviewed.ShouldBe(Domain.Pathway.EnglishCalendar.DateOf(app.Clock.GetCurrentInstant()));
    }

    [Fact]
    public async Task The_council_must_give_a_reason_to_reject_a_change_and_the_provider_sees_it()
    {
        var service = await BrightpathServiceAsync(s => s.Revisions.Any(r => r.State == RevisionState.Pending));
        var manager = await app.SignedInAsync(DemoUsers.Manager);
        var review = await manager.GetFormAsync($"/local-offer/manage/services/{service.Id}");

        var noReason = await manager.PostAsync($"/local-offer/manage/services/{service.Id}?handler=Reject",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = review.Token, ["Reason"] = "" }));
        var page = await noReason.ToDocumentAsync();
        page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href").ShouldBe("#reason");

        var rejected = await manager.PostAsync($"/local-offer/manage/services/{service.Id}?handler=Reject",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = review.Token, ["Reason"] = "Please give the Saturday session's times" }));
        rejected.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var home = await (await app.SignedInAsync(DemoUsers.Provider)).GetDocumentAsync("/provider");
        home.QuerySelector($"tr[data-service='{service.Id}']")!.TextContent.ShouldContain("Please give the Saturday session's times");
    }

    [Fact]
    public async Task A_provider_cannot_open_or_change_another_organisations_service()
    {
        var other = await app.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Name == "Brightpath Family Support");
            return await db.LocalOfferServices.Where(s => s.OrganisationId != org.Id).Select(s => s.Id).FirstAsync();
        });
        var provider = await app.SignedInAsync(DemoUsers.Provider);
        var token = (await provider.GetFormAsync("/provider/services/new")).Token;

        (await provider.GetAsync($"/provider/services/{other}/edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var post = await provider.PostAsync($"/provider/services/{other}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Name"] = "Taken over",
            ["Form.Description"] = "x",
            ["Form.Category"] = "Health",
            ["Form.MinimumAge"] = "0",
            ["Form.MaximumAge"] = "5",
            ["Form.Referral"] = "SelfReferral",
        }));
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.ServiceRevisions.CountAsync(r => r.ServiceId == other && r.State == RevisionState.Pending))).ShouldBe(0);
    }

    [Fact]
    public async Task A_new_service_is_checked_field_by_field_then_waits_unpublished_for_approval()
    {
        var provider = await app.SignedInAsync(DemoUsers.Provider);
        var form = await provider.GetFormAsync("/provider/services/new");

        var bad = await provider.PostAsync("/provider/services/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Form.MinimumAge"] = "12",
            ["Form.MaximumAge"] = "8",
        }));
        var errors = (await bad.ToDocumentAsync()).QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        errors.ShouldContain("#Name");
        errors.ShouldContain("#MaximumAge");

        var good = await provider.PostAsync("/provider/services/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Form.Name"] = "Brightpath Lego Club",
            ["Form.Description"] = "Building together",
            ["Form.Category"] = "Leisure",
            ["Form.MinimumAge"] = "6",
            ["Form.MaximumAge"] = "12",
            ["Form.Referral"] = "SelfReferral",
            ["Form.Postcode"] = "NS2 3AB",
            ["Form.District"] = "Northby",
        }));
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = Guid.Parse(good.Headers.Location!.ToString().Split('/')[3]);
        (await app.Browser().GetAsync($"/local-offer/services/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync($"/openreferral/services/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Entries_not_reviewed_for_12_months_are_flagged_to_the_council_and_the_provider()
    {
        var today = Domain.Pathway.EnglishCalendar.DateOf(app.Clock.GetCurrentInstant());
        var stale = await app.WithDbAsync(async db =>
            (await db.LocalOfferServices.AsNoTracking().ToListAsync()).Where(s => s.IsPublished && s.IsStale(today)).Select(s => s.Id).ToList());
        stale.ShouldNotBeEmpty();

        var council = await (await app.SignedInAsync(DemoUsers.Manager)).GetDocumentAsync("/local-offer/manage");
        var flagged = council.QuerySelectorAll("tr[data-service]").Where(r => r.QuerySelector(".app-stale") is not null).Select(r => Guid.Parse(r.GetAttribute("data-service")!)).Distinct().ToList();
        flagged.ShouldBe(stale, ignoreOrder: true);

        var provider = await (await app.SignedInAsync(DemoUsers.Provider)).GetDocumentAsync("/provider");
        provider.QuerySelectorAll("tr[data-service] .app-stale").Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Only_council_managers_and_administrators_reach_the_council_pages()
    {
        var provider = await app.SignedInAsync(DemoUsers.Provider);

        (await provider.GetAsync("/local-offer/manage")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await app.SignedInAsync(DemoUsers.Admin)).GetAsync("/local-offer/manage")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LocalOfferPublishingOnSqlite(SqliteApp app) : LocalOfferPublishingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LocalOfferPublishingOnPostgres : LocalOfferPublishingTests
{
    public LocalOfferPublishingOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
