using NodaTime;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Domain.People;

namespace TellItOnce.Data.Seeding;

/// <summary>
/// Seeds the demo area's Local Offer: 30 kinds of service, each run in the five Northshire districts (150 in all), with
/// a published first version, a few stale entries, one change awaiting approval and some moderated family feedback.
/// Deterministic for a given <c>today</c>: ids derive from the area and the service's number, so links stay shareable.
/// </summary>
public sealed class LocalOfferSeeder(AppDbContext db)
{
    private static readonly (string District, string Outcode, string Town)[] Places =
    [
        ("Northby", "NS1", "Northby"), ("Easton Vale", "NS3", "Easton"), ("Ashbridge", "NS5", "Ashbridge"),
        ("Kirkfield", "NS7", "Kirkfield"), ("Westmere", "NS8", "Westmere"),
    ];

    private sealed record Template(
        string Name, ServiceCategory Category, NeedSet Needs, int MinAge, int MaxAge, ReferralRoute Referral, decimal? Cost,
        DaySet Days, int Opens, int Closes, string Venue, string Provider, string Description, string Access);

    private const string Brightpath = "Brightpath Family Support";
    private const string Council = "Northshire Council SEND Service";
    private const string Health = "Northshire and Wolds Integrated Care Board";
    private const string Forum = "Northshire Parent Carer Forum";
    private const string Leisure = "Northshire Leisure Trust";
    private const string College = "Northshire College";

    private static readonly DaySet Weekdays = DaySet.Monday | DaySet.Tuesday | DaySet.Wednesday | DaySet.Thursday | DaySet.Friday;

