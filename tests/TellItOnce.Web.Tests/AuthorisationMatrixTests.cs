using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Portals;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>
/// Every route and API endpoint (read from the app's endpoint data sources, so a new page is covered without editing
/// this test), asked for by every demo account about records that are not theirs: another family's child, a pupil of
/// another setting, a case that never asked this professional, a case in another area. Nothing may answer with the
/// record; routes that take an id must answer 404 (or refuse the role outright).
/// </summary>
public abstract class AuthorisationMatrixTests(TellItOnceApp app)
{
    /// <summary>A record a user must not reach: its ids, and text that would show it had leaked.</summary>
    private sealed record Foreign(string What, Guid CaseId, Guid ChildId, Guid? AdviceId, IReadOnlyList<Guid> Others, IReadOnlyList<string> Tells)
    {
        /// <summary>The ids to try in a route's parameters: a child id where a child is asked for, an advice request's where advice is, else the case's and any others.</summary>
        public IEnumerable<Func<string, Guid>> Fillings() =>
            new Guid[] { CaseId }.Concat(Others).Select(other => (Func<string, Guid>)(name => name switch
            {
                "childId" => ChildId,
                "adviceId" => AdviceId ?? other,
                _ => other,
            }));
    }

    /// <summary>One way into the app: a route pattern and a method (with the Razor page handler, if any).</summary>
    private sealed record Way(string Method, RoutePattern Pattern, string? Handler, bool IsPage)
    {
        public bool TakesIds => Pattern.Parameters.Any(p => p.ParameterPolicies.Any(x => x.Content == "guid") || p.Name.EndsWith("Id", StringComparison.OrdinalIgnoreCase) || p.Name == "id");

        public override string ToString() => $"{Method} {Pattern.RawText}{(Handler is null ? "" : $"?handler={Handler}")}";
    }

    private static readonly HashSet<string> Public = ["/sign-in", "/sign-out", "/error/{code}", "/health", "/health/ready", "/health/live"];

