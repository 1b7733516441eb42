using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TellItOnce.Web.Tests;

/// <summary>The public timescales API, checked against dates worked out by hand (docs/adr/0003-statutory-timescales.md).</summary>
[Collection(SqliteCollection.Name)]
public sealed class TimescalesApiTests(SqliteApp app)
{
    private static async Task<JsonObject> PostAsync(HttpClient client, string json, HttpStatusCode expected)
    {
        var response = await client.PostAsync("/api/timescales", new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static Dictionary<string, JsonObject> ByKey(JsonObject body) =>
        body["milestones"]!.AsArray().Select(m => m!.AsObject()).ToDictionary(m => (string)m["key"]!);

    [Fact]
    public async Task The_example_in_the_brief_gives_the_statutory_dates()
    {
        var body = await PostAsync(app.CreateClient(), """
            {"requestReceived":"2026-01-05","adviceRequested":"2026-02-02","draftIssued":null,
             "exceptions":[{"from":"2026-07-20","to":"2026-09-02","reason":"SchoolClosure"}]}
            """, HttpStatusCode.OK);

        var m = ByKey(body);
        m.Keys.ShouldBe(["decision-to-assess", "advice", "decision-not-to-issue", "final-plan"]);
        // 5 Jan + 42 days; 2 Feb + 42 (28-day February); 5 Jan + 112; 5 Jan + 140. The summer closure is outside every window.
        ((string)m["decision-to-assess"]["due"]!).ShouldBe("2026-02-16");
        ((string)m["advice"]["due"]!).ShouldBe("2026-03-16");
        ((string)m["decision-not-to-issue"]["due"]!).ShouldBe("2026-04-27");
        ((string)m["final-plan"]["due"]!).ShouldBe("2026-05-25");
        m.Values.ShouldAllBe(x => !(bool)x["excepted"]! && (string)x["adjustedDue"]! == (string)x["due"]!);
        m.Values.ShouldAllBe(x => ((string)x["regulation"]!).Length > 0);
    }

    [Fact]
    public async Task A_summer_closure_inside_the_20_weeks_adjusts_the_final_plan_target_but_not_its_due_date()
    {
        var body = await PostAsync(app.CreateClient(), """
            {"requestReceived":"2026-06-01","draftIssued":"2026-09-10",
             "exceptions":[{"from":"2026-07-20","to":"2026-09-02","reason":"SchoolClosure"}]}
            """, HttpStatusCode.OK);

        var m = ByKey(body);
        // 1 Jun + 42 = 13 Jul: the closure starts after it, so no exception.
        ((string)m["decision-to-assess"]["due"]!).ShouldBe("2026-07-13");
        ((bool)m["decision-to-assess"]["excepted"]!).ShouldBeFalse();
        // 1 Jun + 140 = 19 Oct; the closure's 45 days (12 in July, 31 in August, 2 in September) all fall inside: 19 Oct + 45 = 3 Dec.
        ((string)m["final-plan"]["due"]!).ShouldBe("2026-10-19");
        ((bool)m["final-plan"]["excepted"]!).ShouldBeTrue();
        ((string)m["final-plan"]["adjustedDue"]!).ShouldBe("2026-12-03");
        // The family's 15 days begin with the day the draft is served: 10 Sep + 14 = 24 Sep. Exceptions never apply to them.
        ((string)m["draft-comments-close"]["due"]!).ShouldBe("2026-09-24");
        ((bool)m["draft-comments-close"]["excepted"]!).ShouldBeFalse();
    }

    [Fact]
    public async Task A_missed_appointment_excuses_late_advice_only()
    {
        var body = await PostAsync(app.CreateClient(), """
            {"requestReceived":"2026-01-05","adviceRequested":"2026-02-02",
             "exceptions":[{"from":"2026-02-10","to":"2026-02-10","reason":"MissedAppointment"}]}
            """, HttpStatusCode.OK);

        var m = ByKey(body);
        ((bool)m["advice"]["excepted"]!).ShouldBeTrue();
        ((string)m["advice"]["adjustedDue"]!).ShouldBe("2026-03-17");
        ((bool)m["decision-to-assess"]["excepted"]!).ShouldBeFalse();
        ((bool)m["final-plan"]["excepted"]!).ShouldBeFalse();
    }

    [Fact]
    public async Task Phase_transfers_for_a_date_of_birth_match_the_worked_example()
    {
        var json = await app.CreateClient().GetStringAsync("/api/timescales/transfers?dateOfBirth=2015-03-10");

        JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse("""
            {"transfers":[{"phase":"Reception","starts":"2019-09-01","deadline":"2019-02-15"},
              {"phase":"Year7","starts":"2026-09-01","deadline":"2026-02-15"},
              {"phase":"Post16","starts":"2031-09-01","deadline":"2031-03-31"}],
             "preparingForAdulthoodFrom":"2028-09-01"}
            """)).ShouldBeTrue(json);
    }

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "{}", "requestReceived", "Enter the date the request was received" },
        { """{"requestReceived":"2026-02-30"}""", "requestReceived", "must be a real date" },
        { """{"requestReceived":"5 January 2026"}""", "requestReceived", "YYYY-MM-DD" },
        { """{"requestReceived":"2026-01-05","adviceRequested":"2025-12-01"}""", "adviceRequested", "after the date the request was received" },
        { """{"requestReceived":"2026-01-05","draftIssued":"2026-13-01"}""", "draftIssued", "must be a real date" },
        { """{"requestReceived":"2026-01-05","exceptions":[{"from":"2026-03-01","to":"2026-02-01","reason":"SchoolClosure"}]}""", "exceptions[0].to", "after the date it started" },
        { """{"requestReceived":"2026-01-05","exceptions":[{"from":"2026-03-01","to":"2026-04-01","reason":"Holiday"}]}""", "exceptions[0].reason", "must be one of" },
        { """{"requestReceived":"2026-01-05","exceptions":[{"from":"2026-03-01","to":"2026-04-01","reason":"3"}]}""", "exceptions[0].reason", "must be one of" },
        { """{"requestReceived":"2026-01-05","exceptions":[{"to":"2026-04-01","reason":"SchoolClosure"}]}""", "exceptions[0].from", "Enter the date the exception started" },
        { """{"requestReceived":"9999-12-31"}""", "requestReceived", "between 1990 and 2100" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_gets_a_400_problem_naming_the_field(string json, string field, string message)
    {
        var response = await app.CreateClient().PostAsync("/api/timescales", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        ((int)problem["status"]!).ShouldBe(400);
        var errors = problem["errors"]!.AsObject();
        errors.ContainsKey(field).ShouldBeTrue(problem.ToJsonString());
        errors[field]!.AsArray().Select(e => (string)e!).ShouldContain(e => e.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"requestReceived": 20260105}""")]
    [InlineData("""{"requestReceived":"2026-01-05","exceptions":"none"}""")]
    public async Task A_body_that_is_not_the_right_json_gets_a_400_problem_not_a_500(string json)
    {
        var response = await app.CreateClient().PostAsync("/api/timescales", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("", "Enter the date of birth")]
    [InlineData("?dateOfBirth=2015-02-29", "must be a real date")]
    [InlineData("?dateOfBirth=yesterday", "YYYY-MM-DD")]
    public async Task A_bad_date_of_birth_gets_a_400_problem_naming_the_field(string query, string message)
    {
        var response = await app.CreateClient().GetAsync("/api/timescales/transfers" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("dateOfBirth")[0].GetString()!.ShouldContain(message);
    }

    [Fact]
    public async Task The_API_is_described_in_OpenAPI()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject();
        paths.ContainsKey("/api/timescales").ShouldBeTrue();
        paths.ContainsKey("/api/timescales/transfers").ShouldBeTrue();
        paths["/api/timescales"]!["post"]!["responses"]!.AsObject().Select(r => r.Key).ShouldBe(["200", "400"], ignoreOrder: true);
    }
}