    private static readonly Template[] Templates =
    [
        new("Autism Family Support Group", ServiceCategory.AdviceAndSupport, NeedSet.ASD, 5, 11, ReferralRoute.SelfReferral, null, DaySet.Saturday, 10, 12, "Community Centre", Brightpath,
            "A friendly group for autistic children aged 5 to 11 and their families. Children play in a calm, low-sensory room with trained staff while parents and carers share advice over a cup of tea. Autism support without a diagnosis needed.",
            "Just come along, or call us first if you would like to visit when it is quiet."),
        new("Teen Autism Social Club", ServiceCategory.Leisure, NeedSet.ASD | NeedSet.SEMH, 12, 18, ReferralRoute.SelfReferral, 3m, DaySet.Thursday, 17, 19, "Youth Centre", Brightpath,
            "A social club for autistic teenagers: games, cooking and trips, at a pace that suits each young person. Quiet space always available.",
            "Self-referral: fill in a short form so we can get to know your young person before their first visit."),
        new("Parent Carer Drop-in", ServiceCategory.AdviceAndSupport, NeedSet.None, 0, 25, ReferralRoute.SelfReferral, null, DaySet.Wednesday, 10, 12, "Family Hub", Forum,
            "Meet other parents and carers of children with SEND, get help with forms, EHC needs assessments and reviews, and tell us what needs to change.",
            "Drop in, no appointment needed."),
        new("Speech and Language Therapy Clinic", ServiceCategory.Health, NeedSet.SLCN | NeedSet.ASD | NeedSet.DS, 0, 18, ReferralRoute.ProfessionalReferral, null, Weekdays, 9, 17, "Health Centre", Health,
            "Assessment and therapy for children with speech, language, communication or swallowing needs, in clinic, at school or at home.",
            "Referral by a health visitor, GP, school SENCO or other professional. Parents of pre-school children can self-refer by phone."),
        new("Occupational Therapy Service", ServiceCategory.Health, NeedSet.PD | NeedSet.MSI | NeedSet.ASD, 0, 18, ReferralRoute.ProfessionalReferral, null, Weekdays, 9, 17, "Health Centre", Health,
            "Help with everyday skills such as dressing, handwriting and sensory processing, and advice on equipment and adaptations.",
            "Referral by a GP, paediatrician or school."),
        new("Short Breaks Saturday Club", ServiceCategory.SocialCare, NeedSet.SLD | NeedSet.PMLD | NeedSet.ASD | NeedSet.PD, 8, 17, ReferralRoute.ProfessionalReferral, null, DaySet.Saturday, 10, 15, "Short Breaks Centre", Council,
            "Short breaks for disabled children and young people with complex needs, giving families a rest and children a fun day out with friends.",
            "Ask your social worker or contact the Short Breaks team for an eligibility check."),
        new("Inclusive Swimming Sessions", ServiceCategory.Leisure, NeedSet.None, 4, 25, ReferralRoute.SelfReferral, 2.50m, DaySet.Sunday, 14, 15, "Leisure Centre", Leisure,
            "Quieter swimming sessions with hoists, changing places toilets and extra lifeguards. Carers swim free.",
            "Book at reception or just turn up."),
        new("Sensory Play Sessions for Under Fives", ServiceCategory.Education, NeedSet.PMLD | NeedSet.MSI | NeedSet.VI | NeedSet.HI, 0, 5, ReferralRoute.SelfReferral, null, DaySet.Tuesday, 10, 11, "Family Hub", Brightpath,
            "Play sessions with lights, sounds and textures for babies and young children with sensory or complex needs, and their parents.",
            "Self-referral: call or email to book a place."),
        new("SEND Information, Advice and Support (SENDIASS)", ServiceCategory.AdviceAndSupport, NeedSet.None, 0, 25, ReferralRoute.SelfReferral, null, Weekdays, 9, 16, "Town Hall", Council,
            "Free, impartial and confidential advice about special educational needs and disabilities: support plans, EHC needs assessments, plans, appeals and exclusions.",
            "Phone, email or drop in. Young people can contact us themselves."),
        new("Independent Travel Training", ServiceCategory.Transport, NeedSet.MLD | NeedSet.SLD | NeedSet.ASD, 11, 25, ReferralRoute.SelfOrProfessionalReferral, null, Weekdays, 8, 16, "Travel Hub", Council,
            "One-to-one training for young people to travel safely and confidently on buses and trains to school, college or work.",
            "Ask your school or college, or contact the Travel Training team."),
        new("Home to School Transport Advice", ServiceCategory.Transport, NeedSet.None, 4, 25, ReferralRoute.SelfReferral, null, Weekdays, 9, 17, "Town Hall", Council,
            "Information on eligibility for home to school transport for children and young people with SEND, and how to apply or appeal.",
            "Apply online or phone the transport team."),
        new("Supported Internships", ServiceCategory.PreparingForAdulthood, NeedSet.MLD | NeedSet.SLD | NeedSet.ASD | NeedSet.DS, 16, 24, ReferralRoute.SelfOrProfessionalReferral, null, Weekdays, 9, 15, "College Campus", College,
            "A year-long study programme based with an employer, for young people with an EHC plan who want to move into paid work.",
            "Talk to your school, college or your EHC plan coordinator."),
        new("Preparing for Adulthood Drop-in", ServiceCategory.PreparingForAdulthood, NeedSet.None, 14, 25, ReferralRoute.SelfReferral, null, DaySet.Monday, 15, 18, "Youth Centre", Brightpath,
            "Help for young people and families thinking about life after school: work, money, housing, health and friendships.",
            "Drop in after school, or book a private appointment."),
        new("Dyslexia Support Workshops", ServiceCategory.Education, NeedSet.SPLD, 7, 16, ReferralRoute.SelfReferral, 5m, DaySet.Tuesday, 16, 17, "Library", Brightpath,
            "Small-group workshops teaching reading and spelling strategies and confidence for children with dyslexia or other specific learning difficulties.",
            "Book online; a free first session lets your child try it."),
        new("Deaf Children's Activity Group", ServiceCategory.Leisure, NeedSet.HI, 4, 16, ReferralRoute.SelfReferral, null, DaySet.Saturday, 13, 15, "Community Centre", Forum,
            "Games, crafts and trips for deaf children, led by deaf adults and BSL users. Siblings welcome.",
            "Just come along."),
        new("Visual Impairment Habilitation", ServiceCategory.Education, NeedSet.VI | NeedSet.MSI, 0, 19, ReferralRoute.ProfessionalReferral, null, Weekdays, 9, 16, "Sensory Support Base", Council,
            "Mobility and independent living skills for children and young people with a visual impairment, at home, school and in the community.",
            "Referral by a qualified teacher of the visually impaired, school or health professional."),
        new("Emotional Wellbeing Service for Young People", ServiceCategory.Health, NeedSet.SEMH, 11, 18, ReferralRoute.SelfOrProfessionalReferral, null, Weekdays, 9, 18, "Health Centre", Health,
            "Short-term support for anxiety, low mood and worries, one to one or in groups, with online options.",
            "Young people, parents or professionals can refer online."),
        new("Family Support Workers", ServiceCategory.SocialCare, NeedSet.None, 0, 18, ReferralRoute.SelfOrProfessionalReferral, null, Weekdays, 9, 17, "Family Hub", Brightpath,
            "Practical and emotional support at home for families of children with SEND: routines, sleep, behaviour and getting the right help.",
            "Self-referral by phone, or ask any professional working with your family."),
        new("Sleep Advice Clinic", ServiceCategory.Health, NeedSet.ASD | NeedSet.SEMH | NeedSet.SLD, 2, 16, ReferralRoute.SelfReferral, null, DaySet.Thursday, 9, 12, "Family Hub", Brightpath,
            "One-to-one advice for parents whose disabled child has trouble getting to sleep or staying asleep.",
            "Book an appointment by phone or email."),
        new("Inclusive Football Club", ServiceCategory.Leisure, NeedSet.None, 6, 16, ReferralRoute.SelfReferral, 2m, DaySet.Friday, 17, 18, "Sports Ground", Leisure,
            "Football for children of every ability, with coaches trained in disability sport. Kit provided.",
            "Just turn up; the first session is free."),
        new("Early Years SEND Outreach", ServiceCategory.Education, NeedSet.None, 0, 5, ReferralRoute.ProfessionalReferral, null, Weekdays, 9, 16, "Early Years Centre", Council,
            "Specialist teachers who support nurseries and childminders to include young children with SEND.",
            "Referral by the early years setting with the parents' agreement."),
        new("Educational Psychology Consultation Line", ServiceCategory.Education, NeedSet.None, 0, 25, ReferralRoute.SelfReferral, null, DaySet.Wednesday, 13, 16, "Town Hall", Council,
            "A phone line where parents can talk through their child's learning or development with an educational psychologist.",
            "Book a 30-minute call online."),
        new("Young Carers Group", ServiceCategory.SocialCare, NeedSet.None, 8, 18, ReferralRoute.SelfOrProfessionalReferral, null, DaySet.Tuesday, 17, 19, "Youth Centre", Brightpath,
            "A break and a chat for young people who help look after a disabled brother, sister or parent.",
            "Young people, parents or schools can refer."),
        new("Down Syndrome Family Network", ServiceCategory.AdviceAndSupport, NeedSet.DS, 0, 25, ReferralRoute.SelfReferral, null, DaySet.Saturday, 10, 12, "Community Centre", Forum,
            "A monthly get-together for families of children with Down syndrome, with talks on speech, learning and health.",
            "Just come along."),
        new("Wheelchair Skills Sessions", ServiceCategory.Health, NeedSet.PD, 5, 18, ReferralRoute.SelfReferral, null, DaySet.Sunday, 10, 12, "Sports Hall", Leisure,
            "Learn to get about confidently in a wheelchair: kerbs, slopes, public transport and sport.",
            "Book by phone."),
        new("Homework and Study Club", ServiceCategory.Education, NeedSet.MLD | NeedSet.SPLD, 9, 16, ReferralRoute.SelfReferral, null, DaySet.Thursday, 15, 17, "Library", Brightpath,
            "A calm space after school with staff to help with homework, reading and revision.",
            "Just come along."),
        new("Employment Coaching for Young Disabled People", ServiceCategory.PreparingForAdulthood, NeedSet.None, 16, 25, ReferralRoute.SelfOrProfessionalReferral, null, Weekdays, 9, 17, "Jobs Hub", College,
            "Help with CVs, interviews and finding work, with a job coach who stays with you for your first months in work.",
            "Refer yourself online or ask your careers adviser."),
        new("Independent Living Skills Course", ServiceCategory.PreparingForAdulthood, NeedSet.MLD | NeedSet.SLD | NeedSet.ASD, 16, 25, ReferralRoute.SelfOrProfessionalReferral, 0m, DaySet.Monday | DaySet.Wednesday, 10, 14, "College Campus", College,
            "Cooking, budgeting, shopping and travel skills for young people getting ready to live more independently.",
            "Apply through the college's admissions team."),
        new("Mental Health Crisis Line for Families", ServiceCategory.Health, NeedSet.SEMH, 0, 25, ReferralRoute.SelfReferral, null, Weekdays | DaySet.Saturday | DaySet.Sunday, 0, 23, "Telephone service", Health,
            "A round-the-clock phone line for children, young people and families in mental health crisis.",
            "Phone at any time."),
        new("Holiday Activity Scheme", ServiceCategory.Leisure, NeedSet.None, 5, 16, ReferralRoute.SelfReferral, 8m, Weekdays, 9, 15, "School", Brightpath,
            "Fun-filled days in the school holidays for children with and without SEND, with one-to-one support where needed.",
            "Book online; places for children with an EHC plan are funded."),
    ];

