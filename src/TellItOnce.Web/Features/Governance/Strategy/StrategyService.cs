using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Domain.Governance;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Strategy;

public sealed record ActionRow(StrategyAction Action, StrategyPriority Priority, string? SubGroup, ActionState State, bool CanEdit);

public sealed record StrategyView(
    Domain.Governance.Strategy? Strategy, IReadOnlyList<StrategyPriority> Priorities, IReadOnlyList<ActionRow> Actions,
    IReadOnlyDictionary<Guid, string> SubGroups);

public sealed class ActionInput
{
    public string? Title { get; set; }

    public string? PriorityId { get; set; }

    public string? SubGroupId { get; set; }

    public string? OwnerName { get; set; }

    public string? OwnerOrganisation { get; set; }

    public DateParts Start { get; set; } = new();

    public DateParts Due { get; set; } = new();
}

public sealed class UpdateInput
{
    public string? Status { get; set; }

    public string? Rag { get; set; }

    public string? Note { get; set; }

    public string? EvidenceTitle { get; set; }

    public string? EvidenceUrl { get; set; }
}

/// <summary>The action plan: what each user may see of it, new actions, and dated progress updates.</summary>
public sealed class StrategyService(AppDbContext db, GovernanceAccess access)
{
    public const string TitleField = "title";
    public const string PriorityField = "priority";
    public const string SubGroupField = "subgroup";
    public const string OwnerField = "owner";
    public const string OrganisationField = "organisation";
    public const string StartField = "start";
    public const string DueField = "due";
    public const string StatusField = "status";
    public const string RagField = "rag";
    public const string NoteField = "note";
    public const string EvidenceTitleField = "evidence-title";
    public const string EvidenceUrlField = "evidence-url";

    /// <summary>The plan as it stood on <paramref name="asAt"/> (today unless a report asks for a past date), narrowed to what the user may read.</summary>
    public async Task<StrategyView> ViewAsync(GovernanceScope scope, CancellationToken ct, NodaTime.LocalDate? asAt = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var date = asAt ?? access.Today;
        var strategy = await db.Strategies.AsNoTracking().Include(s => s.Priorities).SingleOrDefaultAsync(s => s.AreaId == scope.AreaId, ct);
        var priorities = strategy?.Priorities.OrderBy(p => p.Number).ToList() ?? [];
        var groups = await access.SubGroupNamesAsync(scope.AreaId, ct);
        var actions = await db.StrategyActions.AsNoTracking().Include(a => a.Updates).Where(a => a.AreaId == scope.AreaId).ToListAsync(ct);
        var byPriority = priorities.ToDictionary(p => p.Id);
        var rows = actions
            .Where(a => scope.CanRead(a.SubGroupId) && ActionPlan.ExistedOn(a, date) && byPriority.ContainsKey(a.PriorityId))
            .Select(a => new ActionRow(a, byPriority[a.PriorityId], a.SubGroupId is { } g ? groups.GetValueOrDefault(g) : null, ActionPlan.StateOn(a, date), scope.CanEdit(a.SubGroupId)))
            .OrderBy(r => r.Priority.Number).ThenBy(r => r.Action.DueDate).ThenBy(r => r.Action.Title, StringComparer.Ordinal)
            .ToList();
        return new StrategyView(strategy, priorities, rows, groups);
    }

    public async Task<ActionRow?> FindAsync(GovernanceScope scope, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var view = await ViewAsync(scope, ct);
        return view.Actions.FirstOrDefault(a => a.Action.Id == id);
    }

    /// <summary>Adds an action to a sub-group's part of the plan: an administrator for any sub-group, a member for their own.</summary>
    public async Task<Outcome<StrategyAction>> AddActionAsync(GovernanceScope scope, ActionInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var title = Input.Text(input.Title, TitleField, "what the action is", 500, errors);
        var priorityIds = await db.StrategyPriorities.Where(p => p.AreaId == scope.AreaId).Select(p => p.Id).ToListAsync(ct);
        var priority = Guid.TryParse(input.PriorityId, out var p) && priorityIds.Contains(p) ? p : (Guid?)null;
        if (priority is null)
        {
            errors.Add(PriorityField, "Select the priority the action delivers");
        }

        var subGroup = Guid.TryParse(input.SubGroupId, out var g) && scope.CanEdit(g) && await db.SubGroups.AnyAsync(x => x.Id == g && x.AreaId == scope.AreaId, ct) ? g : (Guid?)null;
        if (subGroup is null)
        {
            errors.Add(SubGroupField, "Select one of your sub-groups to own the action");
        }

        var owner = Input.Text(input.OwnerName, OwnerField, "the owner's name", 200, errors);
        var organisation = Input.Text(input.OwnerOrganisation, OrganisationField, "the owner's organisation", 200, errors);
        var start = input.Start.Read(StartField, "the start date", errors);
        var due = input.Due.Read(DueField, "the due date", errors);
        if (start is { } s && due is { } d && d < s)
        {
            errors.Add(DueField, "The due date must be on or after the start date");
        }

        if (errors.Any)
        {
            return Outcome<StrategyAction>.Failure(errors.ToDictionary());
        }

        var action = new StrategyAction
        {
            Id = Guid.CreateVersion7(),
            AreaId = scope.AreaId,
            PriorityId = priority!.Value,
            SubGroupId = subGroup,
            Title = title,
            OwnerName = owner,
            OwnerOrganisation = organisation,
            StartDate = start!.Value,
            DueDate = due!.Value,
            AddedOn = access.Today,
        };
        db.StrategyActions.Add(action);
        await db.SaveChangesAsync(ct);
        return Outcome<StrategyAction>.Success(action);
    }

    /// <summary>Records a dated progress update (and optionally a piece of evidence). Null when the action is not one the user may edit.</summary>
    public async Task<Outcome<ActionUpdate>?> AddUpdateAsync(GovernanceScope scope, Guid actionId, UpdateInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var action = await db.StrategyActions.SingleOrDefaultAsync(a => a.Id == actionId && a.AreaId == scope.AreaId, ct);
        if (action is null || !scope.CanEdit(action.SubGroupId))
        {
            return null;
        }

        var errors = new FieldErrors();
        var status = Input.Choice<ActionStatus>(input.Status, StatusField, "Select the action's status", errors);
        var rag = Input.Choice<Rag>(input.Rag, RagField, "Select red, amber or green", errors);
        var note = Input.Text(input.Note, NoteField, "what has happened since the last update", 2_000, errors);
        var evidence = Input.Evidence(input.EvidenceTitle, input.EvidenceUrl, EvidenceTitleField, EvidenceUrlField, errors);
        if (errors.Any)
        {
            return Outcome<ActionUpdate>.Failure(errors.ToDictionary());
        }

        var update = new ActionUpdate
        {
            Id = Guid.CreateVersion7(),
            AreaId = action.AreaId,
            ActionId = action.Id,
            On = access.Today,
            Status = status!.Value,
            Rag = rag!.Value,
            Note = note,
            ByName = access.User.DisplayName,
        };
        db.ActionUpdates.Add(update);
        if (evidence is not null)
        {
            action.Evidence = [.. action.Evidence, evidence];
        }

        await db.SaveChangesAsync(ct);
        return Outcome<ActionUpdate>.Success(update);
    }
}
