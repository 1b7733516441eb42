using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Domain.Governance;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Strategy;

/// <summary>What administrators configure: the strategy (from a seed area's example or by hand), sub-groups and their members.</summary>
public sealed class GovernanceSetup(AppDbContext db)
{
    public const string ExampleField = "example";
    public const string VisionField = "vision";
    public const string StrategyTitleField = "strategy-title";
    public const string PriorityTitleField = "priority-title";
    public const string SubGroupNameField = "subgroup-name";
    public const string MemberEmailField = "member-email";
    public const string MemberGroupField = "member-group";

    public sealed record Member(Guid Id, Guid SubGroupId, string Name, string Email);

    public async Task<IReadOnlyList<Member>> MembersAsync(Guid areaId, CancellationToken ct) =>
        await (from m in db.SubGroupMembers.AsNoTracking()
               join u in db.Users.AsNoTracking() on m.UserId equals u.Id
               where m.AreaId == areaId
               orderby u.DisplayName
               select new Member(m.Id, m.SubGroupId, u.DisplayName, u.Email ?? string.Empty)).ToListAsync(ct);

    /// <summary>
    /// Loads a seed area's strategy as the area's own: its vision and priorities replace the current ones when no action
    /// uses them yet, and its sub-groups are added. Refused once actions exist, so no action loses its priority.
    /// </summary>
    public async Task<Outcome<Domain.Governance.Strategy>> LoadExampleAsync(GovernanceScope scope, string? key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var errors = new FieldErrors();
        var example = StrategyExample.Find(key);
        if (!scope.Configures)
        {
            errors.Add(ExampleField, "Only an administrator can load a strategy");
        }
        else if (example is null)
        {
            errors.Add(ExampleField, "Select a strategy to load");
        }
        else if (await db.StrategyActions.AnyAsync(a => a.AreaId == scope.AreaId, ct))
        {
            errors.Add(ExampleField, "The action plan already has actions: add priorities by hand instead");
        }

        if (errors.Any)
        {
            return Outcome<Domain.Governance.Strategy>.Failure(errors.ToDictionary());
        }

        var strategy = await Apply(db, scope.AreaId, example!, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<Domain.Governance.Strategy>.Success(strategy);
    }

    /// <summary>Replaces the area's strategy with the example's and adds its sub-groups (the caller saves).</summary>
    private static async Task<Domain.Governance.Strategy> Apply(AppDbContext db, Guid areaId, StrategyExample example, CancellationToken ct)
    {
        var strategy = example.Build(areaId);
        var old = await db.Strategies.Include(s => s.Priorities).SingleOrDefaultAsync(s => s.AreaId == areaId, ct);
        if (old is null)
        {
            db.Strategies.Add(strategy);
        }
        else
        {
            // Keep the area's one strategy row (it is unique per area); replace what it says.
            db.StrategyPriorities.RemoveRange(old.Priorities);
            (old.Title, old.Vision, old.Source) = (strategy.Title, strategy.Vision, strategy.Source);
            foreach (var priority in strategy.Priorities)
            {
                priority.StrategyId = old.Id;
                db.StrategyPriorities.Add(priority);
            }

            strategy = old;
        }
        var existing = await db.SubGroups.Where(g => g.AreaId == areaId).Select(g => g.Name).ToListAsync(ct);
        foreach (var name in example.SubGroups.Except(existing))
        {
            db.SubGroups.Add(new SubGroup { Id = Guid.CreateVersion7(), AreaId = areaId, Name = name });
        }

        return strategy;
    }

    public async Task<Outcome<Domain.Governance.Strategy>> SaveVisionAsync(GovernanceScope scope, string? title, string? vision, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var errors = new FieldErrors();
        var t = Input.Text(title, StrategyTitleField, "the strategy's title", 300, errors);
        var v = Input.Text(vision, VisionField, "the vision", 2_000, errors);
        if (errors.Any || !scope.Configures)
        {
            return Outcome<Domain.Governance.Strategy>.Failure(errors.Any ? errors.ToDictionary() : Refusal(VisionField));
        }

        var strategy = await db.Strategies.SingleOrDefaultAsync(s => s.AreaId == scope.AreaId, ct);
        if (strategy is null)
        {
            strategy = new Domain.Governance.Strategy { Id = Guid.CreateVersion7(), AreaId = scope.AreaId };
            db.Strategies.Add(strategy);
        }

        strategy.Title = t;
        strategy.Vision = v;
        await db.SaveChangesAsync(ct);
        return Outcome<Domain.Governance.Strategy>.Success(strategy);
    }

    public async Task<Outcome<StrategyPriority>> AddPriorityAsync(GovernanceScope scope, string? title, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var errors = new FieldErrors();
        var t = Input.Text(title, PriorityTitleField, "the priority", 300, errors);
        var strategy = await db.Strategies.Include(s => s.Priorities).SingleOrDefaultAsync(s => s.AreaId == scope.AreaId, ct);
        if (strategy is null)
        {
            errors.Add(PriorityTitleField, "Write the vision or load a strategy first");
        }

        if (errors.Any || !scope.Configures)
        {
            return Outcome<StrategyPriority>.Failure(errors.Any ? errors.ToDictionary() : Refusal(PriorityTitleField));
        }

        var priority = new StrategyPriority
        {
            Id = Guid.CreateVersion7(),
            AreaId = scope.AreaId,
            StrategyId = strategy!.Id,
            Number = strategy.Priorities.Count + 1,
            Title = t,
        };
        db.StrategyPriorities.Add(priority);
        await db.SaveChangesAsync(ct);
        return Outcome<StrategyPriority>.Success(priority);
    }

    public async Task<Outcome<SubGroup>> AddSubGroupAsync(GovernanceScope scope, string? name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var errors = new FieldErrors();
        var n = Input.Text(name, SubGroupNameField, "the sub-group's name", 200, errors);
        if (n.Length > 0 && await db.SubGroups.AnyAsync(g => g.AreaId == scope.AreaId && g.Name == n, ct))
        {
            errors.Add(SubGroupNameField, "There is already a sub-group with that name");
        }

        if (errors.Any || !scope.Configures)
        {
            return Outcome<SubGroup>.Failure(errors.Any ? errors.ToDictionary() : Refusal(SubGroupNameField));
        }

        var group = new SubGroup { Id = Guid.CreateVersion7(), AreaId = scope.AreaId, Name = n };
        db.SubGroups.Add(group);
        await db.SaveChangesAsync(ct);
        return Outcome<SubGroup>.Success(group);
    }

    /// <summary>Seats a member of staff of the area on a sub-group, by their email address.</summary>
    public async Task<Outcome<SubGroupMember>> AddMemberAsync(GovernanceScope scope, string? subGroupId, string? email, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var errors = new FieldErrors();
        var group = Guid.TryParse(subGroupId, out var g) ? await db.SubGroups.SingleOrDefaultAsync(x => x.Id == g && x.AreaId == scope.AreaId, ct) : null;
        if (group is null)
        {
            errors.Add(MemberGroupField, "Select the sub-group");
        }

        var address = Input.Text(email, MemberEmailField, "the member's email address", 256, errors).ToUpperInvariant();
        var user = address.Length == 0 ? null : await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == address, ct);
        var staff = user is not null && (await db.AreaMemberships.Where(m => m.UserId == user.Id && m.AreaId == scope.AreaId).Select(m => m.Role).ToListAsync(ct))
            .Any(r => r is not Domain.People.Role.Parent and not Domain.People.Role.YoungPerson);
        if (address.Length > 0 && !staff)
        {
            errors.Add(MemberEmailField, "Enter the email address of someone who works in this area");
        }
        else if (group is not null && user is not null && await db.SubGroupMembers.AnyAsync(m => m.SubGroupId == group.Id && m.UserId == user.Id, ct))
        {
            errors.Add(MemberEmailField, "They are already a member of that sub-group");
        }

        if (errors.Any || !scope.Configures)
        {
            return Outcome<SubGroupMember>.Failure(errors.Any ? errors.ToDictionary() : Refusal(MemberEmailField));
        }

        var member = new SubGroupMember { Id = Guid.CreateVersion7(), AreaId = scope.AreaId, SubGroupId = group!.Id, UserId = user!.Id };
        db.SubGroupMembers.Add(member);
        await db.SaveChangesAsync(ct);
        return Outcome<SubGroupMember>.Success(member);
    }

    private static Dictionary<string, string[]> Refusal(string field) => new() { [field] = ["Only an administrator can change this"] };
}