    public async Task SeedAsync(Area area, IReadOnlyCollection<Organisation> existing, LocalDate today, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(existing);
        var organisations = existing.ToDictionary(o => o.Name);
        foreach (var name in Templates.Select(t => t.Provider).Distinct().Where(n => !organisations.ContainsKey(n)))
        {
            var organisation = new Organisation { Id = Guid.CreateVersion7(), Name = name, Kind = OrganisationKind.ServiceProvider };
            db.Organisations.Add(organisation);
            organisations[name] = organisation;
        }

        var random = new Random(20_261_207);
        var now = today.At(new LocalTime(9, 0)).InUtc().ToInstant();
        var number = 0;
        var services = new List<LocalOfferService>();
        foreach (var template in Templates)
        {
            foreach (var (district, outcode, town) in Places)
            {
                number++;
                var centre = PostcodeDistricts.Find(outcode)!.Centre;
                var details = new ServiceDetails
                {
                    Name = $"{district} {template.Name}",
                    Description = template.Description,
                    Category = template.Category,
                    Needs = template.Needs,
                    MinimumAge = template.MinAge,
                    MaximumAge = template.MaxAge,
                    Referral = template.Referral,
                    HowToAccess = template.Access,
                    IsFree = template.Cost is null or 0,
                    CostAmount = template.Cost is > 0 ? template.Cost : null,
                    CostDescription = template.Cost is > 0 ? $"£{template.Cost:0.00} a session" : "Free",
                    Days = template.Days,
                    OpensAt = new LocalTime(template.Opens, 0),
                    ClosesAt = template.Closes == 23 ? new LocalTime(23, 59) : new LocalTime(template.Closes, 0),
                    ScheduleDescription = $"{string.Join(", ", template.Days.ToList())}, {template.Opens:00}:00 to {template.Closes:00}:00. Not on bank holidays.",
                    VenueName = $"{town} {template.Venue}",
                    AddressLine = $"{random.Next(1, 120)} {Pick(random, ["High Street", "Station Road", "Church Lane", "Mill Road", "Park Avenue"])}",
                    Town = town,
                    Postcode = $"{outcode} {random.Next(1, 9)}{(char)('A' + random.Next(0, 20))}{(char)('A' + random.Next(0, 20))}",
                    District = district,
                    Latitude = Math.Round(centre.Latitude + ((random.NextDouble() - 0.5) * 0.02), 5),
                    Longitude = Math.Round(centre.Longitude + ((random.NextDouble() - 0.5) * 0.03), 5),
                    Accessibility = Pick(random, [
                        "Step-free access, accessible toilet and a quiet room.",
                        "Ground floor, hearing loop, accessible parking and a Changing Places toilet.",
                        "Ramp to the entrance; lift to the first floor; low-sensory room available on request."]),
                    ContactName = Pick(random, ["Aisha Karim", "Ben Hollis", "Chloe Tranter", "Dan Whitaker", "Erin Moss", "Femi Adeyemi"]),
                    Phone = $"01632 {random.Next(100_000, 999_999)}",
                    Email = $"{Slug(template.Name)}.{Slug(district)}@{Slug(template.Provider)}.example",
                    Website = $"https://{Slug(template.Provider)}.example/{Slug(template.Name)}",
                    Languages = Pick(random, ["English", "English, Polish", "English, Urdu, Punjabi", "English, British Sign Language"]),
                };
                var service = new LocalOfferService
                {
                    Id = LocalOfferTaxonomies.StableId($"{area.Slug}/local-offer/service/{number}"),
                    AreaId = area.Id,
                    OrganisationId = organisations[template.Provider].Id,
                    LocationId = LocalOfferTaxonomies.StableId($"{area.Slug}/local-offer/location/{number}"),
                    ServiceAtLocationId = LocalOfferTaxonomies.StableId($"{area.Slug}/local-offer/service-at-location/{number}"),
                };

                // Most entries were reviewed in the last year; every seventh is over a year old, so the stale flag shows.
                var reviewed = today.PlusDays(number % 7 == 3 ? -random.Next(380, 700) : -random.Next(5, 330));
                service.Publish(details, reviewed, reviewed.At(new LocalTime(11, 0)).InUtc().ToInstant());
                service.Revisions.Add(new ServiceRevision
                {
                    Id = Guid.CreateVersion7(),
                    AreaId = area.Id,
                    ServiceId = service.Id,
                    Number = 1,
                    State = RevisionState.Approved,
                    Details = details,
                    SubmittedAt = service.LastModified,
                    DecidedAt = service.LastModified,
                    Note = "First entry",
                });
                services.Add(service);
            }
        }

        // One change from Brightpath waits for the council.
        var pending = services.First(s => s.OrganisationId == organisations[Brightpath].Id && s.Details.Category == ServiceCategory.Leisure);
        pending.Revisions.Add(new ServiceRevision
        {
            Id = Guid.CreateVersion7(),
            AreaId = area.Id,
            ServiceId = pending.Id,
            Number = 2,
            State = RevisionState.Pending,
            Details = pending.Details with { Days = pending.Details.Days | DaySet.Saturday, ScheduleDescription = "Thursdays 5pm to 7pm and Saturdays 2pm to 4pm." },
            SubmittedAt = now.Minus(Duration.FromDays(2)),
            Note = "Adding a Saturday session",
        });
        db.LocalOfferServices.AddRange(services);
        AddFeedback(area, services, today);
        await db.SaveChangesAsync(ct);
    }

