using System.Diagnostics;
using NodaTime;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.Pathway;
using TellItOnce.Domain.Settings;

namespace TellItOnce.Web.Features.Insight.Synthetic;

/// <summary>Where generated rows go: a PostgreSQL COPY, or batched SQLite inserts. One table at a time, in order.</summary>
public interface IRowSink
{
    Task BeginAsync(FactTable table, CancellationToken ct);

    Task WriteAsync(object?[] row, CancellationToken ct);

    Task<long> EndAsync(CancellationToken ct);
}

/// <summary>
/// National-scale synthetic records for the insight benchmarks (ADR 52): areas, settings, children, their cases through
/// the statutory pathway, advice, exceptions, reviews and disagreements, with the mixes DOMAIN.md gives. Everything
/// about child <c>k</c> comes from a random generator seeded with (seed, k), so each table's pass recomputes the same
/// child and the rows stream straight to the database: nothing is held in memory, and the same seed gives the same rows.
/// </summary>
public sealed class SyntheticData(int children, int areas, int seed, LocalDate asAt)
{
    public const string SlugPrefix = "synthetic-";
    public const int SettingsPerArea = 90;

    private static readonly (NeedType Need, double Share)[] PlanNeeds =
    [
        (NeedType.ASD, 31.5), (NeedType.SLCN, 21.3), (NeedType.SEMH, 20.7), (NeedType.MLD, 8.9), (NeedType.SLD, 4.5), (NeedType.PD, 3.9),
        (NeedType.SPLD, 2.4), (NeedType.PMLD, 1.4), (NeedType.HI, 1.4), (NeedType.OTH, 1.6), (NeedType.VI, 0.8), (NeedType.MSI, 0.3),
    ];

    private static readonly (NeedType Need, double Share)[] SupportNeeds =
    [
        (NeedType.SLCN, 24.5), (NeedType.SEMH, 20.0), (NeedType.MLD, 16.9), (NeedType.SPLD, 13.2), (NeedType.ASD, 13.0), (NeedType.OTH, 3.6),
        (NeedType.PD, 2.2), (NeedType.HI, 1.6), (NeedType.VI, 0.8), (NeedType.SLD, 0.6), (NeedType.NSA, 3.4), (NeedType.MSI, 0.2),
    ];

    private static readonly (SettingType Type, double Share)[] SettingMix =
    [
        (SettingType.Nursery, 10), (SettingType.Primary, 45), (SettingType.Secondary, 20), (SettingType.AllThrough, 3), (SettingType.Special, 10),
        (SettingType.College, 7), (SettingType.AlternativeProvision, 5),
    ];

