using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NodaTime;
using TellItOnce.Data.Auditing;
using TellItOnce.Data.Identity;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Auditing;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.LocalOffer;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Settings;

namespace TellItOnce.Data;

/// <summary>
/// The one database of TellItOnce. Provider-specific subclasses exist only so each provider keeps its own migrations
/// (see docs/adr/0004-two-database-providers.md).
/// </summary>
public abstract class AppDbContext : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>
{
    private IAuditContext? _audit;

    protected AppDbContext(DbContextOptions options, IAuditContext? audit)
        : base(options)
    {
        _audit = audit;
    }

    /// <summary>Says who is making the changes from now on, for work outside a web request (seeding, the CLI, jobs).</summary>
    public void UseAuditContext(IAuditContext audit) => _audit = audit;

    public DbSet<Area> Areas => Set<Area>();

    public DbSet<AreaMembership> AreaMemberships => Set<AreaMembership>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<EducationSetting> Settings => Set<EducationSetting>();

    public DbSet<Child> Children => Set<Child>();

    public DbSet<FamilyLink> FamilyLinks => Set<FamilyLink>();

    public DbSet<EhcCase> Cases => Set<EhcCase>();

    public DbSet<AdviceRequest> AdviceRequests => Set<AdviceRequest>();

    public DbSet<ExceptionPeriod> ExceptionPeriods => Set<ExceptionPeriod>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SettingConsultation> SettingConsultations => Set<SettingConsultation>();

    public DbSet<Domain.Plans.PlanVersion> PlanVersions => Set<Domain.Plans.PlanVersion>();

    public DbSet<LocalOfferService> LocalOfferServices => Set<LocalOfferService>();

    public DbSet<ServiceRevision> ServiceRevisions => Set<ServiceRevision>();

    public DbSet<ServiceFeedback> ServiceFeedback => Set<ServiceFeedback>();

    public DbSet<Domain.Documents.Document> Documents => Set<Domain.Documents.Document>();

    public DbSet<ReviewOutcomeResult> ReviewOutcomeResults => Set<ReviewOutcomeResult>();

    public DbSet<MediationCase> Mediations => Set<MediationCase>();

    public DbSet<TribunalAppeal> TribunalAppeals => Set<TribunalAppeal>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<PersonalBudgetRequest> PersonalBudgetRequests => Set<PersonalBudgetRequest>();

    public DbSet<Domain.Privacy.RecordView> RecordViews => Set<Domain.Privacy.RecordView>();

    public DbSet<Domain.Privacy.LegalHold> LegalHolds => Set<Domain.Privacy.LegalHold>();

    public DbSet<Operations.DataProtectionKeyRow> DataProtectionKeys => Set<Operations.DataProtectionKeyRow>();

    public DbSet<Operations.JobLease> JobLeases => Set<Operations.JobLease>();

    public DbSet<Domain.Insight.OutcomeFramework> OutcomeFrameworks => Set<Domain.Insight.OutcomeFramework>();

    public DbSet<Domain.Insight.OutcomeIndicator> OutcomeIndicators => Set<Domain.Insight.OutcomeIndicator>();

    public DbSet<Domain.Insight.IndicatorPeriod> IndicatorPeriods => Set<Domain.Insight.IndicatorPeriod>();

    public DbSet<Domain.Insight.NationalFigure> NationalFigures => Set<Domain.Insight.NationalFigure>();

    public DbSet<Domain.Insight.ApiKey> ApiKeys => Set<Domain.Insight.ApiKey>();

    public DbSet<Domain.Governance.Strategy> Strategies => Set<Domain.Governance.Strategy>();

    public DbSet<Domain.Governance.StrategyPriority> StrategyPriorities => Set<Domain.Governance.StrategyPriority>();

    public DbSet<Domain.Governance.SubGroup> SubGroups => Set<Domain.Governance.SubGroup>();

    public DbSet<Domain.Governance.SubGroupMember> SubGroupMembers => Set<Domain.Governance.SubGroupMember>();

    public DbSet<Domain.Governance.StrategyAction> StrategyActions => Set<Domain.Governance.StrategyAction>();

    public DbSet<Domain.Governance.ActionUpdate> ActionUpdates => Set<Domain.Governance.ActionUpdate>();

    public DbSet<Domain.Governance.Risk> Risks => Set<Domain.Governance.Risk>();

    public DbSet<Domain.Governance.RiskReview> RiskReviews => Set<Domain.Governance.RiskReview>();

    public DbSet<Domain.Governance.SelfAssessmentTheme> SelfAssessmentThemes => Set<Domain.Governance.SelfAssessmentTheme>();

    public DbSet<Domain.Governance.SelfAssessmentCycle> SelfAssessmentCycles => Set<Domain.Governance.SelfAssessmentCycle>();

    public DbSet<Domain.Governance.SelfAssessmentEntry> SelfAssessmentEntries => Set<Domain.Governance.SelfAssessmentEntry>();

    public DbSet<Domain.Governance.Survey> Surveys => Set<Domain.Governance.Survey>();

    public DbSet<Domain.Governance.SurveyQuestion> SurveyQuestions => Set<Domain.Governance.SurveyQuestion>();

