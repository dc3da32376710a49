using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary><c>sightline worker</c>, <c>sightline jobs</c>, <c>ingest --queue</c> and <c>lists update --queue</c> on a SQLite database: refused with
/// exit 2 and a message saying that workers need a PostgreSQL database (ADR-043).</summary>
public sealed class WorkerCommandTests : IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("worker")]
    [InlineData("jobs")]
    [InlineData("ingest", "--queue", "report.txt")]
    [InlineData("lists", "update", "--queue")]
    public async Task Jobs_on_a_sqlite_database_are_refused_with_a_clear_message(params string[] args)
    {
        var result = await InProcessCli.RunAsync(["--db", _files.File("local.db"), .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PostgreSQL database", result.Error);
        Assert.False(File.Exists(_files.File("local.db")));
    }
}