    private static readonly string[] Districts = ["North", "South", "East", "West", "Central"];
    private static readonly string[] GivenNames = ["Amara", "Ben", "Chloe", "Dev", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack", "Kai", "Leah", "Mo", "Nia", "Oscar", "Priya", "Ruby", "Sam", "Theo", "Zara"];
    private static readonly string[] FamilyNames = ["Smith", "Jones", "Khan", "Taylor", "Brown", "Patel", "Evans", "Wilson", "Ahmed", "Walker", "Wright", "Green", "Hall", "Hughes", "Lewis"];
    private static readonly string[] Ethnicities = ["WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "AIND", "APKN", "BAFR", "BCRB", "MWBC", "CHNE", "AOTH", "NOBT"];

    public int Children => children;

    public int Areas => areas;

    public static IReadOnlyList<FactTable> Tables { get; } =
    [
        new("Settings", [U("Id"), U("AreaId"), T("Name"), T("Type"), T("Urn"), T("Ukprn"), T("District")]),
        new("Children", [U("Id"), U("AreaId"), T("GivenName"), T("FamilyName"), D("DateOfBirth"), T("Sex"), T("Upn"), T("Postcode"), T("District"),
            T("PrimaryNeed"), U("CurrentSettingId"), B("OnSenSupport"), T("Ethnicity"), B("Bsl"), B("EasyRead"), B("LargePrint"), B("NeedsInterpreter")]),
        new("Cases", [U("Id"), U("AreaId"), U("ChildId"), T("Reference"), T("Stage"), T("RequestedBy"), D("RequestReceived"), D("DecisionToAssessOn"),
            B("AgreedToAssess"), B("FamilyConfirmedNoFurtherComments"), D("DraftIssuedOn"), D("FinalIssuedOn"), D("LatestPlanIssuedOn"), U("NamedSettingId"),
            D("LastReviewOn"), D("ReviewMeetingOn"), D("CeasedOn"), W("CeaseReason"), D("NextPhaseNamedOn"), U("Version")]),
        new("ExceptionPeriods", [U("Id"), U("CaseId"), D("From"), D("To"), T("Reason")]),
        new("AdviceRequests", [U("Id"), U("CaseId"), T("Source"), D("RequestedOn"), D("ReceivedOn")]),
        new("ReviewOutcomeResults", [U("Id"), U("CaseId"), D("ReviewMeetingOn"), T("OutcomeText"), T("Progress")]),
        new("Mediations", [U("Id"), U("CaseId"), T("Subject"), D("DecisionNotifiedOn"), D("AdviserContactedOn"), B("WantsMediation"), D("HeldOn"), T("Outcome"), D("CertificateIssuedOn")]),
        new("TribunalAppeals", [U("Id"), U("CaseId"), T("Subject"), D("DecisionNotifiedOn"), D("RegisteredOn"), D("DecidedOn"), T("Outcome")]),
        new("PersonalBudgetRequests", [U("Id"), U("CaseId"), D("RequestedOn"), T("Arrangement"), D("DecidedOn"), B("Agreed")]),
    ];

    /// <summary>The generated areas' ids, slugs and codes (LA codes 301 upwards, so they never clash with the demo area's 990).</summary>
    public IEnumerable<(Guid Id, string Slug, string LaCode, string Name)> AreaRows() =>
        Enumerable.Range(1, areas).Select(a => (Id(0, a), $"{SlugPrefix}{a}", (300 + a).ToString("000", System.Globalization.CultureInfo.InvariantCulture), $"Synthetic area {a}"));

    /// <summary>
    /// Streams every table to a sink, reporting rows written as it goes. Settings, children and cases go one after another
    /// (each refers to the one before); the tables that hang off a case then go in one pass over the children, each to a
    /// sink of its own at the same time when <paramref name="together"/> (PostgreSQL: one COPY per connection), so the
    /// children are worked out three times, not nine.
    /// </summary>
    public async Task<IReadOnlyList<(string Table, long Rows, TimeSpan Time)>> WriteAsync(Func<IRowSink> sinks, bool together, Action<string, long> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        ArgumentNullException.ThrowIfNull(progress);
        var done = new List<(string, long, TimeSpan)>();
        var first = together ? Tables.Take(3).Select(t => new[] { t }) : Tables.Select(t => new[] { t });
        foreach (var tables in first.Append([.. Tables.Skip(3)]).Where(g => g.Length > 0).Take(together ? 4 : Tables.Count))
        {
            var clock = Stopwatch.StartNew();
            var name = string.Join(", ", tables.Select(t => t.Name));
            var open = new List<IRowSink>();
            var counts = new long[tables.Length];
            var rows = 0L;
            try
            {
                foreach (var table in tables)
                {
                    var sink = sinks();
                    await sink.BeginAsync(table, ct);
                    open.Add(sink);
                }

                progress(name, 0);
                foreach (var (index, row) in RowsOf(tables))
                {
                    await open[index].WriteAsync(row, ct);
                    counts[index]++;
                    if (++rows % 50_000 == 0)
                    {
                        progress(name, rows);
                    }
                }

                foreach (var sink in open)
                {
                    await sink.EndAsync(ct);
                }
            }
            finally
            {
                // A COPY not completed is rolled back when its connection closes.
                foreach (var disposable in open.OfType<IAsyncDisposable>())
                {
                    await disposable.DisposeAsync();
                }
            }

            progress(name, rows);
            done.AddRange(tables.Select((t, i) => (t.Name, counts[i], clock.Elapsed)));
        }

        return done;
    }

    /// <summary>The rows of the tables, each with the index of its table, in one pass.</summary>
    private IEnumerable<(int Table, object?[] Row)> RowsOf(FactTable[] tables)
    {
        if (tables is [{ Name: "Settings" }])
        {
            foreach (var row in RowsOf("Settings"))
            {
                yield return (0, row);
            }

            yield break;
        }

        for (var k = 0; k < children; k++)
        {
            var child = Child(k);
            for (var t = 0; t < tables.Length; t++)
            {
                foreach (var row in child.Rows(tables[t].Name))
                {
                    yield return (t, row);
                }
            }
        }
    }

    private IEnumerable<object?[]> RowsOf(string table)
    {
        if (table == "Settings")
        {
            for (var s = 0; s < areas * SettingsPerArea; s++)
            {
                var type = Pick(new Random(Mix(seed, -1 - s)), SettingMix);
                yield return [Id(1, s), Id(0, 1 + (s % areas)), $"{type} setting {s}", type.ToString(),
                    type is SettingType.College ? null : (100000 + s).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    type is SettingType.College ? (10000000 + s).ToString(System.Globalization.CultureInfo.InvariantCulture) : null, Districts[s % Districts.Length]];
            }

            yield break;
        }

        throw new InvalidOperationException($"{table} rows come from the children, in WriteAsync.");
    }

    /// <summary>Child <c>k</c> and everything recorded about them, the same on every call.</summary>
    private SyntheticChild Child(int k)
    {
        var r = new Random(Mix(seed, k));
        var area = 1 + (k % areas);
        var hasPlan = r.NextDouble() < 0.32;
        var need = Pick(r, hasPlan ? PlanNeeds : SupportNeeds);

        // Ages: plans from 2 to 25, most between 5 and 15; SEN support 4 to 16.
        var age = hasPlan ? Math.Clamp(2 + (int)(Math.Abs(r.NextDouble() + r.NextDouble() + r.NextDouble() - 0.2) * 5.2), 2, 25) : 4 + r.Next(13);
        var born = asAt.PlusYears(-age).PlusDays(-r.Next(365));
        var setting = Id(1, area - 1 + (areas * r.Next(SettingsPerArea)));
        var child = new SyntheticChild(this, k, Id(2, k), Id(0, area), area, hasPlan, need, born, setting, r);
        return child;
    }

    /// <summary>
    /// A generator seed for (seed, row) that is the same in every process (SplitMix64's finaliser). Not
    /// <see cref="HashCode.Combine{T1, T2}"/>, which is salted differently in each process.
    /// </summary>
    internal static int Mix(int seed, long row)
    {
        var z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)row) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }

