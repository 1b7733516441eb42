using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Governance;

namespace TellItOnce.Data;

/// <summary>Governance: strategy and action plan, sub-groups, risks, self-assessment, surveys, voice and co-production.</summary>
internal static class GovernanceModel
{
    public static void Json<TEntity, T>(this EntityTypeBuilder<TEntity> b, System.Linq.Expressions.Expression<Func<TEntity, List<T>>> property, int maxLength)
        where TEntity : class =>
        b.Property(property).HasConversion(new JsonListConverter<T>(), new JsonListComparer<T>()).HasMaxLength(maxLength);

    public static void InArea<TEntity>(this EntityTypeBuilder<TEntity> b)
        where TEntity : class =>
        b.HasOne<Area>().WithMany().HasForeignKey("AreaId").OnDelete(DeleteBehavior.Restrict);
}

internal sealed class StrategyConfiguration : IEntityTypeConfiguration<Strategy>
{
    public void Configure(EntityTypeBuilder<Strategy> b)
    {
        b.ToTable("Strategies");
        b.InArea();
        b.HasIndex(s => s.AreaId).IsUnique();
        b.Property(s => s.Title).HasMaxLength(300);
        b.Property(s => s.Vision).HasMaxLength(2_000);
        b.Property(s => s.Source).HasMaxLength(40);
        b.HasMany(s => s.Priorities).WithOne().HasForeignKey(p => p.StrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StrategyPriorityConfiguration : IEntityTypeConfiguration<StrategyPriority>
{
    public void Configure(EntityTypeBuilder<StrategyPriority> b)
    {
        b.ToTable("StrategyPriorities");
        b.Property(p => p.Title).HasMaxLength(300);
        b.Property(p => p.Description).HasMaxLength(2_000);
        b.HasIndex(p => new { p.StrategyId, p.Number });
    }
}

internal sealed class SubGroupConfiguration : IEntityTypeConfiguration<SubGroup>
{
    public void Configure(EntityTypeBuilder<SubGroup> b)
    {
        b.ToTable("SubGroups");
        b.InArea();
        b.Property(s => s.Name).HasMaxLength(200);
        b.HasIndex(s => new { s.AreaId, s.Name }).IsUnique();
    }
}

internal sealed class SubGroupMemberConfiguration : IEntityTypeConfiguration<SubGroupMember>
{
    public void Configure(EntityTypeBuilder<SubGroupMember> b)
    {
        b.ToTable("SubGroupMembers");
        b.HasOne<SubGroup>().WithMany().HasForeignKey(m => m.SubGroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.SubGroupId, m.UserId }).IsUnique();
        b.HasIndex(m => m.UserId);
    }
}

internal sealed class StrategyActionConfiguration : IEntityTypeConfiguration<StrategyAction>
{
    public void Configure(EntityTypeBuilder<StrategyAction> b)
    {
        b.ToTable("StrategyActions");
        b.InArea();
        b.Property(a => a.Title).HasMaxLength(500);
        b.Property(a => a.OwnerName).HasMaxLength(200);
        b.Property(a => a.OwnerOrganisation).HasMaxLength(200);
        b.Json(a => a.Evidence, 10_000);
        b.HasOne<StrategyPriority>().WithMany().HasForeignKey(a => a.PriorityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<SubGroup>().WithMany().HasForeignKey(a => a.SubGroupId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.AreaId, a.DueDate });
    }
}

internal sealed class ActionUpdateConfiguration : IEntityTypeConfiguration<ActionUpdate>
{
    public void Configure(EntityTypeBuilder<ActionUpdate> b)
    {
        b.ToTable("StrategyActionUpdates");
        b.Property(u => u.Note).HasMaxLength(2_000);
        b.Property(u => u.ByName).HasMaxLength(200);
        b.HasIndex(u => new { u.ActionId, u.On });
    }
}

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> b)
    {
        b.ToTable("Risks");
        b.InArea();
        b.Ignore(r => r.Inherent);
        b.Property(r => r.Reference).HasMaxLength(20);
        b.Property(r => r.Title).HasMaxLength(300);
        b.Property(r => r.Description).HasMaxLength(2_000);
        b.Property(r => r.OwnerName).HasMaxLength(200);
        b.Property(r => r.Controls).HasMaxLength(4_000);
        b.HasOne<SubGroup>().WithMany().HasForeignKey(r => r.SubGroupId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(r => r.Reviews).WithOne().HasForeignKey(v => v.RiskId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.AreaId, r.Reference }).IsUnique();
    }
}

