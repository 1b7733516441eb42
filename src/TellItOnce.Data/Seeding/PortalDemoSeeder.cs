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
        await db.SaveChangesAsync(ct);
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
