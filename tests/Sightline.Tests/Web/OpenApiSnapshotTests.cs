using System.Text.Json;
using System.Text.Json.Nodes;
using Sightline.Tests.Support;

namespace Sightline.Tests.Web;

/// <summary>The OpenAPI document served at <c>/openapi/v1.json</c> is pinned: a change to the API shows up as a change
/// to <c>docs/api/openapi.v1.json</c>, to be reviewed. Set SIGHTLINE_UPDATE_SNAPSHOTS=1 to rewrite the snapshot.</summary>
public sealed class OpenApiSnapshotTests
{
    [Fact]
    public async Task The_served_document_matches_the_snapshot()
    {
        await using var host = await ApiHost.StartAsync();
        var served = JsonNode.Parse(await host.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!
            .ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var snapshot = Path.Combine(Repository.Root, "docs", "api", "openapi.v1.json");
        if (Environment.GetEnvironmentVariable("SIGHTLINE_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
            await File.WriteAllTextAsync(snapshot, served, TestContext.Current.CancellationToken);
        }
        Assert.True(File.Exists(snapshot), $"no snapshot at {snapshot}; run the tests once with SIGHTLINE_UPDATE_SNAPSHOTS=1 and review it");
        Assert.Equal(await File.ReadAllTextAsync(snapshot, TestContext.Current.CancellationToken), served);
        Assert.Contains("/match/{dataset}", served);
    }
}
