using NodaTime;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Web.Features.Insight;

public enum MeasureKind
{
    /// <summary>How many: the figure is the count of rows.</summary>
    Count,

    /// <summary>What share: the figure is the rows meeting a condition as a percentage of all rows.</summary>
    Percentage,
}

/// <summary>
/// The SQL expressions a measure is evaluated at: <see cref="AsAt"/> is the "as at" date and the period counted is
/// after <see cref="PeriodStart"/> up to and including <see cref="AsAt"/>. For the headline they are dates; for a
/// trend they are the columns of a table of quarters, so one query gives all 12 quarters.
/// </summary>
public sealed record MeasureScope(SqlDialect Sql, string AsAt, string PeriodStart, LocalDate? AsAtDate)
{
    /// <summary>Month offsets from the "as at" date that a table of quarters carries as columns (<c>q.m_192</c>, <c>q.m3</c>).</summary>
    public static readonly IReadOnlyList<int> QuarterOffsets = [-312, -240, -192, -132, -60, 3];

    /// <summary>True when <see cref="AsAt"/> is a table of quarters' column that carries <see cref="QuarterOffsets"/>.</summary>
    public bool OffsetColumns { get; init; }

    /// <summary>
    /// The "as at" date moved by whole months: a literal for a date, the quarter table's own column in a trend (worked
    /// out once per quarter instead of once per row and quarter), otherwise date arithmetic.
    /// </summary>
    public string Months(int months) =>
        AsAtDate is { } date ? Sql.Date(date.PlusMonths(months))
        : OffsetColumns && QuarterOffsets.Contains(months) ? QuarterColumn(months)
        : Sql.AddMonths(AsAt, months);

    public static string QuarterColumn(int months) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"q.m{(months < 0 ? "_" : string.Empty)}{Math.Abs(months)}");
}

/// <summary>
/// A measure as SQL: rows <see cref="From"/> (always with the child as <c>ch</c>, and the case as <c>c</c> when
/// <see cref="HasCase"/>), kept by <see cref="Where"/>, grouped by <see cref="Group"/>; for a percentage,
/// <see cref="Numerator"/> is the condition counted on top. The same parts give the aggregate, its trend, the
/// drill-down list of cases and the exported fact rows, so they cannot disagree.
/// </summary>
public sealed record MeasureSql(string From, string Where, string Group, string Numerator = "1 = 1", bool HasCase = true)
{
    /// <summary>
    /// For a flow measure (rows counted when a date falls in the period), that date's column. Each row then belongs to at
    /// most one quarter, so a trend groups rows by the quarter of this column in one pass instead of evaluating every
    /// quarter for every row. Null for a stock measure (rows counted as at a date), whose trend needs each quarter's end.
    /// </summary>
    public string? Period { get; init; }
}

public sealed record MeasureDefinition(
    string Key,
    string Section,
    string Title,
    string GroupTitle,
    MeasureKind Kind,
    string Explanation,
    bool Trend,
    Func<MeasureScope, MeasureSql> Sql,
    Func<string, string>? Label = null)
{
    public string LabelOf(string group) => Label?.Invoke(group) ?? group;

    /// <summary>What the numerator counts, for a percentage's table heading.</summary>
    public string NumeratorTitle { get; init; } = "Number";
}

/// <summary>
/// The dashboard's measures (issue 6, DOMAIN.md "What the seed areas measure"), each a set-based query over the
/// case records. Outcome indicators choose from this catalogue, and `export facts` writes its rows.
/// </summary>
public static class MeasureCatalogue
{
    public const string AllGroups = "All";

    public static readonly IReadOnlyList<string> AgeGroups = ["Under 5", "5 to 10", "11 to 15", "16 to 19", "20 to 25", "Over 25"];

    /// <summary>The children table as measures name it; the engine narrows it to the children of the areas asked about.</summary>
    public const string Children = "\"Children\" ch";

    /// <summary>The join from a case to its child; the engine leaves it out when neither the measure nor the filter reads the child.</summary>
    public const string ChildJoin = " JOIN " + Children + " ON ch.\"Id\" = c.\"ChildId\"";

