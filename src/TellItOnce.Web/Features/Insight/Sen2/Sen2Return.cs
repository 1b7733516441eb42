using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using TellItOnce.Data;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Web.Features.Insight.Sen2;

public sealed record Sen2Summary(Area Area, int Year, LocalDate ReferenceDate, int Persons, int Requests, int FailureCount, IReadOnlyList<Sen2Failure> Failures);

/// <summary>
/// The SEN2 return of one area for one collection year, built from the case records by one query read as a stream:
/// validation and the XML both walk the rows as they arrive (an XmlWriter over a data reader), so memory stays flat
/// however many plans the area holds.
/// </summary>
public sealed class Sen2Return(AppDbContext db, IClock clock)
{
    public const string SoftwareCode = "TellItOnce";

    /// <summary>The census reference date: the third Thursday of January of the collection year (16 January 2025, 15 January 2026).</summary>
    public static LocalDate ReferenceDate(int year)
    {
        var first = new LocalDate(year, 1, 1);
        var firstThursday = first.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Thursday));
        return firstThursday.PlusWeeks(2);
    }

    /// <summary>Every case the return covers, ordered by child: plans in force on the reference date, and the previous calendar year's requests, decisions, plans and cessations, and requests still open.</summary>
    public async IAsyncEnumerable<Sen2Record> RecordsAsync(Area area, int year, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(area);
        var sql = SqlDialect.For(db);
        var reference = sql.Date(ReferenceDate(year));
        var (from, to) = (sql.Date(new LocalDate(year - 1, 1, 1)), sql.Date(new LocalDate(year - 1, 12, 31)));
        string Within(string column) => $"{column} BETWEEN {from} AND {to}";
        string Exists(string table, string condition) => $"CASE WHEN EXISTS (SELECT 1 FROM \"{table}\" x WHERE x.\"CaseId\" = c.\"Id\" AND {condition}) THEN 1 ELSE 0 END";
        const string Other = "x.\"Subject\" IN ('PlanContents', 'Ceasing')";
        var reasons = string.Join(", ", ExceptionRules.ReasonsFor(MilestoneKeys.FinalPlan).Order().Select(r => $"'{r}'"));
        var open = string.Join(", ", new[] { CaseStage.NewRequest, CaseStage.Deciding, CaseStage.Assessing, CaseStage.DraftIssued }.Select(s => $"'{s}'"));

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT ch.\"Id\", ch.\"FamilyName\", ch.\"GivenName\", ch.\"DateOfBirth\", ch.\"Sex\", ch.\"Ethnicity\", ch.\"Postcode\", ch.\"Upn\", ch.\"Uln\", " +
            "ch.\"PrimaryNeed\", ch.\"SecondaryNeed\", c.\"Id\", c.\"Reference\", c.\"RequestedBy\", c.\"RequestReceived\", c.\"DecisionToAssessOn\", " +
            "c.\"AgreedToAssess\", c.\"DecisionNotToIssueOn\", c.\"FinalIssuedOn\", c.\"LatestPlanIssuedOn\", c.\"CeasedOn\", c.\"CeaseReason\", " +
            "c.\"LastReviewOn\", c.\"ReviewDecision\", s.\"Urn\", s.\"Ukprn\", CASE WHEN s.\"Id\" IS NULL THEN 0 ELSE 1 END, " +
            Exists("ExceptionPeriods", $"x.\"Reason\" IN ({reasons}) AND x.\"From\" <= {sql.AddDays("c.\"RequestReceived\"", 140)} AND x.\"To\" >= c.\"RequestReceived\"") + ", " +
            Exists("Mediations", "x.\"Subject\" = 'RefusalToAssess'") + ", " + Exists("TribunalAppeals", "x.\"Subject\" = 'RefusalToAssess'") + ", " +
            Exists("Mediations", "x.\"Subject\" = 'RefusalToIssue'") + ", " + Exists("TribunalAppeals", "x.\"Subject\" = 'RefusalToIssue'") + ", " +
            Exists("Mediations", Other) + ", " + Exists("TribunalAppeals", Other) + ", " + Exists("PersonalBudgetRequests", "x.\"Agreed\"") +
            " FROM \"Cases\" c JOIN \"Children\" ch ON ch.\"Id\" = c.\"ChildId\" " +
            "LEFT JOIN \"Settings\" s ON s.\"Id\" = COALESCE(c.\"NamedSettingId\", ch.\"CurrentSettingId\") " +
            $"WHERE c.\"AreaId\" = {sql.Id(area.Id)} AND c.\"RequestReceived\" <= {reference} AND (" +
            $"(c.\"FinalIssuedOn\" <= {reference} AND (c.\"CeasedOn\" IS NULL OR c.\"CeasedOn\" > {reference})) " +
            $"OR {Within("c.\"RequestReceived\"")} OR {Within("c.\"DecisionToAssessOn\"")} OR {Within("c.\"DecisionNotToIssueOn\"")} " +
            $"OR {Within("c.\"FinalIssuedOn\"")} OR {Within("c.\"CeasedOn\"")} OR c.\"Stage\" IN ({open})) " +
            "ORDER BY ch.\"FamilyName\", ch.\"GivenName\", ch.\"Id\", c.\"RequestReceived\", c.\"Id\"";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return Sen2Record.Read(reader);
        }
    }

    /// <summary>Checks every record, keeping the first <paramref name="keep"/> failures to show and counting them all.</summary>
    public async Task<Sen2Summary> ValidateAsync(Area area, int year, CancellationToken ct, int keep = 1000)
    {
        ArgumentNullException.ThrowIfNull(area);
        var reference = ReferenceDate(year);
        var (persons, requests, count) = (0, 0, 0);
        var failures = new List<Sen2Failure>();
        Guid? child = null;
        await foreach (var record in RecordsAsync(area, year, ct))
        {
            requests++;
            if (record.ChildId != child)
            {
                (persons, child) = (persons + 1, record.ChildId);
            }

            foreach (var failure in Sen2Rules.Check(record, reference))
            {
                count++;
                if (failures.Count < keep)
                {
                    failures.Add(failure);
                }
            }
        }

        return new Sen2Summary(area, year, reference, persons, requests, count, failures);
    }

    /// <summary>Writes the return as XML to the stream as the rows are read. Returns the number of persons written.</summary>
    public async Task<int> WriteAsync(Area area, int year, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(area);
        var reference = ReferenceDate(year);
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "Message", null);
        await xml.WriteStartElementAsync(null, "Header", null);
        await xml.WriteStartElementAsync(null, "CollectionDetails", null);
        await Element(xml, "Collection", "SEN2");
        await Element(xml, "Year", year.ToString(CultureInfo.InvariantCulture));
        await Element(xml, "ReferenceDate", Iso(reference));
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "Source", null);
        await Element(xml, "SourceLevel", "L");
        await Element(xml, "LEA", area.LaCode);
        await Element(xml, "SoftwareCode", SoftwareCode);
        await Element(xml, "Release", "1.0");
        await Element(xml, "SerialNo", "1");
        await Element(xml, "DateTime", clock.GetCurrentInstant().InUtc().LocalDateTime.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        await Element(xml, "DMO", "Y");
        await Element(xml, "DCO", "Y");
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "Persons", null);

        var persons = 0;
        Guid? child = null;
        await foreach (var r in RecordsAsync(area, year, ct))
        {
            if (r.ChildId != child)
            {
                if (child is not null)
                {
                    await xml.WriteEndElementAsync();
                }

                (persons, child) = (persons + 1, r.ChildId);
                await WritePersonAsync(xml, r, reference);
            }

            await WriteRequestAsync(xml, r, reference);
        }

        if (child is not null)
        {
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
        return persons;
    }

    private static async Task WritePersonAsync(XmlWriter xml, Sen2Record r, LocalDate reference)
    {
        await xml.WriteStartElementAsync(null, "Person", null);
        await Element(xml, "Surname", r.Surname);
        await Element(xml, "Forename", r.Forename);
        await Element(xml, "PersonBirthDate", Iso(r.BirthDate));
        await Element(xml, "Sex", r.Sex);
        await Element(xml, "Ethnicity", r.Ethnicity ?? "NOBT");
        await Element(xml, "PostCode", r.Postcode ?? string.Empty);
        await Optional(xml, "UPN", r.Upn);
        await Optional(xml, "UniqueLearnerNumber", r.Uln);
        await Optional(xml, "UPNunknown", r.UpnUnknown(reference));
    }

    private static async Task WriteRequestAsync(XmlWriter xml, Sen2Record r, LocalDate reference)
    {
        await xml.WriteStartElementAsync(null, "Requests", null);
        await Element(xml, "ReceivedDate", Iso(r.RequestReceived));
        await Element(xml, "RYA", Bool(r.RequestedBy == nameof(RequesterKind.YoungPerson)));
        await Optional(xml, "RequestOutcomeDate", r.DecisionToAssessOn is { } d ? Iso(d) : null);
        await Element(xml, "RequestOutcome", r.RequestOutcome);
        await Element(xml, "RequestMediation", Bool(r.MediationOnAssessing));
        await Element(xml, "RequestTribunal", Bool(r.TribunalOnAssessing));
        if (r.AgreedToAssess == true)
        {
            await xml.WriteStartElementAsync(null, "Assessment", null);
            await Element(xml, "AssessmentOutcome", r.AssessmentOutcome);
            await Optional(xml, "AssessmentOutcomeDate", r.AssessmentOutcomeDate is { } a ? Iso(a) : null);
            await Element(xml, "AssessmentMediation", Bool(r.MediationOnIssuing));
            await Element(xml, "AssessmentTribunal", Bool(r.TribunalOnIssuing));
            await Element(xml, "OtherMediation", Bool(r.MediationOther));
            await Element(xml, "OtherTribunal", Bool(r.TribunalOther));
            await Optional(xml, "Week20", r.Week20 is { } w ? Bool(w) : null);
            if (r.FinalIssuedOn is { } start)
            {
                await xml.WriteStartElementAsync(null, "NamedPlan", null);
                await Element(xml, "StartDate", Iso(start));
                await xml.WriteStartElementAsync(null, "PlanDetail", null);
                await PlacementAsync(xml, r, null);
                await xml.WriteEndElementAsync();
                await Element(xml, "PB", Bool(r.PersonalBudget));
                await Optional(xml, "CeaseDate", r.CeasedOn is { } ceased ? Iso(ceased) : null);
                await Optional(xml, "CeaseReason", r.CeaseReason?.ToString(CultureInfo.InvariantCulture));
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        }

        if (r.PlanActiveOn(reference))
        {
            await xml.WriteStartElementAsync(null, "ActivePlans", null);
            await xml.WriteStartElementAsync(null, "PlacementDetail", null);
            await PlacementAsync(xml, r, r.LatestPlanIssuedOn ?? r.FinalIssuedOn);
            await xml.WriteEndElementAsync();
            foreach (var (need, rank) in new[] { (r.PrimaryNeed, "1"), (r.SecondaryNeed, "2") })
            {
                if (need is not null)
                {
                    await xml.WriteStartElementAsync(null, "SENneed", null);
                    await Element(xml, "SENtype", need);
                    await Element(xml, "SENtypeRank", rank);
                    await xml.WriteEndElementAsync();
                }
            }

            await Optional(xml, "ReviewMeeting", r.LastReviewOn is { } review ? Iso(review) : null);
            await Optional(xml, "ReviewOutcome", r.ReviewOutcome);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    /// <summary>URN or UKPRN when the setting has one, otherwise SENSetting OTH; rank 1; entry date for an active plan.</summary>
    private static async Task PlacementAsync(XmlWriter xml, Sen2Record r, LocalDate? entry)
    {
        await Optional(xml, "URN", r.SettingUrn);
        await Optional(xml, "UKPRN", r.SettingUrn is null ? r.SettingUkprn : null);
        await Optional(xml, "SENSetting", r.SettingUrn is null && r.SettingUkprn is null ? "OTH" : null);
        await Element(xml, "PlacementRank", "1");
        await Optional(xml, "EntryDate", entry is { } e ? Iso(e) : null);
        await Element(xml, "SENunitIndicator", "false");
        await Element(xml, "ResourcedProvisionIndicator", "false");
    }

    private static Task Element(XmlWriter xml, string name, string value) => xml.WriteElementStringAsync(null, name, null, value);

    private static Task Optional(XmlWriter xml, string name, string? value) => value is null ? Task.CompletedTask : Element(xml, name, value);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
