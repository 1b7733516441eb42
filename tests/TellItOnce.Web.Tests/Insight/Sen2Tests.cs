using System.Net;
using TellItOnce.Data.Seeding;
using TellItOnce.Testing;

namespace TellItOnce.Web.Tests.Insight;

/// <summary>The SEN2 return: the hand-built area's XML written out here line by line, its checks, and the demo area's.</summary>
public abstract class Sen2Tests(TellItOnceApp app)
{
    private static string Expected(HandBuiltArea area)
    {
        var family = area.Area.Name.Replace("Testshire ", "Test", StringComparison.Ordinal);
        const string Flags = """
                      <AssessmentMediation>false</AssessmentMediation>
                      <AssessmentTribunal>false</AssessmentTribunal>
                      <OtherMediation>false</OtherMediation>
                      <OtherTribunal>false</OtherTribunal>
            """;
        const string NoSetting = """
                        <SENSetting>OTH</SENSetting>
                        <PlacementRank>1</PlacementRank>
            """;
        const string NoUnit = """
                        <SENunitIndicator>false</SENunitIndicator>
                        <ResourcedProvisionIndicator>false</ResourcedProvisionIndicator>
            """;
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Message>
              <Header>
                <CollectionDetails>
                  <Collection>SEN2</Collection>
                  <Year>2026</Year>
                  <ReferenceDate>2026-01-15</ReferenceDate>
                </CollectionDetails>
                <Source>
                  <SourceLevel>L</SourceLevel>
                  <LEA>{area.Area.LaCode}</LEA>
                  <SoftwareCode>TellItOnce</SoftwareCode>
                  <Release>1.0</Release>
                  <SerialNo>1</SerialNo>
                  <DateTime>2026-03-02T10:00:00</DateTime>
                  <DMO>Y</DMO>
                  <DCO>Y</DCO>
                </Source>
              </Header>
              <Persons>
                <Person>
                  <Surname>{family}</Surname>
                  <Forename>Ada</Forename>
                  <PersonBirthDate>2015-05-01</PersonBirthDate>
                  <Sex>F</Sex>
                  <Ethnicity>WBRI</Ethnicity>
                  <PostCode>NS1 1AA</PostCode>
                  <UPN>A123456789012</UPN>
                  <Requests>
                    <ReceivedDate>2025-01-06</ReceivedDate>
                    <RYA>false</RYA>
                    <RequestOutcomeDate>2025-02-10</RequestOutcomeDate>
                    <RequestOutcome>Y</RequestOutcome>
                    <RequestMediation>false</RequestMediation>
                    <RequestTribunal>false</RequestTribunal>
                    <Assessment>
                      <AssessmentOutcome>Y</AssessmentOutcome>
                      <AssessmentOutcomeDate>2025-05-19</AssessmentOutcomeDate>
            {Flags}
                      <Week20>true</Week20>
                      <NamedPlan>
                        <StartDate>2025-05-19</StartDate>
                        <PlanDetail>
                          <URN>123456</URN>
                          <PlacementRank>1</PlacementRank>
                          <SENunitIndicator>false</SENunitIndicator>
                          <ResourcedProvisionIndicator>false</ResourcedProvisionIndicator>
                        </PlanDetail>
                        <PB>true</PB>
                      </NamedPlan>
                    </Assessment>
                    <ActivePlans>
                      <PlacementDetail>
                        <URN>123456</URN>
                        <PlacementRank>1</PlacementRank>
                        <EntryDate>2025-05-19</EntryDate>
                        <SENunitIndicator>false</SENunitIndicator>
                        <ResourcedProvisionIndicator>false</ResourcedProvisionIndicator>
                      </PlacementDetail>
                      <SENneed>
                        <SENtype>ASD</SENtype>
                        <SENtypeRank>1</SENtypeRank>
                      </SENneed>
                    </ActivePlans>
                  </Requests>
                </Person>
                <Person>
                  <Surname>{family}</Surname>
                  <Forename>Ben</Forename>
                  <PersonBirthDate>2019-10-01</PersonBirthDate>
                  <Sex>M</Sex>
                  <Ethnicity>WBRI</Ethnicity>
                  <PostCode>NS1 1AA</PostCode>
                  <UPN>B123456789012</UPN>
                  <Requests>
                    <ReceivedDate>2025-03-03</ReceivedDate>
                    <RYA>false</RYA>
                    <RequestOutcomeDate>2025-04-28</RequestOutcomeDate>
                    <RequestOutcome>Y</RequestOutcome>
                    <RequestMediation>false</RequestMediation>
                    <RequestTribunal>false</RequestTribunal>
                    <Assessment>
                      <AssessmentOutcome>Y</AssessmentOutcome>
                      <AssessmentOutcomeDate>2025-09-01</AssessmentOutcomeDate>
            {Flags}
                      <NamedPlan>
                        <StartDate>2025-09-01</StartDate>
                        <PlanDetail>
              {NoSetting}
              {NoUnit}
                        </PlanDetail>
                        <PB>false</PB>
                      </NamedPlan>
                    </Assessment>
                    <ActivePlans>
                      <PlacementDetail>
              {NoSetting}
                        <EntryDate>2025-09-01</EntryDate>
              {NoUnit}
                      </PlacementDetail>
                      <SENneed>
                        <SENtype>SLCN</SENtype>
                        <SENtypeRank>1</SENtypeRank>
                      </SENneed>
                    </ActivePlans>
                  </Requests>
                </Person>
                <Person>
                  <Surname>{family}</Surname>
                  <Forename>Cat</Forename>
                  <PersonBirthDate>2009-01-15</PersonBirthDate>
                  <Sex>F</Sex>
                  <Ethnicity>WBRI</Ethnicity>
                  <PostCode>NS1 1AA</PostCode>
                  <UniqueLearnerNumber>1234567890</UniqueLearnerNumber>
                  <Requests>
                    <ReceivedDate>2023-01-09</ReceivedDate>
                    <RYA>true</RYA>
                    <RequestOutcomeDate>2023-02-13</RequestOutcomeDate>
                    <RequestOutcome>Y</RequestOutcome>
                    <RequestMediation>false</RequestMediation>
                    <RequestTribunal>false</RequestTribunal>
                    <Assessment>
                      <AssessmentOutcome>Y</AssessmentOutcome>
                      <AssessmentOutcomeDate>2023-05-01</AssessmentOutcomeDate>
            {Flags}
                      <Week20>true</Week20>
                      <NamedPlan>
                        <StartDate>2023-05-01</StartDate>
                        <PlanDetail>
                          <UKPRN>10012345</UKPRN>
                          <PlacementRank>1</PlacementRank>
                          <SENunitIndicator>false</SENunitIndicator>
                          <ResourcedProvisionIndicator>false</ResourcedProvisionIndicator>
                        </PlanDetail>
                        <PB>false</PB>
                      </NamedPlan>
                    </Assessment>
                    <ActivePlans>
                      <PlacementDetail>
                        <UKPRN>10012345</UKPRN>
                        <PlacementRank>1</PlacementRank>
                        <EntryDate>2023-05-01</EntryDate>
                        <SENunitIndicator>false</SENunitIndicator>
                        <ResourcedProvisionIndicator>false</ResourcedProvisionIndicator>
                      </PlacementDetail>
                      <SENneed>
                        <SENtype>ASD</SENtype>
                        <SENtypeRank>1</SENtypeRank>
                      </SENneed>
                      <ReviewMeeting>2024-04-01</ReviewMeeting>
                    </ActivePlans>
                  </Requests>
                </Person>
                <Person>
                  <Surname>{family}</Surname>
                  <Forename>Dan</Forename>
                  <PersonBirthDate>2012-02-01</PersonBirthDate>
                  <Sex>M</Sex>
                  <Ethnicity>WBRI</Ethnicity>
                  <PostCode>NS1 1AA</PostCode>
                  <UPN>D123456789012</UPN>
                  <Requests>
                    <ReceivedDate>2025-06-02</ReceivedDate>
                    <RYA>false</RYA>
                    <RequestOutcomeDate>2025-07-07</RequestOutcomeDate>
                    <RequestOutcome>N</RequestOutcome>
                    <RequestMediation>true</RequestMediation>
                    <RequestTribunal>true</RequestTribunal>
                  </Requests>
                </Person>
                <Person>
                  <Surname>{family}</Surname>
                  <Forename>Fay</Forename>
                  <PersonBirthDate>2006-06-01</PersonBirthDate>
                  <Sex>F</Sex>
                  <Ethnicity>WBRI</Ethnicity>
                  <PostCode>NS1 1AA</PostCode>
                  <UPN>F123456789012</UPN>
                  <Requests>
                    <ReceivedDate>2022-01-10</ReceivedDate>
                    <RYA>false</RYA>
                    <RequestOutcomeDate>2022-02-14</RequestOutcomeDate>
                    <RequestOutcome>Y</RequestOutcome>
                    <RequestMediation>false</RequestMediation>
                    <RequestTribunal>false</RequestTribunal>
                    <Assessment>
                      <AssessmentOutcome>Y</AssessmentOutcome>
                      <AssessmentOutcomeDate>2022-05-01</AssessmentOutcomeDate>
            {Flags}
                      <Week20>true</Week20>
                      <NamedPlan>
                        <StartDate>2022-05-01</StartDate>
                        <PlanDetail>
              {NoSetting}
              {NoUnit}
                        </PlanDetail>
                        <PB>false</PB>
                        <CeaseDate>2025-12-01</CeaseDate>
                        <CeaseReason>2</CeaseReason>
                      </NamedPlan>
                    </Assessment>
                  </Requests>
                </Person>
              </Persons>
            </Message>
            """;
    }

    private static string Normalise(string xml) =>
        string.Join('\n', xml.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [Fact]
    public async Task The_hand_built_areas_return_lists_its_problems_and_exports_exactly_the_XML_written_out_by_hand_after_confirmation()
    {
        var area = await HandBuiltArea.CreateAsync(app);
        var client = await app.SignedInAsync(area.Caseworker);

        var page = await client.GetFormAsync("/returns/sen2?year=2026");

        page.Document.QuerySelector("#persons")!.TextContent.ShouldBe("5");
        page.Document.QuerySelector("#requests")!.TextContent.ShouldBe("5");
        page.Document.QuerySelector("#failures")!.TextContent.ShouldBe("2");
        var problems = page.Document.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();
        problems.ShouldAllBe(p => p.Contains("The plan has no placement", StringComparison.Ordinal));
        problems.Count(p => p.Contains("Ben", StringComparison.Ordinal)).ShouldBe(1);
        problems.Count(p => p.Contains("Fay", StringComparison.Ordinal)).ShouldBe(1);

        var fields = new Dictionary<string, string> { ["Year"] = "2026", ["Area"] = area.Area.Slug, ["__RequestVerificationToken"] = page.Token };
        var unconfirmed = await (await client.PostAsync("/returns/sen2", new FormUrlEncodedContent(fields))).ToDocumentAsync();
        unconfirmed.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Confirm that you have checked the return");

        fields["Confirm"] = "true";
        var export = await client.PostAsync("/returns/sen2", new FormUrlEncodedContent(fields));
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        Normalise(await export.Content.ReadAsStringAsync()).ShouldBe(Normalise(Expected(area)));
    }

    [Fact]
    public async Task The_demo_areas_return_passes_every_check_and_only_the_SEND_team_may_open_it()
    {
        // A freshly seeded demo area: the shared app's demo cases are changed by other tests.
        await using var fresh = new TellItOnceApp(app.Provider);
        await fresh.InitializeAsync();
        var client = await fresh.SignedInAsync(DemoUsers.Manager);

        var page = await client.GetDocumentAsync("/returns/sen2?year=2026");

        int.Parse(page.QuerySelector("#persons")!.TextContent, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(100);
        page.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent.Trim()).ShouldBeEmpty();
        page.QuerySelector("#failures")!.TextContent.ShouldBe("0");
        (await (await fresh.SignedInAsync(DemoUsers.Board)).GetAsync("/returns/sen2")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class Sen2OnSqlite(SqliteApp app) : Sen2Tests(app);

[Collection(PostgresCollection.Name)]
public sealed class Sen2OnPostgres : Sen2Tests
{
    public Sen2OnPostgres(PostgresApp app)
        : base(app) => PostgresApp.SkipIfUnavailable();
}