    /// <summary>A GUID made from a table number and a row number: stable, distinct, and no bookkeeping.</summary>
    internal Guid Id(int table, long row)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..8], row);
        BitConverter.TryWriteBytes(bytes[8..12], table);
        BitConverter.TryWriteBytes(bytes[12..], seed);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    internal LocalDate AsAt => asAt;

    internal static T Pick<T>(Random r, (T Value, double Share)[] mix)
    {
        var total = mix.Sum(m => m.Share);
        var x = r.NextDouble() * total;
        foreach (var (value, share) in mix)
        {
            if ((x -= share) < 0)
            {
                return value;
            }
        }

        return mix[^1].Value;
    }

    internal static string GivenName(Random r) => GivenNames[r.Next(GivenNames.Length)];

    internal static string FamilyName(Random r) => FamilyNames[r.Next(FamilyNames.Length)];

    internal static string Ethnicity(Random r) => Ethnicities[r.Next(Ethnicities.Length)];

    internal static string District(int k) => Districts[k % Districts.Length];

    private static FactColumn U(string name) => new(name, FactType.Uuid);

    private static FactColumn D(string name) => new(name, FactType.Date);

    private static FactColumn T(string name) => new(name, FactType.Text);

    private static FactColumn B(string name) => new(name, FactType.Boolean);

    private static FactColumn W(string name) => new(name, FactType.WholeNumber);
}

/// <summary>One synthetic child and their case, worked out from the child's own random generator.</summary>
internal sealed class SyntheticChild
{
    private readonly SyntheticData _data;
    private readonly object?[] _child;
    private readonly object?[]? _case;
    private readonly List<(string Table, object?[] Row)> _more = [];

