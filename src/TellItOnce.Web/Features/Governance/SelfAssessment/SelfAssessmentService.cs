using Microsoft.EntityFrameworkCore;
using TellItOnce.Data;
using TellItOnce.Domain.Governance;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Governance.SelfAssessment;

public sealed class EntryInput
{
    public string? Strengths { get; set; }

    public string? AreasForDevelopment { get; set; }

    public string? Judgement { get; set; }

    public string? EvidenceTitle { get; set; }

    public string? EvidenceUrl { get; set; }
}

/// <summary>
/// The self-assessment: an editable template of themes, and one version per cycle. A new cycle starts from the template
/// and carries forward what the last cycle said, so each cycle records what changed.
/// </summary>
public sealed class SelfAssessmentService(AppDbContext db, GovernanceAccess access)
{
    public const string NameField = "name";
    public const string ThemeTitleField = "theme-title";
    public const string ThemePromptField = "theme-prompt";
    public const string StrengthsField = "strengths";
    public const string AreasField = "areas";
    public const string JudgementField = "judgement";
    public const string EvidenceTitleField = "evidence-title";
    public const string EvidenceUrlField = "evidence-url";

    public async Task<IReadOnlyList<SelfAssessmentCycle>> CyclesAsync(GovernanceScope scope, CancellationToken ct) =>
        await db.SelfAssessmentCycles.AsNoTracking().Include(c => c.Entries)
            .Where(c => c.AreaId == scope.AreaId).OrderByDescending(c => c.StartedOn).ThenByDescending(c => c.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<SelfAssessmentTheme>> ThemesAsync(GovernanceScope scope, CancellationToken ct) =>
        await db.SelfAssessmentThemes.AsNoTracking().Where(t => t.AreaId == scope.AreaId && !t.Retired).OrderBy(t => t.Order).ToListAsync(ct);

    public async Task<SelfAssessmentEntry?> EntryAsync(GovernanceScope scope, Guid id, CancellationToken ct) =>
        await db.SelfAssessmentEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.AreaId == scope.AreaId, ct);

    /// <summary>Administrators add a theme to the template; it is part of every cycle started from then on.</summary>
    public async Task<Outcome<SelfAssessmentTheme>> AddThemeAsync(GovernanceScope scope, string? title, string? prompt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var errors = new FieldErrors();
        var t = Input.Text(title, ThemeTitleField, "the theme", 300, errors);
        var p = Input.Text(prompt, ThemePromptField, "what the theme covers", 1_000, errors, required: false);
        if (errors.Any)
        {
            return Outcome<SelfAssessmentTheme>.Failure(errors.ToDictionary());
        }

        var order = await db.SelfAssessmentThemes.Where(x => x.AreaId == scope.AreaId).Select(x => (int?)x.Order).MaxAsync(ct) ?? 0;
        var theme = new SelfAssessmentTheme { Id = Guid.CreateVersion7(), AreaId = scope.AreaId, Order = order + 1, Title = t, Prompt = p };
        db.SelfAssessmentThemes.Add(theme);
        await db.SaveChangesAsync(ct);
        return Outcome<SelfAssessmentTheme>.Success(theme);
    }

    /// <summary>Starts a cycle: one entry per theme of the template, carrying forward the latest cycle's words and judgement.</summary>
    public async Task<Outcome<SelfAssessmentCycle>> StartCycleAsync(GovernanceScope scope, string? name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var errors = new FieldErrors();
        var n = Input.Text(name, NameField, "the cycle's name, for example Autumn 2026", 100, errors);
        if (errors.Any)
        {
            return Outcome<SelfAssessmentCycle>.Failure(errors.ToDictionary());
        }

        var themes = await ThemesAsync(scope, ct);
        var cycles = await CyclesAsync(scope, ct);
        var latest = cycles.Count > 0 ? cycles[0] : null;
        var cycle = new SelfAssessmentCycle { Id = Guid.CreateVersion7(), AreaId = scope.AreaId, Name = n, StartedOn = access.Today };
        cycle.Entries = [.. themes.Select(t =>
        {
            var last = latest?.Entries.FirstOrDefault(e => e.ThemeId == t.Id);
            return new SelfAssessmentEntry
            {
                Id = Guid.CreateVersion7(),
                AreaId = scope.AreaId,
                CycleId = cycle.Id,
                ThemeId = t.Id,
                ThemeTitle = t.Title,
                Order = t.Order,
                Strengths = last?.Strengths ?? string.Empty,
                AreasForDevelopment = last?.AreasForDevelopment ?? string.Empty,
                Evidence = [.. last?.Evidence ?? []],
                Judgement = last?.Judgement ?? Judgement.NotYetJudged,
            };
        })];
        db.SelfAssessmentCycles.Add(cycle);
        await db.SaveChangesAsync(ct);
        return Outcome<SelfAssessmentCycle>.Success(cycle);
    }

    public async Task<Outcome<SelfAssessmentEntry>?> SaveEntryAsync(GovernanceScope scope, Guid id, EntryInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var entry = await db.SelfAssessmentEntries.SingleOrDefaultAsync(e => e.Id == id && e.AreaId == scope.AreaId, ct);
        if (entry is null || !scope.Contributes)
        {
            return null;
        }

        var errors = new FieldErrors();
        var strengths = Input.Text(input.Strengths, StrengthsField, "the strengths", 8_000, errors, required: false);
        var areas = Input.Text(input.AreasForDevelopment, AreasField, "the areas for development", 8_000, errors, required: false);
        var judgement = Input.Choice<Judgement>(input.Judgement, JudgementField, "Select a judgement", errors);
        var evidence = Input.Evidence(input.EvidenceTitle, input.EvidenceUrl, EvidenceTitleField, EvidenceUrlField, errors);
        if (errors.Any)
        {
            return Outcome<SelfAssessmentEntry>.Failure(errors.ToDictionary());
        }

        entry.Strengths = strengths;
        entry.AreasForDevelopment = areas;
        entry.Judgement = judgement!.Value;
        if (evidence is not null)
        {
            entry.Evidence = [.. entry.Evidence, evidence];
        }

        await db.SaveChangesAsync(ct);
        return Outcome<SelfAssessmentEntry>.Success(entry);
    }
}
