using Sightline.Tests.Support;

namespace Sightline.Tests.Cli;

/// <summary>A database address the command cannot open is one line on standard error and exit code 2, naming the
/// database without its password (ADR-039).</summary>
public sealed class DatabaseAddressCliTests
{
    [Fact]
    public async Task A_server_out_of_reach_is_one_line_without_the_password()
    {
        var run = await InProcessCli.RunAsync("lists", "--db", "postgres://analyst:hunter2@127.0.0.1:1/team");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("sightline: cannot reach postgres://analyst@127.0.0.1:1/team", run.Error);
        Assert.DoesNotContain("hunter2", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task A_copy_to_a_server_out_of_reach_exits_like_every_other_command()
    {
        using var files = new TempFolder();
        var source = TemplateDatabase.CopyTo(files.File("lists.db"), withIndex: false);
        var run = await InProcessCli.RunAsync("db", "copy", "--from", source, "--to", "postgres://analyst:hunter2@127.0.0.1:1/team");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("sightline: cannot reach postgres://analyst@127.0.0.1:1/team", run.Error);
        Assert.DoesNotContain("hunter2", run.Error);
    }

    [Fact]
    public async Task A_backup_of_a_postgres_database_points_to_pg_dump()
    {
        var run = await InProcessCli.RunAsync("backup", "/tmp/never-written.db", "--db", "postgres://analyst:hunter2@127.0.0.1:1/team");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("use pg_dump", run.Error);
        Assert.DoesNotContain("hunter2", run.Error);
    }
}
