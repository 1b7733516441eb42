using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data.Seeding;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests;

/// <summary>Records made for one test, so tests do not change the demo data others count.</summary>
public static class TestRecords
{
    /// <summary>A second area, "Southvale", for refusals across areas.</summary>
    public const string OtherAreaSlug = "southvale";

    /// <summary>A child with a case being assessed (advice from the educational psychology service requested, not yet received).</summary>
    public static Task<(Guid CaseId, Guid ChildId, Guid AdviceId)> AssessingCaseAsync(TellItOnceApp app, string? areaSlug = null, string givenName = "Test")
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithDbAsync(async db =>
        {
            var area = await AreaAsync(db, areaSlug ?? DemoAreaSeeder.AreaSlug);
            var caseworker = await db.Users.SingleAsync(u => u.Email == DemoUsers.Caseworker);
            var eps = await db.Organisations.FirstAsync(o => o.Kind == OrganisationKind.EducationalPsychologyService);
            var child = new Child { Id = Guid.CreateVersion7(), AreaId = area.Id, GivenName = givenName, FamilyName = $"Rec{Guid.NewGuid():N}"[..12], DateOfBirth = new LocalDate(2017, 9, 1) };
            var c = new EhcCase
            {
                Id = Guid.CreateVersion7(),
                AreaId = area.Id,
                ChildId = child.Id,
                Reference = $"R-{Guid.NewGuid():N}"[..12],
                CaseworkerId = caseworker.Id,
                Stage = CaseStage.Assessing,
                RequestReceived = new LocalDate(2026, 1, 5),
                DecisionToAssessOn = new LocalDate(2026, 2, 2),
                AgreedToAssess = true,
                Version = Guid.NewGuid(),
            };
            var advice = new AdviceRequest { Id = Guid.CreateVersion7(), CaseId = c.Id, Source = AdviceSource.EducationalPsychology, OrganisationId = eps.Id, RequestedOn = new LocalDate(2026, 2, 3) };
            c.AdviceRequests.Add(advice);
            db.Children.Add(child);
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            return (c.Id, child.Id, advice.Id);
        });
    }

    /// <summary>A new account with one role in the other area only.</summary>
    public static async Task<string> OtherAreaUserAsync(TellItOnceApp app, Role role)
    {
        ArgumentNullException.ThrowIfNull(app);
        var email = $"other-{Guid.NewGuid():N}@southvale.example";
        var userId = await app.CreateUserAsync(email, role);
        await app.WithDbAsync(async db =>
        {
            var area = await AreaAsync(db, OtherAreaSlug);
            var membership = await db.AreaMemberships.SingleAsync(m => m.UserId == userId);
            membership.AreaId = area.Id;
            return await db.SaveChangesAsync();
        });
        return email;
    }

    private static async Task<Area> AreaAsync(Data.AppDbContext db, string slug) =>
        await db.Areas.SingleOrDefaultAsync(a => a.Slug == slug)
        ?? db.Areas.Add(new Area { Id = Guid.CreateVersion7(), LaCode = "991", Name = "Southvale", Slug = slug }).Entity;
}
