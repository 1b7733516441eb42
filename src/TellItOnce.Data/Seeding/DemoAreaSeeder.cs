using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Settings;

namespace TellItOnce.Data.Seeding;

/// <summary>
/// Seeds the fictional demo area "Northshire": settings, organisations, demo users and about 200 children spread over
/// every pathway state, with dates relative to <c>today</c>. Deterministic for a given day. No real person's data.
/// </summary>
public sealed class DemoAreaSeeder(AppDbContext db, UserManager<AppUser> users)
{
    public const string AreaSlug = "northshire";

    private static readonly string[] Districts = ["Northby", "Easton Vale", "Ashbridge", "Kirkfield", "Westmere"];
    private static readonly NeedType[] NeedMix =
    [
        .. Enumerable.Repeat(NeedType.ASD, 32), .. Enumerable.Repeat(NeedType.SLCN, 21), .. Enumerable.Repeat(NeedType.SEMH, 21),
        .. Enumerable.Repeat(NeedType.MLD, 11), .. Enumerable.Repeat(NeedType.SLD, 4), .. Enumerable.Repeat(NeedType.PD, 4),
        .. Enumerable.Repeat(NeedType.SPLD, 2), NeedType.HI, NeedType.PMLD, NeedType.OTH, NeedType.VI, NeedType.MSI, NeedType.DS,
    ];

    private static readonly string[] Ethnicities = [.. Enumerable.Repeat("WBRI", 14), "WOTH", "MWBC", "MOTH", "APKN", "AIND", "BAFR", "BCRB", "CHNE", "OOTH", "NOBT"];

    private readonly Faker _faker = new("en_GB") { Random = new Randomizer(20_261_123) };
    private int _caseNumber;

    public async Task<bool> SeedIfEmptyAsync(LocalDate today, CancellationToken ct = default)
    {
        if (await db.Areas.AnyAsync(ct))
        {
            return false;
        }

        await SeedAsync(today, ct);
        return true;
    }

    private async Task SeedAsync(LocalDate today, CancellationToken ct)
    {
        var area = new Area { Id = Guid.CreateVersion7(), LaCode = "990", Name = "Northshire", Slug = AreaSlug, ReferencePrefix = "NS", Districts = [.. Districts] };
        db.Areas.Add(area);

        var la = Org("Northshire Council SEND Service", OrganisationKind.LocalAuthority);
        var eps = Org("Northshire Educational Psychology Service", OrganisationKind.EducationalPsychologyService);
        var icb = Org("Northshire and Wolds Integrated Care Board", OrganisationKind.Health);
        var socialCare = Org("Northshire Children's Social Care", OrganisationKind.SocialCare);
        var provider = Org("Brightpath Family Support", OrganisationKind.ServiceProvider);

        var settings = CreateSettings(area);
        var sencoSchool = settings.First(s => s.Type == SettingType.Primary);
        await db.SaveChangesAsync(ct);

        var accounts = new Dictionary<string, AppUser>();
        foreach (var (email, name, role) in DemoUsers.All)
        {
            var organisation = email switch
            {
                DemoUsers.EducationalPsychologist => eps,
                DemoUsers.Health => icb,
                DemoUsers.SocialCare => socialCare,
                DemoUsers.Provider => provider,
                DemoUsers.Caseworker or DemoUsers.Manager or DemoUsers.Admin or DemoUsers.Board => la,
                _ => null,
            };
            var user = await CreateUserAsync(email, name, DemoUsers.Password, organisation?.Id, email == DemoUsers.Senco ? sencoSchool.Id : null);
            db.AreaMemberships.Add(new AreaMembership { Id = Guid.CreateVersion7(), UserId = user.Id, AreaId = area.Id, Role = role });
            accounts[email] = user;
        }

        // Colleagues who appear on cases but have no demo sign-in.
        var otherCaseworkers = new List<AppUser>();
        foreach (var (email, name) in new[] { ("priya.shah@northshire.example", "Priya Shah"), ("liam.byrne@northshire.example", "Liam Byrne") })
        {
            var user = await CreateUserAsync(email, name, password: null, la.Id, settingId: null);
            db.AreaMemberships.Add(new AreaMembership { Id = Guid.CreateVersion7(), UserId = user.Id, AreaId = area.Id, Role = Role.Caseworker });
            otherCaseworkers.Add(user);
        }

        var caseworkers = new[] { accounts[DemoUsers.Caseworker], accounts[DemoUsers.Caseworker], otherCaseworkers[0], otherCaseworkers[1] };
        var context = new SeedContext(area, settings, sencoSchool, caseworkers, eps, icb, socialCare, accounts, today);

        SeedFamilies(context);
        foreach (var (stage, count) in StagePlan)
        {
            for (var i = 0; i < count; i++)
            {
                var child = NewChild(context, AgeFor(stage));
                AddCase(context, child, stage, overdueAdvice: stage == CaseStage.Assessing && i % 3 == 0);
            }
        }

        for (var i = 0; i < 30; i++)
        {
            var child = NewChild(context, _faker.Random.Int(4, 15));
            child.OnSenSupport = true;
        }

        new DemoOutcomesSeeder(db).Seed(area, today);
        await db.SaveChangesAsync(ct);
        await new LocalOfferSeeder(db).SeedAsync(area, [la, icb, provider], today, ct);
        await new GovernanceSeeder(db).SeedAsync(area, accounts, today, ct);
        await new AfterThePlanSeeder(db).SeedAsync(area, today, ct);
        await new PortalDemoSeeder(db, users).SeedAsync(area, today, ct);
    }

