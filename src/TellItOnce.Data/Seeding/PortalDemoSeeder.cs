using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Notifications;
using TellItOnce.Domain.Plans;
using TellItOnce.Domain.Portals;
using TellItOnce.Domain.Settings;

namespace TellItOnce.Data.Seeding;

/// <summary>
/// Demo data for the portals: the draft plan Maisie's family comments on, the issued plans of Alfie and Kai, a message
/// thread, a pupil on SEN support at the SENCO's school with one assess-plan-do-review cycle, Kai's mother's account
/// (so Kai can decide what she sees), and the area's reminder lead times.
/// </summary>
public sealed class PortalDemoSeeder(AppDbContext db, UserManager<AppUser> users)
{
    public async Task SeedAsync(Area area, LocalDate today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(area);
        db.ReminderSettings.Add(new ReminderSettings { AreaId = area.Id });
        var accounts = await db.Users.Where(u => u.Email != null && u.Email.EndsWith("@northshire.example")).ToDictionaryAsync(u => u.Email!, ct);
        var family = await (from l in db.FamilyLinks
                            join c in db.Children on l.ChildId equals c.Id
                            join k in db.Cases on c.Id equals k.ChildId
                            select new { l.UserId, Child = c, Case = k }).ToListAsync(ct);

        foreach (var item in family)
        {
            var c = item.Case;
            if (c.Stage == CaseStage.DraftIssued && c.DraftIssuedOn is not null)
            {
                // The demo family's draft went out 5 days ago, so its 15 days for comments are open whatever the date.
                c.DraftIssuedOn = today.PlusDays(-5);
                db.PlanVersions.Add(Plan(c, item.Child, 1, PlanVersionKind.Draft, c.DraftIssuedOn.Value));
            }
            else if (c.Stage == CaseStage.PlanIssued && c.FinalIssuedOn is { } final)
            {
                db.PlanVersions.Add(Plan(c, item.Child, 1, PlanVersionKind.Final, final));
            }
        }

        var caseworker = accounts[DemoUsers.Caseworker];
        var noah = family.Single(f => f.UserId == accounts[DemoUsers.Parent2].Id).Case;
        var first = Guid.CreateVersion7();
        db.CaseMessages.Add(new CaseMessage
        {
            Id = first,
            CaseId = noah.Id,
            AreaId = area.Id,
            ThreadId = first,
            AuthorUserId = accounts[DemoUsers.Parent2].Id,
            FromFamily = true,
            Topic = MessageTopic.General,
            Body = "Noah has an appointment with the paediatrician next month. Should we send you the letter?",
            At = Instant.FromUtc(today.Year, today.Month, today.Day, 9, 0).Minus(Duration.FromDays(3)),
        });
        db.CaseMessages.Add(new CaseMessage
        {
            Id = Guid.CreateVersion7(),
            CaseId = noah.Id,
            AreaId = area.Id,
            ThreadId = first,
            AuthorUserId = caseworker.Id,
            FromFamily = false,
            Topic = MessageTopic.General,
            Body = "Yes please: it will go with the health advice for the assessment.",
            At = Instant.FromUtc(today.Year, today.Month, today.Day, 9, 0).Minus(Duration.FromDays(2)),
        });

        // A pupil on SEN support at the SENCO's school, with one cycle recorded.
        var senco = accounts[DemoUsers.Senco];
        var leo = new Child
        {
            Id = Guid.CreateVersion7(),
            AreaId = area.Id,
            GivenName = "Leo",
            FamilyName = "Fairbairn",
            DateOfBirth = today.PlusYears(-8).PlusDays(-40),
            Sex = Sex.Male,
            CurrentSettingId = senco.SettingId,
            District = "Northby",
            PrimaryNeed = NeedType.SLCN,
            OnSenSupport = true,
        };
        db.Children.Add(leo);
        db.SenSupportCycles.Add(new SenSupportCycle
        {
            Id = Guid.CreateVersion7(),
            ChildId = leo.Id,
            SettingId = senco.SettingId!.Value,
            AreaId = area.Id,
            RecordedByUserId = senco.Id,
            Needs = "Speech sound difficulties; finds it hard to follow spoken instructions of more than two steps.",
            Provision = "Small-group language sessions three times a week with the teaching assistant; visual prompts in class.",
            Outcomes = "Follows three-step instructions in class by the end of the spring term.",
            StartedOn = today.PlusDays(-70),
            ReviewOn = today.PlusDays(14),
        });

        // Kai's mother has an account linked to his record; Kai, who is 17, decides whether she sees it.
        var kai = family.Single(f => f.UserId == accounts[DemoUsers.YoungPerson].Id).Child;
        var mother = new AppUser { Id = Guid.CreateVersion7(), UserName = "dawn.robson@northshire.example", Email = "dawn.robson@northshire.example", EmailConfirmed = true, DisplayName = "Dawn Robson" };
        var created = await users.CreateAsync(mother);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Could not create a demo user.");
        }

