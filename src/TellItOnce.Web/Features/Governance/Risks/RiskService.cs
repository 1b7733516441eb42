using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Governance;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.Risks;

public sealed record RiskRow(Risk Risk, string? SubGroup, RiskPosition Position, bool CanEdit);

public sealed class RiskInput
{
    public string? Category { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? OwnerName { get; set; }

    public string? SubGroupId { get; set; }

    public string? Likelihood { get; set; }

    public string? Impact { get; set; }

    public string? Controls { get; set; }

    public DateParts NextReview { get; set; } = new();
}

public sealed class ReviewInput
{
    public string? Likelihood { get; set; }

    public string? Impact { get; set; }

    public string? Note { get; set; }

    public string? Controls { get; set; }

    public DateParts NextReview { get; set; } = new();

    public bool Escalated { get; set; }
}

/// <summary>The board risk register: risks narrowed to what the user may read, new risks, and dated reviews of the residual score.</summary>
public sealed class RiskService(AppDbContext db, GovernanceAccess access)
{
    public const string CategoryField = "category";
    public const string TitleField = "title";
    public const string DescriptionField = "description";
    public const string OwnerField = "owner";
    public const string SubGroupField = "subgroup";
    public const string LikelihoodField = "likelihood";
    public const string ImpactField = "impact";
    public const string ControlsField = "controls";
    public const string NoteField = "note";
    public const string NextReviewField = "next-review";

    public async Task<IReadOnlyList<RiskRow>> RegisterAsync(GovernanceScope scope, CancellationToken ct, LocalDate? asAt = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var date = asAt ?? access.Today;
        var groups = await access.SubGroupNamesAsync(scope.AreaId, ct);
        var risks = await db.Risks.AsNoTracking().Include(r => r.Reviews).Where(r => r.AreaId == scope.AreaId && r.AddedOn <= date).ToListAsync(ct);
        return [.. risks.Where(r => scope.CanRead(r.SubGroupId))
            .Select(r => new RiskRow(r, r.SubGroupId is { } g ? groups.GetValueOrDefault(g) : null, RiskRegister.PositionOn(r, date), scope.CanEdit(r.SubGroupId)))
            .OrderByDescending(r => r.Position.Residual.Value).ThenBy(r => r.Risk.Reference, StringComparer.Ordinal)];
    }

    public async Task<RiskRow?> FindAsync(GovernanceScope scope, Guid id, CancellationToken ct) =>
        (await RegisterAsync(scope, ct)).FirstOrDefault(r => r.Risk.Id == id);

    public async Task<Outcome<Risk>> AddAsync(GovernanceScope scope, RiskInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var category = Input.Choice<RiskCategory>(input.Category, CategoryField, "Select the risk's category", errors);
        var title = Input.Text(input.Title, TitleField, "the risk's title", 300, errors);
        var description = Input.Text(input.Description, DescriptionField, "what could happen and why", 2_000, errors);
        var owner = Input.Text(input.OwnerName, OwnerField, "the risk owner", 200, errors);
        var subGroup = Guid.TryParse(input.SubGroupId, out var g) && scope.CanEdit(g) && await db.SubGroups.AnyAsync(x => x.Id == g && x.AreaId == scope.AreaId, ct) ? g : (Guid?)null;
        if (subGroup is null)
        {
            errors.Add(SubGroupField, "Select one of your sub-groups to manage the risk");
        }

        var likelihood = Input.Score(input.Likelihood, LikelihoodField, "likelihood before controls", errors);
        var impact = Input.Score(input.Impact, ImpactField, "impact before controls", errors);
        var controls = Input.Text(input.Controls, ControlsField, "the controls and mitigations", 4_000, errors, required: false);
        var next = input.NextReview.Read(NextReviewField, "the next review date", errors);
        if (errors.Any)
        {
            return Outcome<Risk>.Failure(errors.ToDictionary());
        }

        var count = await db.Risks.CountAsync(r => r.AreaId == scope.AreaId, ct);
        var risk = new Risk
        {
            Id = Guid.CreateVersion7(),
            AreaId = scope.AreaId,
            Reference = $"R{count + 1:00}",
            Category = category!.Value,
            Title = title,
            Description = description,
            OwnerName = owner,
            SubGroupId = subGroup,
            InherentLikelihood = likelihood,
            InherentImpact = impact,
            Controls = controls,
            NextReview = next!.Value,
            AddedOn = access.Today,
        };
        db.Risks.Add(risk);
        await db.SaveChangesAsync(ct);
        return Outcome<Risk>.Success(risk);
    }

    /// <summary>Records today's residual score, controls, next review date and escalation. Null when the risk is not the user's to edit.</summary>
    public async Task<Outcome<RiskReview>?> ReviewAsync(GovernanceScope scope, Guid id, ReviewInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var risk = await db.Risks.SingleOrDefaultAsync(r => r.Id == id && r.AreaId == scope.AreaId, ct);
        if (risk is null || !scope.CanEdit(risk.SubGroupId))
        {
            return null;
        }

        var errors = new FieldErrors();
        var likelihood = Input.Score(input.Likelihood, LikelihoodField, "likelihood now", errors);
        var impact = Input.Score(input.Impact, ImpactField, "impact now", errors);
        var note = Input.Text(input.Note, NoteField, "why the score is what it is", 2_000, errors);
        var controls = Input.Text(input.Controls, ControlsField, "the controls and mitigations", 4_000, errors, required: false);
        var next = input.NextReview.Read(NextReviewField, "the next review date", errors);
        if (next is { } n && n <= access.Today)
        {
            errors.Add(NextReviewField, "The next review date must be in the future");
        }

        if (errors.Any)
        {
            return Outcome<RiskReview>.Failure(errors.ToDictionary());
        }

        var review = new RiskReview { Id = Guid.CreateVersion7(), AreaId = risk.AreaId, RiskId = risk.Id, On = access.Today, Likelihood = likelihood, Impact = impact, Note = note };
        db.RiskReviews.Add(review);
        risk.Controls = controls.Length > 0 ? controls : risk.Controls;
        risk.NextReview = next!.Value;
        risk.Escalated = input.Escalated;
        await db.SaveChangesAsync(ct);
        return Outcome<RiskReview>.Success(review);
    }
}