    /// <summary>How many cases of each stage the demo holds (plus the demo families' own and 30 children on SEN support).</summary>
    private static readonly (CaseStage Stage, int Count)[] StagePlan =
    [
        (CaseStage.NewRequest, 10), (CaseStage.Deciding, 15), (CaseStage.Assessing, 28), (CaseStage.DraftIssued, 11),
        (CaseStage.PlanIssued, 68), (CaseStage.InAnnualReview, 14), (CaseStage.NotAssessed, 6), (CaseStage.NotIssued, 3),
        (CaseStage.Ceased, 10),
    ];

    private sealed record SeedContext(
        Area Area,
        IReadOnlyList<EducationSetting> Settings,
        EducationSetting SencoSchool,
        IReadOnlyList<AppUser> Caseworkers,
        Organisation Eps,
        Organisation Icb,
        Organisation SocialCare,
        IReadOnlyDictionary<string, AppUser> Accounts,
        LocalDate Today);

    /// <summary>The demo families: parent@ (two children), parent2@ (one child), youngperson@ (17, with a plan).</summary>
    private void SeedFamilies(SeedContext ctx)
    {
        var parent = ctx.Accounts[DemoUsers.Parent];
        var older = NewChild(ctx, 9, familyName: "Whitfield", givenName: "Maisie", setting: ctx.SencoSchool);
        older.AllAboutMe = "Maisie loves drawing horses and swimming. Loud rooms are hard for her; she does best with a quiet corner and a visual timetable. She wants to be a vet.";
        AddCase(ctx, older, CaseStage.DraftIssued, overdueAdvice: false, caseworker: ctx.Accounts[DemoUsers.Caseworker]);
        var younger = NewChild(ctx, 6, familyName: "Whitfield", givenName: "Alfie", setting: ctx.SencoSchool);
        younger.AllAboutMe = "Alfie likes trains, counting and being outside. He uses some signs and a few words.";
        AddCase(ctx, younger, CaseStage.PlanIssued, overdueAdvice: false, caseworker: ctx.Accounts[DemoUsers.Caseworker]);
        Link(parent, older, FamilyRelationship.Parent);
        Link(parent, younger, FamilyRelationship.Parent);

        var parent2 = ctx.Accounts[DemoUsers.Parent2];
        var other = NewChild(ctx, 12, familyName: "Bellamy", givenName: "Noah");
        other.AllAboutMe = "Noah is funny and kind and loves football. Reading and writing are hard and he gets anxious about tests.";
        AddCase(ctx, other, CaseStage.Assessing, overdueAdvice: false, caseworker: ctx.Accounts[DemoUsers.Caseworker]);
        Link(parent2, other, FamilyRelationship.Parent);

        var youngPerson = ctx.Accounts[DemoUsers.YoungPerson];
        var kai = NewChild(ctx, 17, familyName: "Robson", givenName: "Kai", setting: ctx.Settings.First(s => s.Type == SettingType.College));
        kai.DateOfBirth = ctx.Today.PlusYears(-17).PlusMonths(-3);
        kai.AllAboutMe = "I am into music production and want to work in a studio. I need instructions written down and extra time.";
        AddCase(ctx, kai, CaseStage.PlanIssued, overdueAdvice: false, caseworker: ctx.Accounts[DemoUsers.Caseworker]);
        Link(youngPerson, kai, FamilyRelationship.Self);
        SeedContacts(ctx, older, younger, other, kai);
    }