    public SyntheticChild(SyntheticData data, int k, Guid id, Guid areaId, int area, bool hasPlan, NeedType need, LocalDate born, Guid setting, Random r)
    {
        _data = data;
        var asAt = data.AsAt;
        var male = r.NextDouble() < (hasPlan ? 0.73 : 0.64);
        _child = [id, areaId, SyntheticData.GivenName(r), SyntheticData.FamilyName(r), born, male ? nameof(Sex.Male) : nameof(Sex.Female),
            $"S{k:D12}", "AB1 1AB", SyntheticData.District(k), need.ToString(), setting, !hasPlan, SyntheticData.Ethnicity(r),
            r.NextDouble() < 0.002, r.NextDouble() < 0.02, r.NextDouble() < 0.005, r.NextDouble() < 0.03];

        // Every child with a plan has a case; one in eight on SEN support has had a request in the last 3 years.
        if (!hasPlan && r.NextDouble() >= 0.125)
        {
            return;
        }

        var caseId = data.Id(3, k);
        var yearsBack = hasPlan ? Math.Min(r.NextDouble() * r.NextDouble() * 9, Math.Max(0.6, (asAt.Year - born.Year) - 1.5)) : r.NextDouble() * 3;
        var received = asAt.PlusDays(-(int)(yearsBack * 365) - 1);
        var by = SyntheticData.Pick(r, [(RequesterKind.Parent, 50.0), (RequesterKind.Setting, 38), (RequesterKind.Professional, 8), (RequesterKind.YoungPerson, 4)]);
        var decisionDays = r.NextDouble() < 0.8 ? 28 + r.Next(15) : 43 + r.Next(40);
        LocalDate? decided = received.PlusDays(decisionDays) <= asAt ? received.PlusDays(decisionDays) : null;
        var agreed = hasPlan || (decided is not null && r.NextDouble() < 0.3);
        LocalDate? draft = null, final = null, latest = null, reviewed = null, meeting = null, ceased = null, phaseNamed = null;
        int? ceaseReason = null;
        Guid? named = null;
        var stage = decided is null ? CaseStage.Deciding : agreed ? CaseStage.Assessing : CaseStage.NotAssessed;
        if (hasPlan)
        {
            // 46% of new plans within 20 weeks (140 days), the rest spread over the following 20 weeks.
            var weeks = r.NextDouble() < 0.46 ? 100 + r.Next(40) : 141 + r.Next(140);
            if (received.PlusDays(weeks) <= asAt)
            {
                final = received.PlusDays(weeks);
                draft = final.Value.PlusDays(-21 - r.Next(20));
                latest = final;
                named = r.NextDouble() < 0.08 ? data.Id(1, r.Next(data.Areas * SyntheticData.SettingsPerArea)) : setting;
                stage = CaseStage.PlanIssued;
                var anniversaries = (int)((asAt.ToDateTimeUnspecified() - final.Value.ToDateTimeUnspecified()).TotalDays / 365);
                if (anniversaries >= 1)
                {
                    // 85% reviewed within the last year; the rest overdue, some with the meeting held.
                    var due = final.Value.PlusYears(anniversaries);
                    reviewed = r.NextDouble() < 0.85 ? due.PlusDays(-r.Next(30)) : due.PlusYears(-1);
                    if (reviewed < due.PlusYears(-1).PlusDays(1) && r.NextDouble() < 0.4)
                    {
                        meeting = due.PlusDays(-r.Next(20));
                    }
                }

                if (r.NextDouble() < 0.06)
                {
                    ceased = LocalDate.Max(final.Value.PlusDays(30), asAt.PlusDays(-r.Next(700)));
                    ceaseReason = SyntheticData.Pick(r, [(1, 20.0), (2, 18), (3, 4), (4, 10), (5, 25), (6, 12), (7, 3), (8, 1), (9, 7)]);
                    stage = CaseStage.Ceased;
                    if (ceased > asAt)
                    {
                        (ceased, ceaseReason, stage) = (null, null, CaseStage.PlanIssued);
                    }
                }

                if (r.NextDouble() < 0.18)
                {
                    phaseNamed = new LocalDate(asAt.Month >= 9 ? asAt.Year : asAt.Year - 1, 9, 1).PlusDays(r.Next(200));
                    phaseNamed = phaseNamed > asAt ? null : phaseNamed;
                }
            }
            else
            {
                stage = received.PlusDays(100) <= asAt ? CaseStage.DraftIssued : CaseStage.Assessing;
            }
        }

        _case = [caseId, areaId, id, $"Y{area}-{k}", stage.ToString(), by.ToString(), received, decided, decided is null ? null : agreed,
            false, draft, final, latest, named, reviewed, meeting, ceased, ceaseReason, phaseNamed, data.Id(9, k)];

        if (r.NextDouble() < 0.05 && decided is not null)
        {
            var from = received.PlusDays(30 + r.Next(60));
            _more.Add(("ExceptionPeriods", [data.Id(4, k), caseId, from, from.PlusDays(14 + r.Next(30)), SyntheticData.Pick(r, [(ExceptionReason.ExceptionalPersonalCircumstances, 60.0), (ExceptionReason.SchoolClosure, 25), (ExceptionReason.AbsentFromArea, 15)]).ToString()]));
        }

        // Advice for assessments agreed in the last 3 years: education, health, social care and an EP, mostly in 6 weeks.
        if (agreed && decided is { } d && d > asAt.PlusYears(-3))
        {
            (AdviceSource Source, double OnTime)[] sources = [(AdviceSource.Education, 0.8), (AdviceSource.Health, 0.6), (AdviceSource.SocialCare, 0.55), (AdviceSource.EducationalPsychology, 0.7)];
            for (var i = 0; i < sources.Length; i++)
            {
                var requested = d.PlusDays(1);
                var days = r.NextDouble() < sources[i].OnTime ? 20 + r.Next(22) : 43 + r.Next(40);
                _more.Add(("AdviceRequests", [data.Id(5, (k * 4L) + i), caseId, sources[i].Source.ToString(), requested, requested.PlusDays(days) <= asAt ? requested.PlusDays(days) : null]));
            }
        }

        if (reviewed is { } review && review > asAt.PlusYears(-1) && r.NextDouble() < 0.25)
        {
            for (var i = 0; i < 2; i++)
            {
                _more.Add(("ReviewOutcomeResults", [data.Id(6, (k * 2L) + i), caseId, review, i == 0 ? "Communication" : "Independence",
                    SyntheticData.Pick(r, [(OutcomeProgress.Met, 45.0), (OutcomeProgress.PartlyMet, 30), (OutcomeProgress.NotMet, 25)]).ToString()]));
            }
        }

        if (decided is { } notified && notified > asAt.PlusYears(-2) && r.NextDouble() < (agreed ? 0.01 : 0.08))
        {
            var subject = agreed ? DisputeSubject.PlanContents : DisputeSubject.RefusalToAssess;
            var wants = r.NextDouble() < 0.3;
            var contacted = notified.PlusDays(10 + r.Next(50));
            _more.Add(("Mediations", [data.Id(7, k), caseId, subject.ToString(), notified, contacted, wants, wants ? contacted.PlusDays(25) : null,
                wants ? SyntheticData.Pick(r, [(MediationOutcome.Agreed, 40.0), (MediationOutcome.PartlyAgreed, 30), (MediationOutcome.NotAgreed, 30)]).ToString() : null,
                wants ? null : contacted.PlusDays(3)]));
            if (r.NextDouble() < 0.5)
            {
                var registered = contacted.PlusDays(30 + r.Next(30));
                var decidedOn = registered.PlusDays(180 + r.Next(120));
                _more.Add(("TribunalAppeals", [data.Id(8, k), caseId, subject.ToString(), notified, registered, decidedOn <= asAt ? decidedOn : null,
                    decidedOn <= asAt ? SyntheticData.Pick(r, [(TribunalOutcome.Upheld, 60.0), (TribunalOutcome.PartlyUpheld, 12), (TribunalOutcome.Dismissed, 4), (TribunalOutcome.Withdrawn, 14), (TribunalOutcome.Conceded, 10)]).ToString() : null]));
            }
        }

        if (final is { } issued && r.NextDouble() < 0.05)
        {
            var asked = issued.PlusDays(-30);
            _more.Add(("PersonalBudgetRequests", [data.Id(10, k), caseId, asked,
                SyntheticData.Pick(r, [(BudgetArrangement.DirectPayment, 60.0), (BudgetArrangement.ThirdPartyArrangement, 15), (BudgetArrangement.NotionalArrangement, 25)]).ToString(),
                issued, r.NextDouble() < 0.85]));
        }
    }

    public IEnumerable<object?[]> Rows(string table) => table switch
    {
        "Children" => [_child],
        "Cases" => _case is null ? [] : [_case],
        _ => _more.Where(m => m.Table == table).Select(m => m.Row),
    };
}