    private void AddFeedback(Area area, List<LocalOfferService> services, LocalDate today)
    {
        (int Service, string Comment, int Rating, string? Response, FeedbackState State)[] feedback =
        [
            (0, "My son loves this group, but it is hard to find parking on Saturdays.", 4, "We agreed with the community centre that families can use the staff car park on Saturday mornings.", FeedbackState.Published),
            (10, "We waited a long time for a first appointment.", 2, "We have recruited two more therapists and now offer a first appointment within 6 weeks.", FeedbackState.Published),
            (30, "The staff understood my daughter straight away. Brilliant.", 5, null, FeedbackState.Published),
            (35, "The changing room is too small for a wheelchair and a carer.", 3, "The Leisure Trust has converted a second changing room so it is large enough for a wheelchair and two carers.", FeedbackState.Published),
            (0, "Could there be a session after school as well?", 4, null, FeedbackState.AwaitingModeration),
        ];
        foreach (var (index, comment, rating, response, state) in feedback)
        {
            var at = today.PlusDays(-20 - index).At(new LocalTime(18, 0)).InUtc().ToInstant();
            db.ServiceFeedback.Add(new ServiceFeedback
            {
                Id = Guid.CreateVersion7(),
                AreaId = area.Id,
                ServiceId = services[index].Id,
                Comment = comment,
                Rating = rating,
                SubmittedAt = at,
                State = state,
                ModeratedAt = state == FeedbackState.Published ? at.Plus(Duration.FromDays(3)) : null,
                Response = response,
                RespondedOn = response is null ? null : today.PlusDays(-5 - index),
            });
        }
    }

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];

    private static string Slug(string text) =>
        new string([.. text.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ')]).Trim().Replace(' ', '-');
}