    public DbSet<Domain.Governance.SurveyResponse> SurveyResponses => Set<Domain.Governance.SurveyResponse>();

    public DbSet<Domain.Governance.VoiceFeedback> VoiceFeedback => Set<Domain.Governance.VoiceFeedback>();

    public DbSet<Domain.Governance.CoProductionEvent> CoProductionEvents => Set<Domain.Governance.CoProductionEvent>();

    public DbSet<Domain.Governance.BoardReportCommentary> BoardReportCommentaries => Set<Domain.Governance.BoardReportCommentary>();

    public DbSet<Domain.Notifications.OutboxMessage> OutboxMessages => Set<Domain.Notifications.OutboxMessage>();

    public DbSet<Domain.Notifications.UserNotification> UserNotifications => Set<Domain.Notifications.UserNotification>();

    public DbSet<Domain.Notifications.NotificationPreference> NotificationPreferences => Set<Domain.Notifications.NotificationPreference>();

    public DbSet<Domain.Notifications.ReminderSettings> ReminderSettings => Set<Domain.Notifications.ReminderSettings>();

    public DbSet<Domain.Notifications.ReminderSent> RemindersSent => Set<Domain.Notifications.ReminderSent>();

    public DbSet<Domain.Portals.CaseMessage> CaseMessages => Set<Domain.Portals.CaseMessage>();

    public DbSet<Domain.Portals.PlanComment> PlanComments => Set<Domain.Portals.PlanComment>();

    public DbSet<Domain.Portals.AssessmentRequestDraft> AssessmentRequestDrafts => Set<Domain.Portals.AssessmentRequestDraft>();

    public DbSet<Domain.Portals.AdviceContribution> AdviceContributions => Set<Domain.Portals.AdviceContribution>();

    public DbSet<Domain.Portals.SenSupportCycle> SenSupportCycles => Set<Domain.Portals.SenSupportCycle>();

    public DbSet<Domain.Portals.ReviewInvitation> ReviewInvitations => Set<Domain.Portals.ReviewInvitation>();

    public DbSet<Trust> Trusts => Set<Trust>();

    public DbSet<ChildContact> ChildContacts => Set<ChildContact>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Domain code creates its own ids (Guid.CreateVersion7), so a new record reached through a navigation (an advice
        // request added to a tracked case) is an insert, never mistaken for an existing row.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace?.StartsWith("TellItOnce.Domain", StringComparison.Ordinal) == true))
        {
            if (entity.FindPrimaryKey() is { Properties: [{ ClrType: var type } key] } && type == typeof(Guid))
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        WriteAuditEntries();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        WriteAuditEntries();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private static readonly HashSet<string> Unaudited =
    [
        nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp),
        nameof(AppUser.AccessFailedCount), nameof(AppUser.LockoutEnd),
    ];

    private void WriteAuditEntries()
    {
        ChangeTracker.DetectChanges();
        var audit = _audit ?? throw new InvalidOperationException("Changes need an audit context: who is making them.");
        var entries = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry and not Domain.Privacy.RecordView and not Operations.DataProtectionKeyRow and not Operations.JobLease && !e.Metadata.IsOwned())

            // Delivery machinery, not records: the change that caused a notification is itself audited.
            .Where(e => e.Entity is not Domain.Notifications.OutboxMessage and not Domain.Notifications.ReminderSent and not Domain.Notifications.UserNotification)
            .Where(e => e.Entity is not IdentityUserToken<Guid> and not IdentityUserLogin<Guid>)
            .ToList();
        foreach (var entry in entries)
        {
            var changes = new Dictionary<string, object?>();
            foreach (var property in entry.Properties)
            {
                if (Unaudited.Contains(property.Metadata.Name) || (entry.State == EntityState.Modified && !property.IsModified))
                {
                    continue;
                }

                changes[property.Metadata.Name] = entry.State switch
                {
                    EntityState.Added => new { after = Describe(property.CurrentValue) },
                    EntityState.Deleted => new { before = Describe(property.OriginalValue) },
                    _ => new { before = Describe(property.OriginalValue), after = Describe(property.CurrentValue) },
                };
            }

            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            // An anonymous record names nobody and keeps only the day, so it cannot be matched to a sign-in (ADR 32).
            var anonymous = entry.Entity is IAnonymousRecord { IsAnonymous: true };
            AuditEntries.Add(new AuditEntry
            {
                At = anonymous ? Domain.Pathway.EnglishCalendar.DateOf(audit.Now).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() : audit.Now,
                UserId = anonymous ? null : audit.UserId,
                AreaId = AreaOf(entry),
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Updated,
                },
                Changes = JsonSerializer.Serialize(changes),
                Reason = audit.Reason,
            });
        }
    }

    private static string? Describe(object? value) => value switch
    {
        null => null,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable and not string => JsonSerializer.Serialize(value),
        _ => value.ToString(),
    };

    private static Guid? AreaOf(EntityEntry entry) =>
        entry.Metadata.FindProperty("AreaId") is { } p ? entry.Property(p.Name).CurrentValue as Guid? : null;

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? string.Empty
            : string.Join(",", key.Properties.Select(p => Describe(entry.Property(p.Name).CurrentValue)));
    }
}
