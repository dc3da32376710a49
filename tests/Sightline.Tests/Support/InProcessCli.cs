using System.Text;
using Sightline.Cli;

namespace Sightline.Tests.Support;

/// <summary>Runs a <c>sightline</c> command line inside the test process, with its own standard streams, and returns
/// what a run of the program would: the exit code and the text on standard output and error. Environment variables
/// are the process's, so a command gets its database with <c>--db</c>; what needs its own environment, a crash or the
/// program's real streams runs as a process through <see cref="CliRunner"/>. A command on a PostgreSQL database over the
/// bundled lists finds their screening index stored (<see cref="PlacedScreeningIndex"/>), as a SQLite copy does.</summary>
public static class InProcessCli
{
    public static Task<CliRunner.Result> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    /// <summary>Runs the command with <paramref name="input"/> (UTF-8) as its standard input.</summary>
    public static async Task<CliRunner.Result> RunWithInputAsync(string? input, params string[] args)
    {
        PlacedScreeningIndex.ForCommandLine(args);
        var output = new StringWriter();
        var error = new StringWriter();
        using var stdin = input is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(input));
        var exitCode = await SightlineApp.RunAsync(args, new CommandStreams(output, error, stdin), TestContext.Current.CancellationToken);
        return new CliRunner.Result(exitCode, output.ToString(), error.ToString());
    }
}