        db.AreaMemberships.Add(new Domain.People.AreaMembership { Id = Guid.CreateVersion7(), UserId = mother.Id, AreaId = area.Id, Role = Domain.People.Role.Parent });
        db.FamilyLinks.Add(new FamilyLink { Id = Guid.CreateVersion7(), ChildId = kai.Id, UserId = mother.Id, Relationship = FamilyRelationship.Parent });
        await SeedTeamsAndReviewsAsync(area, accounts, today, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// ep@ leads the educational psychology team (and has a colleague to assign requests to); mat@ leads a trust of two
    /// primary schools, one of them the SENCO's; Poppy, at the SENCO's school, is in an annual review whose meeting was
    /// 16 days ago: the psychologist's contribution has arrived, health's has not, and the report to the council is late.
    /// </summary>
    private async Task SeedTeamsAndReviewsAsync(Area area, Dictionary<string, AppUser> accounts, LocalDate today, CancellationToken ct)
    {
        var ep = accounts[DemoUsers.EducationalPsychologist];
        ep.IsTeamLead = true;
        var colleague = new AppUser { Id = Guid.CreateVersion7(), UserName = "ben.carter@northshire.example", Email = "ben.carter@northshire.example", EmailConfirmed = true, DisplayName = "Dr Ben Carter", OrganisationId = ep.OrganisationId };
        if (!(await users.CreateAsync(colleague)).Succeeded)
        {
            throw new InvalidOperationException("Could not create a demo user.");
        }

        db.AreaMemberships.Add(new Domain.People.AreaMembership { Id = Guid.CreateVersion7(), UserId = colleague.Id, AreaId = area.Id, Role = Domain.People.Role.Professional });

        var senco = accounts[DemoUsers.Senco];
        var trust = new Trust { Id = Guid.CreateVersion7(), Name = "Northshire Learning Trust" };
        db.Trusts.Add(trust);
        var schools = await db.Settings.Where(x => x.AreaId == area.Id && x.Type == SettingType.Primary).OrderBy(x => x.Name).ToListAsync(ct);
        foreach (var school in schools.Where(x => x.Id == senco.SettingId).Concat(schools.Where(x => x.Id != senco.SettingId).Take(1)))
        {
            school.TrustId = trust.Id;
        }

        accounts[DemoUsers.TrustLead].TrustId = trust.Id;

        var poppy = new Child
        {
            Id = Guid.CreateVersion7(),
            AreaId = area.Id,
            GivenName = "Poppy",
            FamilyName = "Ashdown",
            DateOfBirth = today.PlusYears(-10).PlusDays(-100),
            Sex = Sex.Female,
            CurrentSettingId = senco.SettingId,
            District = "Northby",
            PrimaryNeed = NeedType.SPLD,
            Upn = "K801200001001",
            Postcode = "NS3 4AB",
            Ethnicity = "WBRI",
        };
        db.Children.Add(poppy);
        var issued = today.PlusYears(-1).PlusDays(10);
        var review = new EhcCase
        {
            Id = Guid.CreateVersion7(),
            AreaId = area.Id,
            ChildId = poppy.Id,
            Reference = $"NS-{issued.Year - 1}-0900",
            CaseworkerId = accounts["priya.shah@northshire.example"].Id,
            Stage = CaseStage.InAnnualReview,
            RequestedBy = RequesterKind.Setting,
            RequestReceived = issued.PlusDays(-140),
            DecisionToAssessOn = issued.PlusDays(-110),
            AgreedToAssess = true,
            DraftIssuedOn = issued.PlusDays(-30),
            FinalIssuedOn = issued,
            LatestPlanIssuedOn = issued,
            NamedSettingId = senco.SettingId,
            ReviewInvitationsSentOn = today.PlusDays(-40),
            ReviewMeetingOn = today.PlusDays(-16),
            Version = Guid.NewGuid(),
        };
        db.Cases.Add(review);
        var plan = Plan(review, poppy, 1, PlanVersionKind.Final, issued);
        plan.Outcomes.Add(new PlanOutcome { Id = Guid.CreateVersion7(), Text = "Poppy reads books matched to her age with confidence", ByWhen = "By the end of Year 6" });
        db.PlanVersions.Add(plan);
        var health = accounts[DemoUsers.Health];
        db.ReviewInvitations.Add(new ReviewInvitation
        {
            Id = Guid.CreateVersion7(),
            CaseId = review.Id,
            AreaId = area.Id,
            ReviewMeetingOn = review.ReviewMeetingOn.Value,
            OrganisationId = ep.OrganisationId,
            InvitedOn = review.ReviewInvitationsSentOn.Value,
            InvitedByUserId = senco.Id,
            Contribution = "Poppy's reading age has risen by 14 months this year. She still needs structured phonics and extra time; keep the outcomes, add one for spelling.",
            AuthorUserId = ep.Id,
            SubmittedAt = Instant.FromUtc(today.Year, today.Month, today.Day, 9, 0).Minus(Duration.FromDays(20)),
        });
        db.ReviewInvitations.Add(new ReviewInvitation
        {
            Id = Guid.CreateVersion7(),
            CaseId = review.Id,
            AreaId = area.Id,
            ReviewMeetingOn = review.ReviewMeetingOn.Value,
            OrganisationId = health.OrganisationId,
            InvitedOn = review.ReviewInvitationsSentOn.Value,
            InvitedByUserId = senco.Id,
        });
    }

    private static PlanVersion Plan(EhcCase c, Child child, int number, PlanVersionKind kind, LocalDate issuedOn)
    {
        var outcome = new PlanOutcome { Id = Guid.CreateVersion7(), Text = $"{child.GivenName} takes part in class learning with less adult help", ByWhen = "By the end of the school year" };
        return new PlanVersion
        {
            Id = Guid.CreateVersion7(),
            AreaId = c.AreaId,
            CaseId = c.Id,
            Number = number,
            Kind = kind,
            IssuedOn = issuedOn,
            ViewsInterestsAspirations = child.AllAboutMe,
            SpecialEducationalNeeds = "Needs help with attention, communication and sensory regulation in busy places.",
            HealthNeeds = "No health needs related to special educational needs.",
            SocialCareNeeds = "No social care needs identified.",
            Outcomes = [outcome],
            Provision =
            [
                new PlanProvision { Id = Guid.CreateVersion7(), Section = ProvisionSection.F, What = "Visual timetable and a quiet workspace", Who = "Class teacher", HowOften = "Every day", OutcomeId = outcome.Id },
            ],
            Placement = "Mainstream school",
            AdviceAndInformation = "Advice from the educational psychologist, health and the school.",
        };
    }
}