    private async Task<IReadOnlyList<Way>> WaysAsync()
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        var loader = app.Services.GetRequiredService<PageLoader>();
        var ways = new List<Way>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var raw = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (Public.Contains(raw) || raw.StartsWith("/openapi", StringComparison.Ordinal))
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
                ways.Add(new Way("GET", endpoint.RoutePattern, null, true));
                ways.AddRange(page.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)).Select(h => new Way("POST", endpoint.RoutePattern, h.Name, true)));
            }
            else if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods)
            {
                ways.AddRange(methods.HttpMethods.Where(m => m != "OPTIONS").Select(m => new Way(m, endpoint.RoutePattern, null, false)));
            }
        }

        return [.. ways.DistinctBy(w => w.ToString())];
    }

    private static string Url(Way way, Func<string, Guid> id) => "/" + string.Join("/", way.Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "guid") || p.Name.EndsWith("Id", StringComparison.OrdinalIgnoreCase) || p.Name == "id" => id(p.Name).ToString(),
        RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "int") => "1",
        RoutePatternParameterPart p when p.Name == "step" => "check",
        RoutePatternParameterPart => "x",
        _ => string.Empty,
    })))).TrimEnd('/') + (way.Handler is null ? string.Empty : $"?handler={way.Handler}");

    private async Task<Dictionary<string, List<Foreign>>> ForeignRecordsAsync()
    {
        var southvale = await TestRecords.AssessingCaseAsync(app, TestRecords.OtherAreaSlug, "Zebedee");
        return await app.WithDbAsync(async db =>
        {
            async Task<Foreign> CaseOfAsync(string what, Guid caseId)
            {
                var c = await db.Cases.Include(k => k.AdviceRequests).SingleAsync(k => k.Id == caseId);
                var child = await db.Children.SingleAsync(k => k.Id == c.ChildId);
                var drafts = await db.AssessmentRequestDrafts.Where(d => d.SubmittedCaseId == null && d.ChildId == child.Id).Select(d => d.Id).ToListAsync();
                return new Foreign(what, c.Id, child.Id, c.AdviceRequests.Select(a => (Guid?)a.Id).FirstOrDefault(), drafts, [child.FullName, c.Reference]);
            }

            async Task<Guid> FamilyCaseAsync(string email, string givenName) =>
                await (from u in db.Users
                       join l in db.FamilyLinks on u.Id equals l.UserId
                       join k in db.Children on l.ChildId equals k.Id
                       join c in db.Cases on k.Id equals c.ChildId
                       where u.Email == email && k.GivenName == givenName
                       select c.Id).FirstAsync();

            var maisie = await FamilyCaseAsync(DemoUsers.Parent, "Maisie");
            var noah = await FamilyCaseAsync(DemoUsers.Parent2, "Noah");

            // parent@ has a request saved as a draft about Maisie: nobody else may open it.
            var parent = await db.Users.SingleAsync(u => u.Email == DemoUsers.Parent);
            var maisieChild = await db.Cases.Where(c => c.Id == maisie).Select(c => c.ChildId).SingleAsync();
            db.AssessmentRequestDrafts.Add(new AssessmentRequestDraft { Id = Guid.CreateVersion7(), UserId = parent.Id, AreaId = (await db.Cases.SingleAsync(c => c.Id == maisie)).AreaId, ChildId = maisieChild, UpdatedAt = TellItOnceApp.Now });
            await db.SaveChangesAsync();

            // A case that asked nobody for advice yet (a new request): no professional may see it.
            var notAsked = await db.Cases.Where(c => c.Stage == CaseStage.NewRequest && !c.AdviceRequests.Any()).Select(c => c.Id).FirstAsync();

            // A pupil of another setting than the SENCO's, with a case.
            var senco = await db.Users.SingleAsync(u => u.Email == DemoUsers.Senco);
            var otherPupil = await (from c in db.Cases
                                    join k in db.Children on c.ChildId equals k.Id
                                    where k.CurrentSettingId != null && k.CurrentSettingId != senco.SettingId && !c.AdviceRequests.Any(a => a.ProfessionalUserId == senco.Id)
                                    select c.Id).FirstAsync();

            var otherArea = await CaseOfAsync("a case in another area", southvale.CaseId);
            var maisieForeign = await CaseOfAsync("parent@'s child Maisie", maisie);
            var result = DemoUsers.All.ToDictionary(u => u.Email, _ => new List<Foreign> { otherArea });
            result[DemoUsers.Parent].Add(await CaseOfAsync("parent2@'s child Noah", noah));
            result[DemoUsers.Parent2].Add(maisieForeign);
            result[DemoUsers.YoungPerson].Add(maisieForeign);
            foreach (var professional in new[] { DemoUsers.EducationalPsychologist, DemoUsers.Health, DemoUsers.SocialCare })
            {
                result[professional].Add(await CaseOfAsync("a case that asked nobody for advice", notAsked));
            }

            result[DemoUsers.Senco].Add(await CaseOfAsync("a pupil of another setting", otherPupil));
            foreach (var staff in new[] { DemoUsers.Provider, DemoUsers.Board, DemoUsers.Admin })
            {
                result[staff].Add(maisieForeign);
            }

            return result;
        });
    }

    [Fact]
    public async Task No_demo_role_reaches_another_persons_records_by_any_route()
    {
        var ways = await WaysAsync();
        ways.Count.ShouldBeGreaterThan(40);
        ways.ShouldContain(w => w.Pattern.RawText!.Contains("family/cases", StringComparison.Ordinal));
        var foreign = await ForeignRecordsAsync();
        var failures = new List<string>();
        var requests = 0;
        foreach (var (email, _, _) in DemoUsers.All)
        {
            var client = await app.SignedInAsync(email);
            var token = (await client.GetFormAsync("/notifications/settings")).Token;
            // A change that names no record (sign out everywhere, notification settings) cannot reach anyone else's, and
            // would change the demo user's own state for the tests after this one: only reads are tried without ids.
            foreach (var way in ways.Where(w => w.TakesIds || w.Method == "GET"))
            {
                foreach (var record in foreign[email])
                {
                    foreach (var id in way.TakesIds ? record.Fillings() : [_ => Guid.Empty])
                    {
                        requests++;
                        using var request = new HttpRequestMessage(new HttpMethod(way.Method), Url(way, id));
                        if (way.Method != "GET")
                        {
                            request.Content = way.IsPage
                                ? new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["version"] = Guid.Empty.ToString() })
                                : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                        }

                        using var response = await client.SendAsync(request);
                        var body = await response.Content.ReadAsStringAsync();
                        var status = (int)response.StatusCode;
                        var leaked = record.Tells.FirstOrDefault(t => body.Contains(t, StringComparison.Ordinal));
                        var refused = !way.TakesIds
                            || status is 404 or 403 or 401 or 400 or 405 or 415
                            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.Ordinal) == true);
                        if (leaked is not null || !refused || status >= 500)
                        {
                            failures.Add($"{email} {way} with {record.What}: {status}{(leaked is null ? "" : $", shows \"{leaked}\"")}");
                        }
                    }
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Authorisation matrix: {ways.Count} routes x {DemoUsers.All.Count} demo roles = {ways.Count * DemoUsers.All.Count} pairs, {requests} requests");
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Each_role_does_reach_its_own_records_so_the_refusals_mean_something()
    {
        var ids = await app.WithDbAsync(async db =>
        {
            var maisie = await db.Children.Where(c => c.GivenName == "Maisie" && c.FamilyName == "Whitfield").Select(c => c.Id).SingleAsync();
            var maisieCase = await db.Cases.Where(c => c.ChildId == maisie).Select(c => c.Id).SingleAsync();
            var ep = await db.Users.SingleAsync(u => u.Email == DemoUsers.EducationalPsychologist);
            var areas = await db.AreaMemberships.Where(m => m.UserId == ep.Id).Select(m => m.AreaId).ToListAsync();
            var advice = await db.AdviceRequests.Where(a => a.ReceivedOn == null && a.OrganisationId == ep.OrganisationId && db.Cases.Any(c => c.Id == a.CaseId && areas.Contains(c.AreaId)))
                .Select(a => a.Id).FirstAsync();
            return (maisie, maisieCase, advice);
        });

        foreach (var (email, url) in new[]
        {
            (DemoUsers.Parent, $"/family/cases/{ids.maisieCase}"),
            (DemoUsers.Parent, $"/family/cases/{ids.maisieCase}/draft"),
            (DemoUsers.EducationalPsychologist, $"/advice/{ids.advice}"),
            (DemoUsers.Senco, $"/setting/pupils/{ids.maisie}"),
            (DemoUsers.Caseworker, $"/cases/{ids.maisieCase}/messages"),
        })
        {
            var response = await (await app.SignedInAsync(email)).GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{email} {url}");
        }
    }

    [Fact]
    public async Task A_parent_hidden_by_a_young_person_no_longer_sees_their_record()
    {
        var (linkId, caseId) = await app.WithDbAsync(async db =>
        {
            var kai = await db.Children.SingleAsync(c => c.GivenName == "Kai" && c.FamilyName == "Robson");
            var link = await db.FamilyLinks.SingleAsync(l => l.ChildId == kai.Id && l.Relationship == Domain.Children.FamilyRelationship.Parent);
            return (link.Id, await db.Cases.Where(c => c.ChildId == kai.Id).Select(c => c.Id).FirstAsync());
        });
        var kaiClient = await app.SignedInAsync(DemoUsers.YoungPerson);
        var form = await kaiClient.GetFormAsync("/family/sharing");
        form.Document.QuerySelector("tbody")!.TextContent.ShouldContain("Dawn Robson");
        var parentEmail = $"parent-{Guid.NewGuid():N}@northshire.example";
        var parentId = await app.CreateUserAsync(parentEmail, Domain.People.Role.Parent);
        var kaiId = await app.WithDbAsync(async db =>
        {
            var kai = await db.Children.SingleAsync(c => c.GivenName == "Kai" && c.FamilyName == "Robson");
            var link = new Domain.Children.FamilyLink { Id = Guid.CreateVersion7(), ChildId = kai.Id, UserId = parentId, Relationship = Domain.Children.FamilyRelationship.Parent };
            db.FamilyLinks.Add(link);
            await db.SaveChangesAsync();
            return link.Id;
        });
        var parent = await app.SignedInAsync(parentEmail);
        (await parent.GetAsync($"/family/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        form = await kaiClient.GetFormAsync("/family/sharing");
        (await kaiClient.PostAsync("/family/sharing", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["linkId"] = kaiId.ToString(),
            ["hidden"] = "true",
            ["__RequestVerificationToken"] = form.Token,
        }))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await parent.GetAsync($"/family/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await parent.GetDocumentAsync("/family")).Body!.TextContent.ShouldNotContain("Kai Robson");

        // Someone else's link is not the young person's to change.
        var other = await app.WithDbAsync(db => db.FamilyLinks.Where(l => l.Relationship == Domain.Children.FamilyRelationship.Parent && l.Id != linkId && l.Id != kaiId).Select(l => l.Id).FirstAsync());
        form = await kaiClient.GetFormAsync("/family/sharing");
        (await kaiClient.PostAsync("/family/sharing", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["linkId"] = other.ToString(),
            ["hidden"] = "true",
            ["__RequestVerificationToken"] = form.Token,
        }))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuthorisationMatrixOnSqlite(SqliteApp app) : AuthorisationMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuthorisationMatrixOnPostgres : AuthorisationMatrixTests
{
    public AuthorisationMatrixOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