    /// <summary>Family, people involved and communication needs on the demo families' records (tell it once).</summary>
    private void SeedContacts(SeedContext ctx, Child maisie, Child alfie, Child noah, Child kai)
    {
        foreach (var child in new[] { maisie, alfie })
        {
            Contact(child, ContactKind.Family, "Hannah Whitfield", "Mother", email: "hannah.whitfield@example.com", preferred: ContactMethod.Email, parental: true, letters: true);
            Contact(child, ContactKind.Family, "Tom Whitfield", "Father", phone: "07700 900 123", preferred: ContactMethod.Text, parental: true, letters: true);
            Contact(child, ContactKind.Setting, "Priya Shah", "SENCO", organisation: ctx.SencoSchool.Name, phone: "01632 960 210");
        }

        alfie.OtherCommunicationNeeds = "Alfie uses Makaton signs: please have someone who signs at meetings with him.";
        Contact(alfie, ContactKind.Professional, "Dr Amara Okafor", "Community paediatrician", organisation: ctx.Icb.Name);
        Contact(noah, ContactKind.Family, "Ewa Bellamy", "Mother", phone: "07700 900 456", preferred: ContactMethod.Phone, parental: true, letters: true, address: "12 Harbour Row, Northshire NS2 3CD");
        Contact(noah, ContactKind.SocialWorker, "Sam Reed", "Social worker", organisation: ctx.SocialCare.Name, phone: "01632 960 330");
        noah.NeedsInterpreter = true;
        noah.InterpreterLanguage = "Polish";
        kai.LargePrint = true;
        kai.EasyRead = true;
        Contact(kai, ContactKind.Family, "Lee Robson", "Father", email: "lee.robson@example.com", preferred: ContactMethod.Email, parental: true);
    }

    private void Contact(Child child, ContactKind kind, string name, string relationship, string? organisation = null, string? phone = null, string? email = null,
        ContactMethod? preferred = null, bool parental = false, bool letters = false, string? address = null) =>
        db.ChildContacts.Add(new ChildContact
        {
            Id = Guid.CreateVersion7(),
            ChildId = child.Id,
            AreaId = child.AreaId,
            Kind = kind,
            Name = name,
            Relationship = relationship,
            Organisation = organisation,
            Phone = phone,
            Email = email,
            Address = address,
            PreferredContact = preferred,
            ParentalResponsibility = parental,
            ReceivesLetters = letters,
        });

    private void Link(AppUser user, Child child, FamilyRelationship relationship) =>
        db.FamilyLinks.Add(new FamilyLink { Id = Guid.CreateVersion7(), ChildId = child.Id, UserId = user.Id, Relationship = relationship });

    private Organisation Org(string name, OrganisationKind kind)
    {
        var org = new Organisation { Id = Guid.CreateVersion7(), Name = name, Kind = kind };
        db.Organisations.Add(org);
        return org;
    }

