using NodaTime;

namespace TellItOnce.Domain.Governance;

/// <summary>An area's SEND strategy as data: the vision and its priorities. One per area.</summary>
public sealed class Strategy
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Vision { get; set; } = string.Empty;

    /// <summary>The example it was loaded from ("stockport"), if any.</summary>
    public string? Source { get; set; }

    public List<StrategyPriority> Priorities { get; set; } = [];
}

public sealed class StrategyPriority
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid StrategyId { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;
}

/// <summary>A partnership sub-group reporting to the board (Stockport: Co-production; Performance; Joint Commissioning; Workforce).</summary>
public sealed class SubGroup
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public string Name { get; set; } = string.Empty;
}

/// <summary>A person's seat on a sub-group: they see and update that sub-group's actions and risks.</summary>
public sealed class SubGroupMember
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid SubGroupId { get; set; }

    public Guid UserId { get; set; }
}

public enum ActionStatus
{
    NotStarted,
    InProgress,
    Completed,
    Paused,
}

/// <summary>
/// One action of the action plan. Its status and RAG are not stored on it: they are the latest dated progress update's,
/// so the plan as it stood on any past date (for a board report) is reproducible.
/// </summary>
public sealed class StrategyAction
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid PriorityId { get; set; }

    public Guid? SubGroupId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string OwnerName { get; set; } = string.Empty;

    public string OwnerOrganisation { get; set; } = string.Empty;

    public LocalDate StartDate { get; set; }

    public LocalDate DueDate { get; set; }

    /// <summary>When the action was added to the plan; it does not exist in reports for earlier dates.</summary>
    public LocalDate AddedOn { get; set; }

    public List<EvidenceLink> Evidence { get; set; } = [];

    /// <summary>The outcome indicator this action is meant to move, if linked.</summary>
    public Guid? IndicatorId { get; set; }

    public List<ActionUpdate> Updates { get; set; } = [];
}

/// <summary>A dated progress update: what happened, and the action's status and RAG from that day.</summary>
public sealed class ActionUpdate
{
    public Guid Id { get; set; }

    public Guid AreaId { get; set; }

    public Guid ActionId { get; set; }

    public LocalDate On { get; set; }

    public ActionStatus Status { get; set; }

    public Rag Rag { get; set; }

    public string Note { get; set; } = string.Empty;

    public string ByName { get; set; } = string.Empty;
}

/// <summary>Where an action stood on a date, and whether the board should look at it.</summary>
public sealed record ActionState(ActionStatus Status, Rag Rag, LocalDate? LastUpdated, bool Overdue, bool AtRisk, bool DueSoon)
{
    public bool IsException => Overdue || Rag == Rag.Red;
}

public static class ActionPlan
{
    /// <summary>Owners are reminded, and the plan flags the action, this many days before it is due.</summary>
    public const int ReminderDays = 14;

    /// <summary>
    /// The action's state on <paramref name="date"/>: the latest update on or before it. Overdue: due before that date
    /// and not completed. At risk: not completed and RAG amber or red, or due within the reminder window with no update
    /// in the last 30 days.
    /// </summary>
    public static ActionState StateOn(StrategyAction action, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(action);
        var latest = action.Updates.Where(u => u.On <= date).OrderBy(u => u.On).ThenBy(u => u.Id).LastOrDefault();
        var status = latest?.Status ?? ActionStatus.NotStarted;
        var rag = latest?.Rag ?? Rag.Green;
        var open = status != ActionStatus.Completed;
        var overdue = open && action.DueDate < date;
        var dueSoon = open && !overdue && Period.Between(date, action.DueDate, PeriodUnits.Days).Days <= ReminderDays;
        var stale = latest is null || Period.Between(latest.On, date, PeriodUnits.Days).Days > 30;
        var atRisk = open && !overdue && (rag != Rag.Green || (dueSoon && stale));
        return new ActionState(status, rag, latest?.On, overdue, atRisk, dueSoon);
    }

    public static bool ExistedOn(StrategyAction action, LocalDate date) => action?.AddedOn <= date;
}
