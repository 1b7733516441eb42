using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Settings;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests.Insight;

/// <summary>
/// A small area built by hand, so a test can say what every figure of the dashboard and every line of the SEN2 return
/// must be. Six children; the test clock's today is 2 March 2026.
/// </summary>
public sealed record HandBuiltArea(Area Area, string Board, string Caseworker, string Admin, Guid CaseA, Guid CaseC, Guid SchoolId, Guid CollegeId)
{
    private static int _next;

    public static async Task<HandBuiltArea> CreateAsync(TellItOnceApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var n = Interlocked.Increment(ref _next);
        var code = (800 + (n * 7 % 190)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tag = $"{Guid.NewGuid():N}"[..8];
        var area = new Area { Id = Guid.CreateVersion7(), LaCode = code, Name = $"Testshire {tag}", Slug = $"testshire-{tag}", ReferencePrefix = "TS", Districts = ["North", "South"] };
        var school = new EducationSetting { Id = Guid.CreateVersion7(), AreaId = area.Id, Name = "Test Primary", Type = SettingType.Primary, Urn = "123456", District = "North" };
        var college = new EducationSetting { Id = Guid.CreateVersion7(), AreaId = area.Id, Name = "Test College", Type = SettingType.College, Ukprn = "10012345", District = "South" };

        Child Kid(string given, NeedType? need, LocalDate born, Sex sex = Sex.Female) => new()
        {
            Id = Guid.CreateVersion7(),
            AreaId = area.Id,
            GivenName = given,
            FamilyName = "Test" + tag,
            DateOfBirth = born,
            Sex = sex,
            PrimaryNeed = need,
            Postcode = "NS1 1AA",
            Ethnicity = "WBRI",
            District = "North",
        };

        var a = Kid("Ada", NeedType.ASD, new LocalDate(2015, 5, 1));
        a.Upn = "A123456789012";
        a.CurrentSettingId = school.Id;
        var b = Kid("Ben", NeedType.SLCN, new LocalDate(2019, 10, 1), Sex.Male);
        b.Upn = "B123456789012";
        var c = Kid("Cat", NeedType.ASD, new LocalDate(2009, 1, 15));
        c.Uln = "1234567890";
        c.CurrentSettingId = college.Id;
        c.District = "South";
        var d = Kid("Dan", NeedType.SEMH, new LocalDate(2012, 2, 1), Sex.Male);
        d.Upn = "D123456789012";
        var e = Kid("Eve", NeedType.MLD, new LocalDate(2016, 1, 1));
        e.OnSenSupport = true;
        var f = Kid("Fay", NeedType.PD, new LocalDate(2006, 6, 1));
        f.Upn = "F123456789012";

        var n0 = 0;
        EhcCase Case(Child child, CaseStage stage, LocalDate requested, RequesterKind by) => new()
        {
            Id = Guid.CreateVersion7(),
            AreaId = area.Id,
            ChildId = child.Id,
            Reference = $"TS-{tag}-{++n0}",
            Stage = stage,
            RequestReceived = requested,
            RequestedBy = by,
            Version = Guid.NewGuid(),
        };

        // Ada: decided in 5 weeks, plan in 19 weeks; education advice in 37 days, health advice in 49.
        var caseA = Case(a, CaseStage.PlanIssued, new LocalDate(2025, 1, 6), RequesterKind.Parent);
        (caseA.DecisionToAssessOn, caseA.AgreedToAssess, caseA.DraftIssuedOn, caseA.FinalIssuedOn, caseA.LatestPlanIssuedOn, caseA.NamedSettingId) =
            (new LocalDate(2025, 2, 10), true, new LocalDate(2025, 4, 28), new LocalDate(2025, 5, 19), new LocalDate(2025, 5, 19), school.Id);
        caseA.AdviceRequests.Add(new AdviceRequest { Id = Guid.CreateVersion7(), CaseId = caseA.Id, Source = AdviceSource.Education, RequestedOn = new LocalDate(2025, 2, 11), ReceivedOn = new LocalDate(2025, 3, 20) });
        caseA.AdviceRequests.Add(new AdviceRequest { Id = Guid.CreateVersion7(), CaseId = caseA.Id, Source = AdviceSource.Health, RequestedOn = new LocalDate(2025, 2, 11), ReceivedOn = new LocalDate(2025, 4, 1) });

        // Ben: decided in 8 weeks, plan in 26 weeks, with exceptional personal circumstances during the 20 weeks.
        var caseB = Case(b, CaseStage.PlanIssued, new LocalDate(2025, 3, 3), RequesterKind.Setting);
        (caseB.DecisionToAssessOn, caseB.AgreedToAssess, caseB.DraftIssuedOn, caseB.FinalIssuedOn, caseB.LatestPlanIssuedOn) =
            (new LocalDate(2025, 4, 28), true, new LocalDate(2025, 8, 1), new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 1));
        caseB.Exceptions.Add(new ExceptionPeriod { Id = Guid.CreateVersion7(), CaseId = caseB.Id, From = new LocalDate(2025, 6, 1), To = new LocalDate(2025, 6, 30), Reason = ExceptionReason.ExceptionalPersonalCircumstances });

        // Cat: plan since 2023, last reviewed 1 April 2024, so the review due 1 April 2025 is overdue.
        var caseC = Case(c, CaseStage.PlanIssued, new LocalDate(2023, 1, 9), RequesterKind.YoungPerson);
        (caseC.DecisionToAssessOn, caseC.AgreedToAssess, caseC.DraftIssuedOn, caseC.FinalIssuedOn, caseC.LatestPlanIssuedOn, caseC.LastReviewOn, caseC.NamedSettingId) =
            (new LocalDate(2023, 2, 13), true, new LocalDate(2023, 4, 3), new LocalDate(2023, 5, 1), new LocalDate(2023, 5, 1), new LocalDate(2024, 4, 1), college.Id);

        // Dan: refused in 5 weeks.
        var caseD = Case(d, CaseStage.NotAssessed, new LocalDate(2025, 6, 2), RequesterKind.Parent);
        (caseD.DecisionToAssessOn, caseD.AgreedToAssess) = (new LocalDate(2025, 7, 7), false);

        // Fay: plan ceased on 1 December 2025, needs met without a plan (reason 2).
        var caseF = Case(f, CaseStage.Ceased, new LocalDate(2022, 1, 10), RequesterKind.Parent);
        (caseF.DecisionToAssessOn, caseF.AgreedToAssess, caseF.DraftIssuedOn, caseF.FinalIssuedOn, caseF.LatestPlanIssuedOn, caseF.CeasedOn, caseF.CeaseReason) =
            (new LocalDate(2022, 2, 14), true, new LocalDate(2022, 4, 1), new LocalDate(2022, 5, 1), new LocalDate(2022, 5, 1), new LocalDate(2025, 12, 1), 2);

        var board = $"board-{tag}@test.example";
        var caseworker = $"caseworker-{tag}@test.example";
        var admin = $"admin-{tag}@test.example";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.UseAuditContext(new SystemAuditContext(app.Clock.GetCurrentInstant(), "Test setup"));
            db.Areas.Add(area);
            db.Settings.AddRange(school, college);
            db.Children.AddRange(a, b, c, d, e, f);
            db.Cases.AddRange(caseA, caseB, caseC, caseD, caseF);
            // Cat's review in November 2025 found one outcome met and one not; Dan's family went to the mediation adviser
            // and then appealed; Ada's personal budget (direct payment) was agreed.
            db.ReviewOutcomeResults.AddRange(
                new ReviewOutcomeResult { Id = Guid.CreateVersion7(), CaseId = caseC.Id, ReviewMeetingOn = new LocalDate(2025, 11, 10), OutcomeText = "Travel independently", Progress = OutcomeProgress.Met },
                new ReviewOutcomeResult { Id = Guid.CreateVersion7(), CaseId = caseC.Id, ReviewMeetingOn = new LocalDate(2025, 11, 10), OutcomeText = "Level 2 English", Progress = OutcomeProgress.NotMet });
            db.Mediations.Add(new MediationCase { Id = Guid.CreateVersion7(), CaseId = caseD.Id, Subject = DisputeSubject.RefusalToAssess, DecisionNotifiedOn = new LocalDate(2025, 7, 7), AdviserContactedOn = new LocalDate(2025, 8, 1), CertificateIssuedOn = new LocalDate(2025, 8, 4) });
            db.TribunalAppeals.Add(new TribunalAppeal { Id = Guid.CreateVersion7(), CaseId = caseD.Id, Subject = DisputeSubject.RefusalToAssess, DecisionNotifiedOn = new LocalDate(2025, 7, 7), RegisteredOn = new LocalDate(2025, 9, 15) });
            db.PersonalBudgetRequests.Add(new PersonalBudgetRequest { Id = Guid.CreateVersion7(), CaseId = caseA.Id, RequestedOn = new LocalDate(2025, 4, 30), EducationRequested = 1200, Arrangement = BudgetArrangement.DirectPayment, DecidedOn = new LocalDate(2025, 5, 19), Agreed = true, EducationAgreed = 1200 });
            await db.SaveChangesAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            foreach (var (email, role) in new[] { (board, Role.StrategicLead), (caseworker, Role.Caseworker), (admin, Role.Administrator) })
            {
                var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test " + role };
                (await users.CreateAsync(user, Data.Seeding.DemoUsers.Password)).Succeeded.ShouldBeTrue();
                db.AreaMemberships.Add(new AreaMembership { Id = Guid.CreateVersion7(), UserId = user.Id, AreaId = area.Id, Role = role });
            }

            await db.SaveChangesAsync();
        }

        return new HandBuiltArea(area, board, caseworker, admin, caseA.Id, caseC.Id, school.Id, college.Id);
    }
}
