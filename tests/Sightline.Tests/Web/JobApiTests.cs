using System.Net;
using System.Text.Json;
using Sightline.Jobs;
using Sightline.Tests.Support;

namespace Sightline.Tests.Web;

/// <summary>A server that queues uploads for its workers (ADR-043): an upload is answered 202 with the job and a
/// Location to poll, is kept in the database and not ingested in the request; <c>GET /jobs</c> and <c>GET /jobs/{id}</c>
/// show the job; a server on SQLite has no jobs.</summary>
public sealed class JobApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static MultipartFormDataContent Form(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };

    [Fact]
    [Trait("Store", "Postgres")]
    public async Task A_queued_upload_is_answered_202_with_its_job_which_the_jobs_endpoints_show()
    {
        await using var api = await ApiHost.StartAsync(options: o => o with { QueueUploads = true }, store: TestStore.Postgres);
        var documents = (await api.GetJson("/documents")).GetArrayLength();
        var report = "Title: Harbour talks\n\nOn May 2, 2024, Tomas Verhoeven met Ilse Brandt, a shipping agent, in Rotterdam.\n"u8.ToArray();

        var response = await api.Analyst.PostAsync("/documents", Form(report, "harbour.txt"), Cancel);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        var job = body.GetProperty("job_id").GetString()!;
        Assert.Equal($"/jobs/{job}", response.Headers.Location?.ToString());
        Assert.Equal(UploadKeys.For("harbour.txt", report), body.GetProperty("upload").GetString());
        Assert.Equal(documents, (await api.GetJson("/documents")).GetArrayLength()); // nothing ingested in the request

        var board = await api.GetJson("/jobs");
        Assert.Equal(1, board.GetProperty("enqueued").GetInt64());
        var listed = Assert.Single(board.GetProperty("jobs").EnumerateArray());
        Assert.Equal((job, "ingest", "enqueued"), (listed.GetProperty("id").GetString(), listed.GetProperty("kind").GetString(), listed.GetProperty("state").GetString()));
        var one = await api.GetJson($"/jobs/{job}");
        Assert.Equal(body.GetProperty("upload").GetString(), one.GetProperty("subject").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync("/jobs/999999", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_server_on_sqlite_has_no_jobs_and_still_ingests_uploads_itself()
    {
        await using var api = await ApiHost.StartAsync();
        var response = await api.Client.GetAsync("/jobs", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("PostgreSQL", await response.Content.ReadAsStringAsync(Cancel));

        var upload = await api.Analyst.PostAsync("/documents", Form("Title: Quay\n\nOn May 3, 2024, Tomas Verhoeven met Ilse Brandt in Antwerp.\n"u8.ToArray(), "quay.txt"), Cancel);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
    }
}
