using System.Net;
using System.Text;
using System.Text.Json;
using Sightline.Documents;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Tests.Support;
using Sightline.Web;

namespace Sightline.Tests.Web;

/// <summary>Uploads within one documented limit (ADR-029): a larger one is answered 413 with problem details, a file
/// from which nothing could be stored and an upload whose client left leave nothing under the uploads folder.</summary>
public sealed class UploadLimitTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static MultipartFormDataContent Form(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };

    private static string[] Uploaded(string folder) => Directory.Exists(folder) ? Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories) : [];

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone();
    }

    [Fact, Trait("Speed", "Slow")]
    public async Task An_upload_over_the_limit_is_answered_413_with_problem_details_and_leaves_nothing_on_disk()
    {
        await using var api = await ApiHost.StartAsync(limits: DocumentLimits.Default with { MaxFileBytes = 1024 * 1024 });
        var report = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The harbour master met the customs chief in Aqaba. ", 50_000)));

        var problem = await Problem(await api.Analyst.PostAsync("/documents", Form(report, "big.txt"), Cancel), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("Report too large", problem.GetProperty("title").GetString());
        Assert.Contains("at most 1,048,576 bytes (1 MB)", problem.GetProperty("detail").GetString());
        Assert.Empty(Uploaded(api.UploadFolder));
    }

    [Fact, Trait("Speed", "Slow")]
    public async Task A_31_mb_upload_on_kestrel_within_the_50_mb_limit_gets_an_answer_not_a_bare_500_and_a_refused_one_leaves_nothing()
    {
        await using var api = await ApiHost.StartAsync(kestrel: true);
        // Kestrel's own default body limit is 30,000,000 bytes; the documented limit is 50 MB.
        var report = new byte[31 * 1000 * 1000];
        var line = Encoding.UTF8.GetBytes("The harbour master met the customs chief in Aqaba.\n");
        for (var at = 0; at + line.Length <= report.Length; at += line.Length) line.CopyTo(report, at);
        Array.Fill(report, (byte)'\n', report.Length - report.Length % line.Length, report.Length % line.Length);

        var problem = await Problem(await api.Analyst.PostAsync("/documents", Form(report, "long.txt"), Cancel), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("the limit is 1,000,000 a document", problem.GetProperty("detail").GetString());
        Assert.Empty(Uploaded(api.UploadFolder));
    }

    [Fact, Trait("Speed", "Slow")]
    public async Task An_upload_whose_client_left_stops_and_leaves_nothing_stored_or_on_disk()
    {
        using var knowledge = new KnowledgeFixture();
        var uploads = knowledge.Files.File("uploads");
        using var writer = new KnowledgeWriter(knowledge.Sightline, uploads, ServerState.DefaultWriterWait);
        var text = new StringBuilder();
        for (var i = 0; i < 3000; i++) text.Append($"On May {1 + i % 28}, 2024, the harbour master Ivo Brandt met the customs chief Lena Vos in Aqaba, meeting {i}.\n\n");
        using var left = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writer.IngestAsync("talks.txt", Encoding.UTF8.GetBytes(text.ToString()), left.Token));

        Assert.Empty(Uploaded(uploads));
        Assert.Equal(0L, Convert.ToInt64(knowledge.Store.Connection.Scalar(null, "SELECT COUNT(*) FROM kb_documents WHERE path LIKE '%talks.txt'")));
        // The writer takes the next upload.
        var (path, outcomes, _) = await writer.IngestAsync("short.txt", "The harbour master Ivo Brandt met the customs chief Lena Vos in Aqaba on May 2, 2024.\n"u8.ToArray(), Cancel);
        Assert.Equal(IngestResult.Added, Assert.Single(outcomes).Result);
        Assert.StartsWith("uploads/", path); // shown beside the database, never as the server's own path (ADR-032)
        Assert.True(File.Exists(Path.Combine(knowledge.Files.Path, path)));
    }
}