    private List<EducationSetting> CreateSettings(Area area)
    {
        string[] places = ["Northby", "Easton", "Ashbridge", "Kirkfield", "Westmere", "Holme", "Brackley", "Fenwick", "Marston", "Oakhurst", "Thornbury", "Wyke"];
        var list = new List<EducationSetting>();
        void Add(string name, SettingType type, int i)
        {
            var setting = new EducationSetting
            {
                Id = Guid.CreateVersion7(),
                AreaId = area.Id,
                Name = name,
                Type = type,
                Urn = type == SettingType.College ? null : (990_100 + list.Count).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Ukprn = type == SettingType.College ? (10_099_000 + list.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                District = Districts[i % Districts.Length],
            };
            list.Add(setting);
            db.Settings.Add(setting);
        }

        for (var i = 0; i < 6; i++)
        {
            Add($"{places[i]} Little Acorns Nursery", SettingType.Nursery, i);
        }

        for (var i = 0; i < 12; i++)
        {
            Add(i == 0 ? "Northby Primary School" : $"{places[i]} {(i % 3 == 0 ? "St Mary's C of E" : "Community")} Primary School", SettingType.Primary, i);
        }

        for (var i = 0; i < 6; i++)
        {
            Add(i == 5 ? "Kirkfield All-Through Academy" : $"{places[i + 3]} High School", i == 5 ? SettingType.AllThrough : SettingType.Secondary, i);
        }

        Add("Oakhurst Special School", SettingType.Special, 0);
        Add("Thornbury Park Special School", SettingType.Special, 1);
        Add("Wyke Bridge School (SEMH)", SettingType.Special, 2);
        Add("Northshire College", SettingType.College, 3);
        Add("Easton Vale Sixth Form College", SettingType.College, 4);
        Add("Northshire Pupil Referral Unit", SettingType.AlternativeProvision, 0);
        return list;
    }

    private async Task<AppUser> CreateUserAsync(string email, string name, string? password, Guid? organisationId, Guid? settingId)
    {
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            OrganisationId = organisationId,
            SettingId = settingId,
        };
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create demo user: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        return user;
    }

    private int AgeFor(CaseStage stage) => stage switch
    {
        CaseStage.Ceased => _faker.Random.Int(16, 24),
        CaseStage.PlanIssued or CaseStage.InAnnualReview => _faker.Random.Int(4, 22),
        _ => _faker.Random.Int(2, 16),
    };

    private Child NewChild(SeedContext ctx, int age, string? familyName = null, string? givenName = null, EducationSetting? setting = null)
    {
        var sex = _faker.Random.Bool(0.68f) ? Sex.Male : Sex.Female;
        var dob = ctx.Today.PlusYears(-age).PlusDays(-_faker.Random.Int(0, 364));
        setting ??= SettingFor(ctx, age);
        var child = new Child
        {
            Id = Guid.CreateVersion7(),
            AreaId = ctx.Area.Id,
            GivenName = givenName ?? _faker.Name.FirstName(sex == Sex.Male ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female),
            FamilyName = familyName ?? _faker.Name.LastName(),
            DateOfBirth = dob,
            Sex = sex,
            Upn = age is >= 4 and <= 16 ? Upn() : null,
            Uln = age >= 14 ? _faker.Random.ReplaceNumbers("##########") : null,
            Postcode = $"NS{_faker.Random.Int(1, 9)} {_faker.Random.Int(1, 9)}{_faker.Random.String2(2, "ABDEFGHJLNPQRSTUWXYZ")}",
            District = setting?.District ?? _faker.PickRandom(Districts),
            PrimaryNeed = _faker.PickRandom(NeedMix),
            CurrentSettingId = setting?.Id,
            Ethnicity = _faker.PickRandom(Ethnicities),
        };
        if (_faker.Random.Bool(0.4f))
        {
            child.SecondaryNeed = _faker.PickRandom(NeedMix.Where(n => n != child.PrimaryNeed).ToArray());
        }

        db.Children.Add(child);
        return child;
    }

    private EducationSetting? SettingFor(SeedContext ctx, int age)
    {
        var type = age switch
        {
            < 4 => SettingType.Nursery,
            < 11 => _faker.Random.Bool(0.85f) ? SettingType.Primary : SettingType.Special,
            < 16 => _faker.Random.Bool(0.75f) ? SettingType.Secondary : SettingType.Special,
            < 19 => SettingType.College,
            _ => (SettingType?)null,
        };
        return type is { } t && _faker.Random.Bool(0.95f) ? _faker.PickRandom(ctx.Settings.Where(s => s.Type == t).ToArray()) : null;
    }

    private string Upn() => _faker.Random.String2(1, "ABCDEFGHJKLMNPRTUVWXYZ") + _faker.Random.ReplaceNumbers("############");

    private void AddCase(SeedContext ctx, Child child, CaseStage stage, bool overdueAdvice, AppUser? caseworker = null)
    {
        var today = ctx.Today;
        var received = stage switch
        {
            CaseStage.NewRequest => today.PlusDays(-_faker.Random.Int(0, 6)),
            CaseStage.Deciding => today.PlusDays(-_faker.Random.Int(7, 45)),
            CaseStage.Assessing => today.PlusDays(-(overdueAdvice ? _faker.Random.Int(95, 125) : _faker.Random.Int(44, 90))),
            CaseStage.DraftIssued => today.PlusDays(-_faker.Random.Int(105, 138)),
            CaseStage.NotAssessed => today.PlusDays(-_faker.Random.Int(50, 300)),
            CaseStage.NotIssued => today.PlusDays(-_faker.Random.Int(120, 300)),
            _ => today.PlusDays(-_faker.Random.Int(200, 1800)),
        };
        var c = new EhcCase
        {
            Id = Guid.CreateVersion7(),
            AreaId = ctx.Area.Id,
            ChildId = child.Id,
            Reference = $"NS-{received.Year}-{++_caseNumber:0000}",
            CaseworkerId = (caseworker ?? _faker.PickRandom<AppUser>(ctx.Caseworkers)).Id,
            Stage = stage,
            RequestedBy = _faker.PickRandom<RequesterKind>(),
            RequestReceived = received,
            Version = Guid.NewGuid(),
        };
        if (stage is CaseStage.NewRequest or CaseStage.Deciding)
        {
            db.Cases.Add(c);
            return;
        }

        c.DecisionToAssessOn = Min(received.PlusDays(_faker.Random.Int(20, 44)), today);
        c.AgreedToAssess = stage != CaseStage.NotAssessed;
        if (stage != CaseStage.NotAssessed)
        {
            AddAdvice(ctx, c, child, overdueAdvice);
        }

        if (stage == CaseStage.NotIssued)
        {
            c.DecisionNotToIssueOn = received.PlusDays(_faker.Random.Int(95, 120));
        }

        if (stage is CaseStage.DraftIssued or CaseStage.PlanIssued or CaseStage.InAnnualReview or CaseStage.Ceased)
        {
            c.DraftIssuedOn = stage == CaseStage.DraftIssued ? today.PlusDays(-_faker.Random.Int(0, 20)) : received.PlusDays(_faker.Random.Int(95, 125));
        }

        if (stage is CaseStage.PlanIssued or CaseStage.InAnnualReview or CaseStage.Ceased)
        {
            c.FinalIssuedOn = received.PlusDays(_faker.Random.Int(120, 170));
            c.LatestPlanIssuedOn = c.FinalIssuedOn;
            // Every plan names a placement (section I): the child's setting, or for a young person without one a college.
            c.NamedSettingId = child.CurrentSettingId ?? ctx.Settings.First(s => s.Type == SettingType.College).Id;
            var sinceIssue = Period.Between(c.FinalIssuedOn.Value, today, PeriodUnits.Days).Days;
            if (sinceIssue > 330)
            {
                // Reviews roughly yearly since the plan was issued; some slightly late, as in life.
                var last = c.FinalIssuedOn.Value;
                while (last.PlusDays(365) < today.PlusDays(-_faker.Random.Int(0, 40)))
                {
                    last = last.PlusDays(_faker.Random.Int(330, 380));
                }

                c.LastReviewOn = Min(last, today.PlusDays(-1));
            }

            if (stage == CaseStage.InAnnualReview)
            {
                c.ReviewMeetingOn = today.PlusDays(-_faker.Random.Int(1, 25));
            }

            if (stage == CaseStage.Ceased)
            {
                c.CeasedOn = today.PlusDays(-_faker.Random.Int(1, 180));
                c.CeaseReason = _faker.PickRandom(1, 2, 3, 4, 6);
            }
        }

        if (_faker.Random.Bool(0.08f))
        {
            var from = received.PlusDays(_faker.Random.Int(10, 60));
            c.Exceptions.Add(new ExceptionPeriod
            {
                Id = Guid.CreateVersion7(),
                CaseId = c.Id,
                From = from,
                To = from.PlusDays(_faker.Random.Int(28, 42)),
                Reason = _faker.PickRandom(Domain.Pathway.ExceptionReason.ExceptionalPersonalCircumstances, Domain.Pathway.ExceptionReason.AbsentFromArea),
            });
        }

        db.Cases.Add(c);
    }

    private void AddAdvice(SeedContext ctx, EhcCase c, Child child, bool overdue)
    {
        var requested = c.DecisionToAssessOn!.Value.PlusDays(_faker.Random.Int(1, 5));
        var senco = ctx.Accounts[DemoUsers.Senco];
        (AdviceSource Source, Guid? Org, Guid? Person)[] sources =
        [
            (AdviceSource.EducationalPsychology, ctx.Eps.Id, _faker.Random.Bool(0.5f) ? ctx.Accounts[DemoUsers.EducationalPsychologist].Id : null),
            (AdviceSource.Health, ctx.Icb.Id, _faker.Random.Bool(0.5f) ? ctx.Accounts[DemoUsers.Health].Id : null),
            (AdviceSource.SocialCare, ctx.SocialCare.Id, _faker.Random.Bool(0.3f) ? ctx.Accounts[DemoUsers.SocialCare].Id : null),
            (AdviceSource.Education, null, child.CurrentSettingId == ctx.SencoSchool.Id ? senco.Id : null),
        ];
        var assessing = c.Stage == CaseStage.Assessing;
        foreach (var (source, org, person) in sources)
        {
            var received = requested.PlusDays(_faker.Random.Int(20, 55));
            var stillOutstanding = assessing && (overdue ? source == AdviceSource.EducationalPsychology || received > ctx.Today : received > ctx.Today);
            c.AdviceRequests.Add(new AdviceRequest
            {
                Id = Guid.CreateVersion7(),
                CaseId = c.Id,
                Source = source,
                OrganisationId = org,
                ProfessionalUserId = person,
                RequestedOn = requested,
                ReceivedOn = stillOutstanding ? null : Min(received, ctx.Today),
            });
        }
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
