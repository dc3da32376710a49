using Sightline.Tests.Support;
using static Sightline.Tests.Web.NodeProbe;

namespace Sightline.Tests.Web;

/// <summary>A server on a SQLite file takes up a list imported beside it by the command line, which cannot notify it,
/// through its periodic check of the active versions (ADR-042, decision 8), without writing anything itself.</summary>
public sealed class SqliteServerFollowsListsTests
{
    [Fact]
    public async Task A_list_imported_by_the_command_line_beside_a_running_server_is_screened_by_it()
    {
        await using var api = await ApiHost.StartAsync(kestrel: true);
        await Ready(api.Client);
        Assert.Empty(await MatchIds(api.Client, "xx_beside", "Casimir Ortolan Weir"));

        var file = api.Files.File("xx_beside.ftm.json");
        await File.WriteAllTextAsync(file, ListFile(("XB-1", "Casimir Ortolan Weir")), TestContext.Current.CancellationToken);
        var run = await InProcessCli.RunAsync("lists", "import", file, "--db", api.DatabasePath);
        Assert.True(run.ExitCode == 0, run.Error);

        await Eventually(api.Client, "xx_beside", "Casimir Ortolan Weir", "xx_beside:XB-1");
    }
}
