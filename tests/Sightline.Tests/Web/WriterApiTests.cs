using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sightline.Access;
using Sightline.Composition;
using Sightline.Knowledge;
using Sightline.Storage;
using Sightline.Tests.Support;

namespace Sightline.Tests.Web;

/// <summary>The server's writes beside other writers (ADR-028): an upload during a command-line ingest finds the person
/// that ingest stored, an upload that cannot have the writer's turn in time is answered 503 with Retry-After, and a
/// list imported through the server re-screens the knowledge base and reloads the names index, as on the command line.</summary>
public sealed class WriterApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static MultipartFormDataContent Report(string name, string text) => new() { { new StringContent(text), "file", name } };

    [Fact]
    public async Task An_upload_after_a_command_line_ingest_stores_one_new_person_as_one_entity()
    {
        await using var api = await ApiHost.StartAsync();
        // The server's ingestor is built, with the entities of the moment, by a first upload.
        using (var first = Report("kyiv.txt", "On June 4, 2025, Olena Marchuk met Dmytro Savchenko in Kyiv.\n"))
            Assert.Equal(HttpStatusCode.Created, (await api.Analyst.PostAsync("/documents", first, Cancel)).StatusCode);
        // Another process (here the command line, on its own connections) stores a new person.
        var cli = await InProcessCli.RunAsync("ingest", api.Files.Write("antwerp.txt",
            "Title: A broker in Antwerp\n\nOn April 2, 2025, Tomas Verhaegen, an arms broker, met Pieter Claessens in Antwerp.\n"), "--db", api.DatabasePath);
        Assert.True(cli.ExitCode == 0, cli.Error);

        using var second = Report("rotterdam.txt", "On May 9, 2025, Tomas Verhaegen met the shipping agent Maarten Dekker in Rotterdam.\n");
        Assert.Equal(HttpStatusCode.Created, (await api.Analyst.PostAsync("/documents", second, Cancel)).StatusCode);

        using var store = KnowledgeBase.Open(api.DatabasePath, TimeProvider.System);
        Assert.Equal(1L, store.Connection.Scalar(null, "SELECT COUNT(DISTINCT entity_id) FROM kb_names WHERE name LIKE '%Verhaegen%'"));
    }

    [Fact]
    public async Task An_upload_that_cannot_have_the_writers_turn_in_time_is_answered_503_with_retry_after()
    {
        await using var api = await ApiHost.StartAsync(settings: new Dictionary<string, string?> { ["Sightline:WriterWaitSeconds"] = "0.5" });
        HttpResponseMessage busy;
        using (new HeldWriter(() => WriterLock.Enter(api.DatabasePath, WriterWait.Patient)))
        {
            using var upload = Report("kyiv.txt", "On June 4, 2025, Olena Marchuk met Dmytro Savchenko in Kyiv.\n");
            busy = await api.Analyst.PostAsync("/documents", upload, Cancel);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.NotNull(busy.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", busy.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await busy.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Contains("nothing was written", problem.GetProperty("detail").GetString());
        // Once the other writer is done, the same upload goes through.
        using var again = Report("kyiv.txt", "On June 4, 2025, Olena Marchuk met Dmytro Savchenko in Kyiv.\n");
        Assert.Equal(HttpStatusCode.Created, (await api.Analyst.PostAsync("/documents", again, Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_list_imported_through_the_server_rescreens_the_knowledge_base_and_reloads_the_names_index()
    {
        await using var api = await ApiHost.StartAsync();
        var query = new { queries = new Dictionary<string, object> { ["q"] = new { schema = "Person", properties = new Dictionary<string, string[]> { ["name"] = ["Qais al-Khazali"] } } } };
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.PostAsJsonAsync("/match/xx_test", query, Cancel)).StatusCode);

        var list = """{"id": "T-7", "schema": "Person", "properties": {"name": ["Qais al-Khazali"], "nationality": ["iq"], "topics": ["sanction"], "program": ["TEST-PROGRAM"]}}""" + "\n";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(list), "file", "xx_test.ftm.json" },
            { new StringContent("2026-11-01"), "published" },
        };
        var response = await api.ClientAs("test-admin", AccessRole.Admin).PostAsync("/lists", form, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var import = JsonDocument.Parse(body).RootElement.GetProperty("imports").EnumerateArray().Single();
        Assert.Equal("xx_test", import.GetProperty("list").GetString());
        Assert.Equal("imported", import.GetProperty("result").GetString());
        Assert.True(import.GetProperty("rescreened").GetBoolean());
        Assert.True(import.GetProperty("alerts_raised").GetInt32() >= 1, body); // the samples' Qais al-Khazali is now on this list too

        var matched = await api.Client.PostAsJsonAsync("/match/xx_test", query, Cancel);
        Assert.Equal(HttpStatusCode.OK, matched.StatusCode);
        var results = JsonDocument.Parse(await matched.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("responses").GetProperty("q").GetProperty("results");
        Assert.Contains(results.EnumerateArray(), r => r.GetProperty("id").GetString()!.Contains("T-7", StringComparison.Ordinal));

        var alerts = await api.Client.GetStringAsync("/alerts", Cancel);
        Assert.Contains("xx_test", alerts);
    }
}