    private const string CaseChild = "\"Cases\" c" + ChildJoin;
    private const string ReviewAnchor = "COALESCE(c.\"LastReviewOn\", c.\"LatestPlanIssuedOn\", c.\"FinalIssuedOn\")";

    public static IReadOnlyList<MeasureDefinition> All { get; } =
    [
        new("plans-by-need", "Children and young people with EHC plans", "EHC plans by primary need", "Primary need", MeasureKind.Count,
            "Children and young people whose final EHC plan had been issued and had not ceased on the date.", true,
            s => new(CaseChild, ActivePlan(s), NeedGroup), NeedLabel),
        new("plans-by-age", "Children and young people with EHC plans", "EHC plans by age group", "Age group", MeasureKind.Count,
            "Children and young people with an EHC plan on the date, by their age on that date.", false,
            s => new(CaseChild, ActivePlan(s), AgeGroup(s))),
        new("sen-support-by-need", "Children and young people on SEN support", "SEN support by primary need", "Primary need", MeasureKind.Count,
            "Children recorded as on SEN support (K) without an EHC plan. The record holds today's status, so this figure is always as at today.", false,
            s => new(Children, "ch.\"OnSenSupport\"", NeedGroup, HasCase: false), NeedLabel),
        new("sen-support-by-age", "Children and young people on SEN support", "SEN support by age group", "Age group", MeasureKind.Count,
            "Children recorded as on SEN support, by their age on the date.", false,
            s => new(Children, "ch.\"OnSenSupport\"", AgeGroup(s), HasCase: false)),
        new("requests", "Requests for an EHC needs assessment", "Requests for assessment, by who made them", "Requested by", MeasureKind.Count,
            "Requests received in the 12 months to the date (in a trend, in each quarter).", true,
            s => Flow(s, CaseChild, "c.\"RequestReceived\"", Coalesced("c.\"RequestedBy\"")), RequesterLabel),
        new("agreed-to-assess", "Requests for an EHC needs assessment", "Agreed to assess", "Requested by", MeasureKind.Percentage,
            "Decisions whether to assess made in the 12 months to the date, and the share that agreed to assess.", true,
            s => Flow(s, CaseChild, "c.\"DecisionToAssessOn\"", Coalesced("c.\"RequestedBy\""), "c.\"AgreedToAssess\""), RequesterLabel)
        { NumeratorTitle = "Agreed" },
        new("decisions-within-6-weeks", "Requests for an EHC needs assessment", "Decisions within 6 weeks", "Month of decision", MeasureKind.Percentage,
            "Decisions whether to assess made within 6 weeks of the request (SEND Regulations 2014, reg 5).", true,
            s => Flow(s, CaseChild, "c.\"DecisionToAssessOn\"", s.Sql.Month("c.\"DecisionToAssessOn\""),
                $"c.\"DecisionToAssessOn\" <= {s.Sql.AddDays("c.\"RequestReceived\"", 42)}"))
        { NumeratorTitle = "Within 6 weeks" },
        new("plans-within-20-weeks", "New EHC plans", "New plans issued within 20 weeks, excluding exceptions", "Month issued", MeasureKind.Percentage,
            "New final plans issued in the period within 20 weeks of the request, leaving out cases where an exception to the time limit applied (the national measure, SEN2 Week20).", true,
            s => Flow(s, CaseChild, "c.\"FinalIssuedOn\"", s.Sql.Month("c.\"FinalIssuedOn\""), Within20Weeks(s), $"NOT {ExceptionApplies(s)}"))
        { NumeratorTitle = "Within 20 weeks" },
        new("plans-within-20-weeks-all", "New EHC plans", "New plans issued within 20 weeks, including exceptions", "Month issued", MeasureKind.Percentage,
            "Every new final plan issued in the period, and the share issued within 20 weeks of the request whether or not an exception applied.", true,
            s => Flow(s, CaseChild, "c.\"FinalIssuedOn\"", s.Sql.Month("c.\"FinalIssuedOn\""), Within20Weeks(s)))
        { NumeratorTitle = "Within 20 weeks" },
        new("advice-within-6-weeks", "Advice for assessments", "Advice received within 6 weeks, by source", "Advice from", MeasureKind.Percentage,
            "Advice received in the period, and the share received within 6 weeks of being requested (reg 8).", true,
            s => Flow(s, Joined("\"AdviceRequests\" a", "a"), "a.\"ReceivedOn\"", Coalesced("a.\"Source\""),
                $"a.\"ReceivedOn\" <= {s.Sql.AddDays("a.\"RequestedOn\"", 42)}"), SourceLabel)
        { NumeratorTitle = "Within 6 weeks" },
        new("annual-reviews", "Annual reviews and phase transfers", "Annual reviews on time", "Review", MeasureKind.Percentage,
            "Plans in force on the date whose annual review is not overdue: reviewed, or with the meeting held, within 12 months of the plan or the last review.", true,
            s => new(CaseChild, ActivePlan(s), ReviewGroup(s), ReviewOnTime(s)))
        { NumeratorTitle = "On time" },
        new("phase-transfers", "Annual reviews and phase transfers", "Phase transfers on track", "Moving to", MeasureKind.Percentage,
            "Children and young people with plans who change phase next September: on track if the new setting was named by 15 February (31 March for post-16), or that date has not yet passed.", false,
            PhaseTransfers)
        { NumeratorTitle = "On track" },
        new("provision-type", "Where children and young people with plans learn", "Type of provision attended", "Provision", MeasureKind.Count,
            "Children and young people with plans on the date, by the type of the setting named in the plan (or attended).", false,
            s => new(CaseChild + " LEFT JOIN \"Settings\" s ON s.\"Id\" = COALESCE(c.\"NamedSettingId\", ch.\"CurrentSettingId\")", ActivePlan(s), ProvisionGroup)),
        new("out-of-area", "Where children and young people with plans learn", "Placements in and out of area", "Placement", MeasureKind.Count,
            "Children and young people with plans on the date, by whether their setting is in the area.", false,
            s => new(CaseChild + " LEFT JOIN \"Settings\" s ON s.\"Id\" = COALESCE(c.\"NamedSettingId\", ch.\"CurrentSettingId\")", ActivePlan(s),
                "CASE WHEN s.\"Id\" IS NULL THEN 'No setting recorded' WHEN s.\"AreaId\" = ch.\"AreaId\" THEN 'In area' ELSE 'Out of area' END")),
        new("eet-16-25", "Preparing for adulthood", "Young people 16 to 25 with plans in education, employment or training", "Status", MeasureKind.Percentage,
            "Young people aged 16 to 25 with a plan on the date who have a school, college or training provider recorded.", true,
            s => new(CaseChild, $"{ActivePlan(s)} AND ch.\"DateOfBirth\" <= {s.Months(-192)} AND ch.\"DateOfBirth\" > {s.Months(-312)}",
                "CASE WHEN ch.\"CurrentSettingId\" IS NULL THEN 'None recorded' ELSE 'In education or training' END", "ch.\"CurrentSettingId\" IS NOT NULL"))
        { NumeratorTitle = "In education or training" },
        new("plans-ceased", "Preparing for adulthood", "Plans ceased, by reason", "Reason", MeasureKind.Count,
            "Plans that ceased in the period, by the SEN2 cease reason.", true,
            s => Flow(s, CaseChild, "c.\"CeasedOn\"", "COALESCE(CAST(c.\"CeaseReason\" AS TEXT), 'Not recorded')"), CeaseReasonLabel),
        new("outcomes-met-at-review", "Outcomes, disagreements and personal budgets", "Individual outcomes met at annual review", "Progress", MeasureKind.Percentage,
            "Section E outcomes assessed at annual reviews held in the period, and the share found met.", true,
            s => Flow(s, Joined("\"ReviewOutcomeResults\" r", "r"), "r.\"ReviewMeetingOn\"", "r.\"Progress\"", "r.\"Progress\" = 'Met'", "r.\"Progress\" IS NOT NULL"), Words)
        { NumeratorTitle = "Met" },
        new("mediations", "Outcomes, disagreements and personal budgets", "Mediation", "Outcome", MeasureKind.Count,
            "Families who contacted the mediation adviser in the period, by what happened.", true,
            s => Flow(s, Joined("\"Mediations\" m", "m"), "m.\"AdviserContactedOn\"",
                "COALESCE(m.\"Outcome\", CASE WHEN m.\"WantsMediation\" THEN 'Not yet held' ELSE 'Certificate only' END)"), Words),
        new("tribunal-appeals", "Outcomes, disagreements and personal budgets", "Tribunal appeals", "Outcome", MeasureKind.Count,
            "Appeals to the SEND Tribunal registered in the period, by outcome.", true,
            s => Flow(s, Joined("\"TribunalAppeals\" t", "t"), "t.\"RegisteredOn\"", "COALESCE(t.\"Outcome\", 'Not yet decided')"), Words),
        new("personal-budgets", "Outcomes, disagreements and personal budgets", "Personal budgets agreed", "Arrangement", MeasureKind.Percentage,
            "Requests for a personal budget decided in the period, and the share agreed.", true,
            s => Flow(s, Joined("\"PersonalBudgetRequests\" p", "p"), "p.\"DecidedOn\"", "p.\"Arrangement\"", "p.\"Agreed\""), Words)
        { NumeratorTitle = "Agreed" },
    ];

