using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Plans;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>
/// Advice requests addressed to a team (assigned by its lead, surviving a person leaving, from every area), documents with
/// advice, annual reviews hosted by the setting with professionals' contributions, and a trust lead's reach.
/// </summary>
public abstract class PortalTeamsAndReviewsTests(TellItOnceApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        var form = await client.GetFormAsync(url);
        fields["__RequestVerificationToken"] = form.Token;
        return await client.PostAsync(handler.Length == 0 ? url : $"{url}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>A new organisation with a team lead and a member, both professionals in the demo area.</summary>
    private async Task<(Guid Org, string Lead, Guid LeadId, string Member, Guid MemberId)> TeamAsync()
    {
        var lead = $"lead-{Guid.NewGuid():N}@team.example";
        var member = $"member-{Guid.NewGuid():N}@team.example";
        var leadId = await app.CreateUserAsync(lead, Role.Professional);
        var memberId = await app.CreateUserAsync(member, Role.Professional);
        var org = await app.WithDbAsync(async db =>
        {
            var o = new Organisation { Id = Guid.CreateVersion7(), Name = $"Team {Guid.NewGuid():N}"[..13], Kind = OrganisationKind.Health };
            db.Organisations.Add(o);
            var l = await db.Users.SingleAsync(u => u.Id == leadId);
            (l.OrganisationId, l.IsTeamLead, l.DisplayName) = (o.Id, true, "Lena Lead");
            var m = await db.Users.SingleAsync(u => u.Id == memberId);
            (m.OrganisationId, m.DisplayName) = (o.Id, "Milo Member");
            await db.SaveChangesAsync();
            return o.Id;
        });
        return (org, lead, leadId, member, memberId);
    }

    /// <summary>Points a test case's advice request at an organisation, requested on a given date.</summary>
    private Task<int> AddressAsync(Guid adviceId, Guid org, LocalDate requestedOn) => app.WithDbAsync(async db =>
    {
        var advice = await db.AdviceRequests.SingleAsync(a => a.Id == adviceId);
        (advice.OrganisationId, advice.RequestedOn, advice.ProfessionalUserId) = (org, requestedOn, null);
        return await db.SaveChangesAsync();
    });

    private static async Task<string> InboxRowAsync(HttpClient client, Guid adviceId) =>
        (await client.GetDocumentAsync("/advice")).QuerySelector($"#advice-inbox tr[data-advice='{adviceId}']")?.TextContent ?? "(not in the inbox)";

    [Fact]
    public async Task A_team_request_reaches_every_member_is_assigned_by_the_lead_and_survives_the_person_leaving()
    {
        var team = await TeamAsync();
        var (caseId, _, adviceId) = await TestRecords.AssessingCaseAsync(app);
        await AddressAsync(adviceId, team.Org, new LocalDate(2026, 1, 5)); // due 16 February: 14 days late on 2 March
        var lead = await app.SignedInAsync(team.Lead);
        var member = await app.SignedInAsync(team.Member);

        (await InboxRowAsync(member, adviceId)).ShouldContain("Your team (not assigned)");
        (await InboxRowAsync(lead, adviceId)).ShouldContain("late by 14 days");

        // Only the lead may assign; a member asking is refused as if the request were not there.
        (await PostAsync(member, $"/advice/{adviceId}", "Assign", new() { ["assigneeId"] = team.MemberId.ToString() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = await PostAsync(lead, $"/advice/{adviceId}", "Assign", new() { ["assigneeId"] = Guid.NewGuid().ToString() });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Choose someone in your team");
        (await PostAsync(lead, $"/advice/{adviceId}", "Assign", new() { ["assigneeId"] = team.MemberId.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await InboxRowAsync(member, adviceId)).ShouldContain("You");
        (await InboxRowAsync(lead, adviceId)).ShouldContain("Milo Member");
        (await app.WithDbAsync(db => db.UserNotifications.CountAsync(n => n.UserId == team.MemberId && n.Link == $"/advice/{adviceId}"))).ShouldBe(1);

        // Milo leaves: his account is disabled. The team still sees the request, flagged for reassigning.
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == team.MemberId)).DisabledAt = TellItOnceApp.Now;
            return await db.SaveChangesAsync();
        });
        (await InboxRowAsync(lead, adviceId)).ShouldContain("Milo Member (account disabled: needs reassigning)");
        var page = await lead.GetDocumentAsync($"/advice/{adviceId}");
        page.QuerySelectorAll("#assigneeId option").Select(o => o.TextContent.Trim()).ShouldBe(["Choose a person", "Lena Lead"]);
        (await PostAsync(lead, $"/advice/{adviceId}", "Assign", new() { ["assigneeId"] = team.LeadId.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await InboxRowAsync(lead, adviceId)).ShouldContain("You");
        (await app.WithDbAsync(db => db.Cases.SingleAsync(c => c.Id == caseId))).Stage.ShouldBe(CaseStage.Assessing);
    }

    [Fact]
    public async Task A_professional_in_two_areas_sees_the_requests_of_both_in_one_inbox()
    {
        var team = await TeamAsync();
        var north = await TestRecords.AssessingCaseAsync(app);
        var south = await TestRecords.AssessingCaseAsync(app, TestRecords.OtherAreaSlug, "Southerner");
        await AddressAsync(north.AdviceId, team.Org, new LocalDate(2026, 2, 3));
        await AddressAsync(south.AdviceId, team.Org, new LocalDate(2026, 2, 3));
        await app.WithDbAsync(async db =>
        {
            var southvale = await db.Areas.SingleAsync(a => a.Slug == TestRecords.OtherAreaSlug);
            db.AreaMemberships.Add(new AreaMembership { Id = Guid.CreateVersion7(), UserId = team.MemberId, AreaId = southvale.Id, Role = Role.Professional });
            return await db.SaveChangesAsync();
        });

        var member = await app.SignedInAsync(team.Member);
        (await InboxRowAsync(member, north.AdviceId)).ShouldContain("Northshire");
        (await InboxRowAsync(member, south.AdviceId)).ShouldContain("Southvale");

        // The lead works in Northshire only: the Southvale request is not theirs to see.
        var lead = await app.SignedInAsync(team.Lead);
        (await InboxRowAsync(lead, south.AdviceId)).ShouldBe("(not in the inbox)");
        (await lead.GetAsync($"/advice/{south.AdviceId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_professional_attaches_a_report_to_their_advice_and_a_disguised_program_is_refused()
    {
        var team = await TeamAsync();
        var (caseId, _, adviceId) = await TestRecords.AssessingCaseAsync(app);
        await AddressAsync(adviceId, team.Org, new LocalDate(2026, 2, 3));
        var member = await app.SignedInAsync(team.Member);

        async Task<HttpResponseMessage> SubmitAsync(string fileName, byte[] bytes)
        {
            var form = await member.GetFormAsync($"/advice/{adviceId}");
            using var content = new MultipartFormDataContent
            {
                { new StringContent(form.Token), "__RequestVerificationToken" },
                { new StringContent("Needs help with attention."), "Needs" },
                { new StringContent("Sits for a whole lesson by July."), "Outcomes" },
                { new StringContent("Movement breaks twice a lesson."), "Provision" },
                { new StringContent("Occupational therapy report"), "FileTitle" },
            };
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, "Attachment", fileName);
            return await member.PostAsync($"/advice/{adviceId}?handler=Submit", content);
        }

        var bad = await SubmitAsync("report.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]);
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.ToDocumentAsync()).QuerySelector(".govuk-error-summary a[href='#file']").ShouldNotBeNull();
        (await app.WithDbAsync(db => db.Documents.CountAsync(d => d.CaseId == caseId))).ShouldBe(0);
        (await app.WithDbAsync(db => db.AdviceRequests.SingleAsync(a => a.Id == adviceId))).ReceivedOn.ShouldBeNull();

        (await SubmitAsync("OT report.pdf", Pdf)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await app.WithDbAsync(db => db.Documents.SingleAsync(d => d.CaseId == caseId));
        stored.AdviceRequestId.ShouldBe(adviceId);
        stored.Title.ShouldBe("Occupational therapy report");
        (await app.WithDbAsync(db => db.AdviceRequests.SingleAsync(a => a.Id == adviceId))).ReceivedOn.ShouldBe(new LocalDate(2026, 3, 2));
        var page = await member.GetDocumentAsync($"/advice/{adviceId}");
        page.QuerySelector($"#documents-table tr[data-document='{stored.Id}']").ShouldNotBeNull();
        var download = await member.GetAsync($"/cases/{caseId}/documents/{stored.Id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        (await (await app.SignedInAsync(DemoUsers.Parent2)).GetAsync($"/cases/{caseId}/documents/{stored.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>A pupil of the demo SENCO's school with a plan in force (two outcomes) and a parent account of their own.</summary>
    private async Task<(Guid ChildId, Guid CaseId, string Parent)> PupilWithPlanAsync()
    {
        var parent = $"parent-{Guid.NewGuid():N}@family.example";
        var parentId = await app.CreateUserAsync(parent, Role.Parent);
        var (childId, caseId) = await app.WithDbAsync(async db =>
        {
            var senco = await db.Users.SingleAsync(u => u.Email == DemoUsers.Senco);
            var area = await db.Areas.SingleAsync(a => a.Slug == DemoAreaSeeder.AreaSlug);
            var child = new Child { Id = Guid.CreateVersion7(), AreaId = area.Id, GivenName = "Rosa", FamilyName = $"Rev{Guid.NewGuid():N}"[..12], DateOfBirth = new LocalDate(2016, 10, 1), CurrentSettingId = senco.SettingId };
            var issued = new LocalDate(2025, 3, 20);
            var c = new EhcCase
            {
                Id = Guid.CreateVersion7(),
                AreaId = area.Id,
                ChildId = child.Id,
                Reference = $"R-{Guid.NewGuid():N}"[..12],
                Stage = CaseStage.PlanIssued,
                RequestReceived = new LocalDate(2024, 11, 1),
                DecisionToAssessOn = new LocalDate(2024, 12, 1),
                AgreedToAssess = true,
                DraftIssuedOn = new LocalDate(2025, 2, 20),
                FinalIssuedOn = issued,
                LatestPlanIssuedOn = issued,
                Version = Guid.NewGuid(),
            };
            db.Children.Add(child);
            db.Cases.Add(c);
            db.FamilyLinks.Add(new FamilyLink { Id = Guid.CreateVersion7(), ChildId = child.Id, UserId = parentId, Relationship = FamilyRelationship.Parent });
            db.PlanVersions.Add(new PlanVersion
            {
                Id = Guid.CreateVersion7(),
                AreaId = area.Id,
                CaseId = c.Id,
                Number = 1,
                Kind = PlanVersionKind.Final,
                IssuedOn = issued,
                Outcomes =
                [
                    new PlanOutcome { Id = Guid.CreateVersion7(), Text = "Rosa writes a paragraph independently", ByWhen = "July 2026" },
                    new PlanOutcome { Id = Guid.CreateVersion7(), Text = "Rosa joins a lunchtime club", ByWhen = "July 2026" },
                ],
            });
            await db.SaveChangesAsync();
            return (child.Id, c.Id);
        });
        return (childId, caseId, parent);
    }

    [Fact]
    public async Task A_SENCO_hosts_an_annual_review_invited_professionals_contribute_and_the_report_shows_how_late_it_is()
    {
        var team = await TeamAsync();
        var (childId, caseId, parentEmail) = await PupilWithPlanAsync();
        var senco = await app.SignedInAsync(DemoUsers.Senco);
        var url = $"/setting/pupils/{childId}/review";
        var member = await app.SignedInAsync(team.Member);
        var outsider = await app.SignedInAsync(DemoUsers.SocialCare);

        // Before the invitation the team cannot see the case.
        (await app.WithDbAsync(db => db.ReviewInvitations.CountAsync(i => i.CaseId == caseId))).ShouldBe(0);

        var tooSoon = await PostAsync(senco, url, "Arrange", new() { ["MeetingOn.Day"] = "9", ["MeetingOn.Month"] = "3", ["MeetingOn.Year"] = "2026", ["Organisations"] = team.Org.ToString(), ["Version"] = await VersionAsync(caseId) });
        (await tooSoon.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("at least 2 weeks after the invitations");
        (await PostAsync(senco, url, "Arrange", new() { ["MeetingOn.Day"] = "20", ["MeetingOn.Month"] = "3", ["MeetingOn.Year"] = "2026", ["Organisations"] = team.Org.ToString(), ["Version"] = await VersionAsync(caseId) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var c = await app.WithDbAsync(db => db.Cases.SingleAsync(k => k.Id == caseId));
        (c.Stage, c.ReviewMeetingOn, c.ReviewInvitationsSentOn).ShouldBe((CaseStage.InAnnualReview, new LocalDate(2026, 3, 20), new LocalDate(2026, 3, 2)));
        var invitation = await app.WithDbAsync(db => db.ReviewInvitations.SingleAsync(i => i.CaseId == caseId));
        invitation.OrganisationId.ShouldBe(team.Org);
        (await app.WithDbAsync(db => db.UserNotifications.CountAsync(n => n.UserId == team.MemberId && n.Link == $"/reviews/{invitation.Id}"))).ShouldBe(1);

        // The invited team sees the invitation (contribution due 2 weeks before the meeting) and contributes; others cannot.
        var inbox = await member.GetDocumentAsync("/advice");
        inbox.QuerySelector("#review-invitations")!.TextContent.ShouldContain("6 Mar 2026");
        (await outsider.GetAsync($"/reviews/{invitation.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var empty = await PostAsync(member, $"/reviews/{invitation.Id}", "Submit", new() { ["Contribution"] = " " });
        (await empty.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Write your contribution");
        (await PostAsync(member, $"/reviews/{invitation.Id}", "Submit", new() { ["Contribution"] = "Rosa's handwriting has improved; keep the writing outcome." }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await senco.GetDocumentAsync(url)).QuerySelector("#contributions")!.TextContent.ShouldContain("Rosa's handwriting has improved");
        (await PostAsync(member, $"/reviews/{invitation.Id}", "Submit", new() { ["Contribution"] = "Again" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The meeting took place on 10 February (moved back on this test's own case), so the report was due on 24 February.
        await app.WithDbAsync(async db =>
        {
            var k = await db.Cases.SingleAsync(x => x.Id == caseId);
            (k.ReviewMeetingOn, k.ReviewInvitationsSentOn) = (new LocalDate(2026, 2, 10), new LocalDate(2026, 1, 20));
            return await db.SaveChangesAsync();
        });
        var page = await senco.GetDocumentAsync(url);
        page.QuerySelector("#report-due")!.TextContent.ShouldContain("24 February 2026");
        page.QuerySelector("#report-due")!.TextContent.ShouldContain("late by 6 days");

        var early = await PostAsync(senco, url, "Report", new() { ["Version"] = await VersionAsync(caseId) });
        (await early.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Record what the meeting found");
        var missing = await PostAsync(senco, url, "Meeting", new() { ["outcome-0"] = "Met", ["Version"] = await VersionAsync(caseId) });
        (await missing.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Rosa joins a lunchtime club");
        (await PostAsync(senco, url, "Meeting", new() { ["outcome-0"] = "Met", ["outcome-1"] = "PartlyMet", ["comment-1"] = "Joins with a friend", ["Version"] = await VersionAsync(caseId) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(senco, url, "Report", new() { ["Version"] = await VersionAsync(caseId) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        c = await app.WithDbAsync(db => db.Cases.Include(k => k.OutcomeResults).SingleAsync(k => k.Id == caseId));
        c.ReviewReportReceivedOn.ShouldBe(new LocalDate(2026, 3, 2));
        c.OutcomeResults.Select(r => r.Progress).ShouldBe([OutcomeProgress.Met, OutcomeProgress.PartlyMet], ignoreOrder: true);
        (await senco.GetDocumentAsync(url)).QuerySelector("#report-due")!.TextContent.ShouldContain("2 March 2026 (late by 6 days)");

        // The family sees what the review found, and the plan shared with them.
        var family = await (await app.SignedInAsync(parentEmail)).GetDocumentAsync($"/family/cases/{caseId}");
        family.QuerySelector("#outcome-results")!.TextContent.ShouldContain("Partly met");
        family.QuerySelector("#plans a")!.GetAttribute("href").ShouldBe($"/cases/{caseId}/plan/1/pdf");

        // Another family reaches none of it.
        (await (await app.SignedInAsync(DemoUsers.Parent)).GetAsync($"/family/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_family_asks_for_a_personal_budget_through_the_same_step_that_feeds_section_J()
    {
        var (_, caseId, parentEmail) = await PupilWithPlanAsync();
        var parent = await app.SignedInAsync(parentEmail);
        var url = $"/family/cases/{caseId}/personal-budget";
        (await parent.GetDocumentAsync(url)).QuerySelector("#section-j")!.TextContent.ShouldContain("The plan has no personal budget");

        var none = await PostAsync(parent, url, "", new() { ["Version"] = await VersionAsync(caseId), ["Arrangement"] = "DirectPayment" });
        (await none.ToDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Enter the amount asked for");
        var bad = await PostAsync(parent, url, "", new() { ["Version"] = await VersionAsync(caseId), ["Education"] = "lots" });
        (await bad.ToDocumentAsync()).QuerySelector(".govuk-error-summary a[href='#education']").ShouldNotBeNull();
        (await PostAsync(parent, url, "", new() { ["Version"] = await VersionAsync(caseId), ["Education"] = "£1,200", ["Arrangement"] = "DirectPayment" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var request = await app.WithDbAsync(db => db.Set<PersonalBudgetRequest>().SingleAsync(r => r.CaseId == caseId));
        (request.EducationRequested, request.Arrangement, request.RequestedOn).ShouldBe((1200m, BudgetArrangement.DirectPayment, new LocalDate(2026, 3, 2)));
        var page = await parent.GetDocumentAsync(url);
        page.QuerySelector("#budget-requests")!.TextContent.ShouldContain("waiting for the council's decision");
        page.QuerySelector("#education").ShouldBeNull();
        (await (await app.SignedInAsync(DemoUsers.Parent2)).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<string> VersionAsync(Guid caseId) => (await app.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync())).ToString();

    [Fact]
    public async Task A_trust_lead_sees_the_pupils_of_every_school_of_the_trust_and_no_other()
    {
        var document = await (await app.SignedInAsync(DemoUsers.TrustLead)).GetDocumentAsync("/setting");
        var shown = document.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

        var (inTrust, outside, outsideId) = await app.WithDbAsync(async db =>
        {
            var trust = await db.Users.Where(u => u.Email == DemoUsers.TrustLead).Select(u => u.TrustId).SingleAsync();
            var schools = await db.Settings.Where(s => s.TrustId == trust).Select(s => s.Id).ToListAsync();
            var children = await db.Children.Where(c => c.CurrentSettingId != null).Select(c => new { c.Id, Name = c.GivenName + " " + c.FamilyName, c.CurrentSettingId }).ToListAsync();
            var other = children.First(c => !schools.Contains(c.CurrentSettingId!.Value));
            return (children.Where(c => schools.Contains(c.CurrentSettingId!.Value)).Select(c => c.Name).ToList(), children.Where(c => !schools.Contains(c.CurrentSettingId!.Value)).Select(c => c.Name).ToHashSet(), other.Id);
        });

        inTrust.Count.ShouldBeGreaterThan(0);
        shown.ShouldBe(inTrust, ignoreOrder: true);
        shown.ShouldContain("Maisie Whitfield");
        shown.ShouldNotContain(n => outside.Contains(n));
        document.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ShouldContain("Setting");
        (await (await app.SignedInAsync(DemoUsers.TrustLead)).GetAsync($"/setting/pupils/{outsideId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PortalTeamsAndReviewsOnSqlite(SqliteApp app) : PortalTeamsAndReviewsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PortalTeamsAndReviewsOnPostgres : PortalTeamsAndReviewsTests
{
    public PortalTeamsAndReviewsOnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
