using System.Text.Json.Nodes;
using Sightline.Tests.Support;

namespace Sightline.Tests.Web;

/// <summary>What the OpenAPI document says of every operation's answers (ADR-030): each success has a schema for each
/// of its content types, and each operation that needs an analyst's credential — a write, which waits for the writer's
/// turn — declares the 503 it answers when another writer held the database too long (ADR-028). Read from the snapshot,
/// which <see cref="OpenApiSnapshotTests"/> holds equal to the served document.</summary>
public sealed class OpenApiResponseTests
{
    private static readonly JsonNode Document = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs", "api", "openapi.v1.json")))!;

    private static IEnumerable<(string Name, JsonObject Operation)> Operations() =>
        Document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(method => method.Key is "get" or "post" or "put" or "patch" or "delete")
            .Select(method => ($"{method.Key.ToUpperInvariant()} {path.Key}", method.Value!.AsObject())));

    [Fact]
    public void Every_success_of_every_operation_has_a_schema()
    {
        var missing = new List<string>();
        foreach (var (name, operation) in Operations())
        {
            var successes = operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')).ToList();
            if (successes.Count == 0) missing.Add($"{name}: no success response");
            foreach (var (status, response) in successes)
            {
                var content = response!["content"]?.AsObject();
                if (content is null || content.Count == 0) missing.Add($"{name} {status}: no content");
                else missing.AddRange(content.Where(c => c.Value?["schema"] is null).Select(c => $"{name} {status} {c.Key}: no schema"));
            }
        }
        Assert.True(missing.Count == 0, "Responses the OpenAPI document does not describe:\n  " + string.Join("\n  ", missing));
        Assert.True(Operations().Count() > 20, "the document lists too few operations to be the API's");
    }

    [Fact]
    public void Every_write_declares_the_503_of_a_busy_writer()
    {
        var writes = Operations().Where(o => o.Operation["security"] is JsonArray { Count: > 0 }).ToList();
        Assert.Contains(writes, w => w.Name == "POST /documents");
        var silent = writes.Where(w => w.Operation["responses"]?["503"] is null).Select(w => w.Name).ToList();
        Assert.True(silent.Count == 0, "Writes that do not declare 503 (another writer holds the database):\n  " + string.Join("\n  ", silent));
    }

    [Fact]
    public void The_screening_stream_describes_its_json_line()
    {
        var ok = Document["paths"]!["/screen"]!["post"]!["responses"]!["200"]!["content"]!;
        Assert.Equal("#/components/schemas/ScreeningAnswerJson", ok["application/x-ndjson"]?["schema"]?["$ref"]?.GetValue<string>());
        Assert.NotNull(ok["text/csv"]?["schema"]);
    }
}
