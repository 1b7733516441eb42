using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Plans;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases.AfterThePlan;

/// <summary>
/// Runs a <see cref="CaseStep"/> for the page and the API alike: loads what the step needs, reads its input, and applies
/// it through <see cref="CaseService.ApplyAsync"/> (scoping, version check, one save with its audit trail).
/// </summary>
public sealed class AfterThePlanService(AppDbContext db, CaseService cases, IOptions<ComplaintsOptions> complaints)
{
    public async Task<StepContext?> ContextAsync(Guid caseId, Guid? itemId, CancellationToken ct)
    {
        var view = await cases.GetAsync(caseId, ct);
        if (view is null)
        {
            return null;
        }

        var outcomes = (await PlanInForceAsync(caseId, ct))?.Outcomes ?? [];
        var areas = await db.Areas.AsNoTracking().Where(a => a.Id != view.Case.AreaId).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        return new StepContext(view, itemId, outcomes, [.. areas.Select(a => (a.Id, a.Name))], complaints.Value);
    }

    /// <summary>Null when the case is outside the user's areas; otherwise the step's outcome.</summary>
    public async Task<Outcome<EhcCase>?> ApplyAsync(CaseStep step, Guid caseId, Guid version, Guid? itemId, IStepInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        var context = await ContextAsync(caseId, itemId, ct);
        if (context is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        var transition = step.Read(context, input, errors);
        if (errors.Any)
        {
            return Outcome<EhcCase>.Failure(errors.ToDictionary());
        }

        return await cases.ApplyAsync(caseId, version, transition, ct, step.Key switch
        {
            "transfer-out" => ReceiveInNewAreaAsync,
            "personal-budget-decision" => WriteSectionJAsync,
            _ => null,
        });
    }

    public async Task<string?> AreaNameAsync(Guid? areaId, CancellationToken ct) =>
        areaId is { } id ? await db.Areas.AsNoTracking().Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync(ct) : null;

    /// <summary>The plan in force: the latest version issued as final (the plan as amended), or null before there is one.</summary>
    public Task<PlanVersion?> PlanInForceAsync(Guid caseId, CancellationToken ct) =>
        db.PlanVersions.AsNoTracking().Where(p => p.CaseId == caseId && p.Kind == PlanVersionKind.Final).OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);

    /// <summary>The receiving area gets a case carrying the plan and every version of it; the child's record moves with them.</summary>
    private async Task ReceiveInNewAreaAsync(EhcCase c, CancellationToken ct)
    {
        var area = await db.Areas.SingleAsync(a => a.Id == c.TransferredToAreaId, ct);
        var prefix = $"{area.ReferencePrefix}-{c.TransferredOn!.Value.Year}-";
        var taken = await db.Cases.Where(k => k.AreaId == area.Id && k.Reference.StartsWith(prefix)).Select(k => k.Reference).ToListAsync(ct);
        var next = taken.Select(r => int.TryParse(r[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        var received = c.ReceiveTransfer(Guid.CreateVersion7(), $"{prefix}{next:0000}");
        db.Cases.Add(received);
        foreach (var version in await db.PlanVersions.Where(p => p.CaseId == c.Id).OrderBy(p => p.Number).ToListAsync(ct))
        {
            var copy = version.NextWorkingCopy(version.Number);
            copy.AreaId = area.Id;
            copy.CaseId = received.Id;
            copy.Kind = version.Kind;
            copy.IssuedOn = version.IssuedOn;
            db.PlanVersions.Add(copy);
        }

        var child = await db.Children.SingleAsync(k => k.Id == c.ChildId, ct);
        child.AreaId = area.Id;
    }

    /// <summary>An agreed personal budget is written into section J of the plan being worked on, for the next version issued.</summary>
    private async Task WriteSectionJAsync(EhcCase c, CancellationToken ct)
    {
        if (c.AgreedPersonalBudget is not { } budget)
        {
            return;
        }

        var working = await db.PlanVersions.Where(p => p.CaseId == c.Id && p.Kind == PlanVersionKind.Working).OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);
        if (working is not null)
        {
            // A new revision, so a colleague's plan edit opened before the decision is refused rather than overwriting section J.
            working.PersonalBudget = DescribeBudget(budget);
            working.Revision = Guid.NewGuid();
        }
    }

    public static string DescribeBudget(PersonalBudgetRequest budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var parts = new[] { ("Education", budget.EducationAgreed), ("Health", budget.HealthAgreed), ("Social care", budget.SocialCareAgreed) }
            .Where(p => p.Item2 > 0).Select(p => $"{p.Item1}: {p.Item2!.Value.ToString("C0", culture)} a year");
        var how = budget.Arrangement switch
        {
            BudgetArrangement.DirectPayment => "paid as a direct payment",
            BudgetArrangement.ThirdPartyArrangement => "paid to a third party who arranges the provision",
            _ => "held by the council, which arranges the provision",
        };
        return $"{string.Join("; ", parts)}; {how}.";
    }
}
