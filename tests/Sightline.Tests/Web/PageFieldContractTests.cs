using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sightline.Tests.Support;

namespace Sightline.Tests.Web;

/// <summary>
/// The pages (<c>wwwroot/js</c>) read the API's JSON by field name. Every snake_case field they read must be a property
/// of a schema in the OpenAPI document, which the snapshot test pins to what the server serves: a field dropped or
/// renamed in a contract record fails here, not in an analyst's browser. ADR-030.
/// </summary>
public sealed partial class PageFieldContractTests
{
    [Fact]
    public void Every_api_field_the_pages_read_is_in_the_openapi_document()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs", "api", "openapi.v1.json")))!;
        var properties = new HashSet<string>(StringComparer.Ordinal);
        CollectProperties(document, properties);

        var scripts = Directory.GetFiles(Path.Combine(Repository.Root, "src", "Sightline.Web", "wwwroot", "js"), "*.js");
        var read = scripts.SelectMany(script => FieldRead().Matches(File.ReadAllText(script)).Select(m => (Script: Path.GetFileName(script), Field: m.Groups[1].Value)))
            .Distinct().ToList();

        Assert.True(read.Count > 30, $"only {read.Count} fields found in the pages; has the way they read the API changed?");
        var missing = read.Where(r => !properties.Contains(r.Field)).Select(r => $"{r.Script}: {r.Field}").ToList();
        Assert.True(missing.Count == 0, "The pages read fields no API schema has: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_field_missing_from_the_document_is_caught()
    {
        var properties = new HashSet<string>(StringComparer.Ordinal);
        CollectProperties(JsonNode.Parse("""{"components": {"schemas": {"A": {"properties": {"list_id": {}}}}}}""")!, properties);
        Assert.Contains("list_id", properties);
        Assert.DoesNotContain("entry_name", properties);
        Assert.Equal(["entry_name", "list_id"], FieldRead().Matches("x.entry_name + l.list_id + el.textContent").Select(m => m.Groups[1].Value).Order());
    }

    /// <summary>Every property name under any <c>properties</c> object of the document.</summary>
    private static void CollectProperties(JsonNode? node, HashSet<string> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "properties" && value is JsonObject props)
                        foreach (var (name, _) in props) into.Add(name);
                    CollectProperties(value, into);
                }
                break;
            case JsonArray array:
                foreach (var item in array) CollectProperties(item, into);
                break;
        }
    }

    /// <summary>A member access of a snake_case name (<c>.list_id</c>): the pages' own code is camelCase, so these are the API's.</summary>
    [GeneratedRegex(@"\.([a-z]+(?:_[a-z]+)+)\b")]
    private static partial Regex FieldRead();
}