internal sealed class RiskReviewConfiguration : IEntityTypeConfiguration<RiskReview>
{
    public void Configure(EntityTypeBuilder<RiskReview> b)
    {
        b.ToTable("RiskReviews");
        b.Ignore(r => r.Score);
        b.Property(r => r.Note).HasMaxLength(2_000);
        b.HasIndex(r => new { r.RiskId, r.On });
    }
}

internal sealed class SelfAssessmentThemeConfiguration : IEntityTypeConfiguration<SelfAssessmentTheme>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentTheme> b)
    {
        b.ToTable("SelfAssessmentThemes");
        b.InArea();
        b.Property(t => t.Title).HasMaxLength(300);
        b.Property(t => t.Prompt).HasMaxLength(1_000);
        b.HasIndex(t => new { t.AreaId, t.Order });
    }
}

internal sealed class SelfAssessmentCycleConfiguration : IEntityTypeConfiguration<SelfAssessmentCycle>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentCycle> b)
    {
        b.ToTable("SelfAssessmentCycles");
        b.InArea();
        b.Property(c => c.Name).HasMaxLength(100);
        b.HasMany(c => c.Entries).WithOne().HasForeignKey(e => e.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.AreaId, c.StartedOn });
    }
}

internal sealed class SelfAssessmentEntryConfiguration : IEntityTypeConfiguration<SelfAssessmentEntry>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentEntry> b)
    {
        b.ToTable("SelfAssessmentEntries");
        b.Property(e => e.ThemeTitle).HasMaxLength(300);
        b.Property(e => e.Strengths).HasMaxLength(8_000);
        b.Property(e => e.AreasForDevelopment).HasMaxLength(8_000);
        b.Json(e => e.Evidence, 10_000);
        b.HasOne<SelfAssessmentTheme>().WithMany().HasForeignKey(e => e.ThemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.CycleId, e.ThemeId }).IsUnique();
    }
}

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> b)
    {
        b.ToTable("Surveys");
        b.InArea();
        b.Property(s => s.Title).HasMaxLength(200);
        b.Property(s => s.Introduction).HasMaxLength(2_000);
        b.Property(s => s.LinkToken).HasMaxLength(64);
        b.HasIndex(s => s.LinkToken).IsUnique();
        b.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> b)
    {
        b.ToTable("SurveyQuestions");
        b.Property(q => q.Text).HasMaxLength(500);
        b.Json(q => q.Options, 4_000);
        b.HasIndex(q => new { q.SurveyId, q.Number });
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> b)
    {
        b.ToTable("SurveyResponses");
        b.Ignore(r => r.IsAnonymous);
        b.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        b.Json(r => r.Answers, 40_000);
        b.HasIndex(r => new { r.SurveyId, r.SubmittedOn });
        b.HasIndex(r => new { r.SurveyId, r.RespondentId });
    }
}

internal sealed class VoiceFeedbackConfiguration : IEntityTypeConfiguration<VoiceFeedback>
{
    public void Configure(EntityTypeBuilder<VoiceFeedback> b)
    {
        b.ToTable("VoiceFeedback");
        b.InArea();
        b.Property(v => v.Theme).HasMaxLength(200);
        b.Property(v => v.YouSaid).HasMaxLength(2_000);
        b.Property(v => v.WeDid).HasMaxLength(2_000);
        b.HasIndex(v => new { v.AreaId, v.State });
    }
}

internal sealed class CoProductionEventConfiguration : IEntityTypeConfiguration<CoProductionEvent>
{
    public void Configure(EntityTypeBuilder<CoProductionEvent> b)
    {
        b.ToTable("CoProductionEvents");
        b.InArea();
        b.Property(e => e.Title).HasMaxLength(300);
        b.Property(e => e.Attendees).HasMaxLength(1_000);
        b.Property(e => e.WhatChanged).HasMaxLength(4_000);
        b.HasOne<SubGroup>().WithMany().HasForeignKey(e => e.SubGroupId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(e => new { e.AreaId, e.HeldOn });
    }
}

internal sealed class BoardReportCommentaryConfiguration : IEntityTypeConfiguration<BoardReportCommentary>
{
    public void Configure(EntityTypeBuilder<BoardReportCommentary> b)
    {
        b.ToTable("BoardReportCommentaries");
        b.InArea();
        b.Property(c => c.Text).HasMaxLength(8_000);
        b.HasIndex(c => new { c.AreaId, c.PeriodStart, c.PeriodEnd }).IsUnique();
    }
}