    public static MeasureDefinition? Find(string? key) => All.FirstOrDefault(m => m.Key == key);

    public static string AgeGroup(MeasureScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        int[] months = [60, 132, 192, 240, 312];
        var whens = months.Select((m, i) => $"WHEN ch.\"DateOfBirth\" > {scope.Months(-m)} THEN '{AgeGroups[i]}'");
        return $"CASE {string.Join(' ', whens)} ELSE '{AgeGroups[^1]}' END";
    }

    private const string NeedGroup = "COALESCE(ch.\"PrimaryNeed\", 'Not recorded')";

    /// <summary>A table of rows about a case (alias <paramref name="alias"/>, with a CaseId column) joined to the case and the child.</summary>
    private static string Joined(string table, string alias) =>
        $"{table} JOIN \"Cases\" c ON c.\"Id\" = {alias}.\"CaseId\"{ChildJoin}";

    /// <summary>"PartlyMet" as "Partly met".</summary>
    private static string Words(string group) =>
        string.Concat(group.Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : ch.ToString()));

    private static string ActivePlan(MeasureScope s) =>
        $"c.\"FinalIssuedOn\" IS NOT NULL AND c.\"FinalIssuedOn\" <= {s.AsAt} AND (c.\"CeasedOn\" IS NULL OR c.\"CeasedOn\" > {s.AsAt})";

    private static string InPeriod(MeasureScope s, string column) => $"{column} > {s.PeriodStart} AND {column} <= {s.AsAt}";

    /// <summary>A flow measure: rows whose <paramref name="period"/> date falls in the period (and meet <paramref name="also"/>).</summary>
    private static MeasureSql Flow(MeasureScope s, string from, string period, string group, string numerator = "1 = 1", string? also = null) =>
        new(from, also is null ? InPeriod(s, period) : $"{InPeriod(s, period)} AND {also}", group, numerator) { Period = period };

    private static string Within20Weeks(MeasureScope s) => $"c.\"FinalIssuedOn\" <= {s.Sql.AddDays("c.\"RequestReceived\"", 140)}";

    /// <summary>An exception that lifts the 20-week limit (regs 13(3)) and overlaps the 20 weeks.</summary>
    private static string ExceptionApplies(MeasureScope s)
    {
        var reasons = string.Join(", ", ExceptionRules.ReasonsFor(MilestoneKeys.FinalPlan).Order().Select(r => $"'{r}'"));
        return $"EXISTS (SELECT 1 FROM \"ExceptionPeriods\" e WHERE e.\"CaseId\" = c.\"Id\" AND e.\"Reason\" IN ({reasons}) " +
            $"AND e.\"From\" <= {s.Sql.AddDays("c.\"RequestReceived\"", 140)} AND e.\"To\" >= c.\"RequestReceived\")";
    }

    private static string ReviewDue(MeasureScope s) => s.Sql.AddMonths(ReviewAnchor, 12);

    private static string ReviewOnTime(MeasureScope s) =>
        $"({ReviewDue(s)} >= {s.AsAt} OR (c.\"ReviewMeetingOn\" IS NOT NULL AND c.\"ReviewMeetingOn\" <= {ReviewDue(s)}))";

    private static string ReviewGroup(MeasureScope s) =>
        $"CASE WHEN c.\"ReviewMeetingOn\" IS NOT NULL AND c.\"ReviewMeetingOn\" <= {ReviewDue(s)} THEN 'Meeting held, decision under way' " +
        $"WHEN {ReviewDue(s)} < {s.AsAt} THEN 'Overdue' " +
        $"WHEN {ReviewDue(s)} <= {s.Months(3)} THEN 'Due in the next 3 months' ELSE 'Not yet due' END";

    private static MeasureSql PhaseTransfers(MeasureScope s)
    {
        var asAt = s.AsAtDate ?? throw new InvalidOperationException("Phase transfers are measured at a date, not as a trend.");
        var transferYear = asAt.Month >= 9 ? asAt.Year + 1 : asAt.Year;
        (string Name, int YearGroup)[] phases = [("Reception", 0), ("Year 7", 7), ("Post-16", 12)];
        string Born((string Name, int YearGroup) p) =>
            $"ch.\"DateOfBirth\" BETWEEN {s.Sql.Date(new LocalDate(transferYear - p.YearGroup - 5, 9, 1))} AND {s.Sql.Date(new LocalDate(transferYear - p.YearGroup - 4, 8, 31))}";
        var group = $"CASE {string.Join(' ', phases.Select(p => $"WHEN {Born(p)} THEN '{p.Name}'"))} END";
        var deadline = $"CASE WHEN {Born(phases[2])} THEN {s.Sql.Date(new LocalDate(transferYear, 3, 31))} ELSE {s.Sql.Date(new LocalDate(transferYear, 2, 15))} END";
        var namedThisRound = $"c.\"NextPhaseNamedOn\" IS NOT NULL AND c.\"NextPhaseNamedOn\" >= {s.Sql.Date(new LocalDate(transferYear - 1, 9, 1))}";
        var onTrack = $"(({namedThisRound} AND c.\"NextPhaseNamedOn\" <= {deadline}) OR (NOT ({namedThisRound}) AND {s.AsAt} <= {deadline}))";
        return new(CaseChild, $"{ActivePlan(s)} AND ({string.Join(" OR ", phases.Select(Born))})", group, onTrack);
    }

    private const string ProvisionGroup =
        "CASE s.\"Type\" WHEN 'Nursery' THEN 'Early years setting' WHEN 'Primary' THEN 'Mainstream school' WHEN 'Secondary' THEN 'Mainstream school' " +
        "WHEN 'AllThrough' THEN 'Mainstream school' WHEN 'Special' THEN 'Special school' WHEN 'College' THEN 'Post-16 college' " +
        "WHEN 'AlternativeProvision' THEN 'Alternative provision' ELSE 'None recorded (home education, NEET or other)' END";

    private static string Coalesced(string column) => $"COALESCE({column}, 'Not recorded')";

    private static string NeedLabel(string group) =>
        System.Enum.TryParse<NeedType>(group, out var need) ? $"{need.Describe()} ({group})" : group;

    private static string RequesterLabel(string group) => group switch
    {
        nameof(RequesterKind.Parent) => "Parent or carer",
        nameof(RequesterKind.YoungPerson) => "Young person",
        nameof(RequesterKind.Setting) => "School, college or nursery",
        nameof(RequesterKind.Professional) => "Professional",
        _ => group,
    };

    private static string SourceLabel(string group) => group switch
    {
        nameof(AdviceSource.Education) => "Education",
        nameof(AdviceSource.Health) => "Health",
        nameof(AdviceSource.SocialCare) => "Social care",
        nameof(AdviceSource.EducationalPsychology) => "Educational psychologist",
        nameof(AdviceSource.Other) => "Other",
        _ => group,
    };

    private static string CeaseReasonLabel(string group) => group switch
    {
        "1" => "1: reached maximum age",
        "2" => "2: needs met without a plan",
        "3" => "3: moved into higher education",
        "4" => "4: moved into paid employment",
        "5" => "5: moved to another English council",
        "6" => "6: young person no longer engaging",
        "7" => "7: moved outside England",
        "8" => "8: died",
        "9" => "9: other",
        _ => group,
    };
}
