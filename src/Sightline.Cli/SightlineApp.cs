using System.CommandLine;
using Sightline.Cli.Commands;
using Sightline.Cli.Output;

namespace Sightline.Cli;

/// <summary>The <c>sightline</c> command tree, run by the program on its arguments, or inside another process (the
/// tests) with streams of its own.</summary>
public static class SightlineApp
{
    private static readonly Lazy<RootCommand> Root = new(CreateCommand);

    /// <summary>Runs a command line the way the program does, on the process's console; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args) => Root.Value.Parse(args).InvokeAsync();

    /// <summary>Runs a command line with <paramref name="streams"/> as its console, for this call only: several calls
    /// can run at once in one process, each with its own output. Returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, CommandStreams streams, CancellationToken cancel = default)
    {
        var configuration = new InvocationConfiguration { Output = streams.Output, Error = streams.Error, ProcessTerminationTimeout = null };
        return StandardStreams.RunWithAsync(streams, () => Root.Value.Parse(args).InvokeAsync(configuration, cancel));
    }

    private static RootCommand CreateCommand()
    {
        var root = new RootCommand("Sightline: a sourced record of who sanctioned people are, whom they met, when and where.");
        root.Options.Add(GlobalOptions.Database);
        root.Options.Add(GlobalOptions.StaleAfterDays);
        root.Options.Add(GlobalOptions.User);

        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ListsCommands.Create());
        root.Subcommands.Add(ScreenCommand.Create());
        root.Subcommands.Add(NamesCommands.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        foreach (var command in KnowledgeCommands.Create()) root.Subcommands.Add(command);
        foreach (var command in AlertCommands.Create()) root.Subcommands.Add(command);
        foreach (var command in ReviewCommands.Create()) root.Subcommands.Add(command);
        foreach (var command in CaseworkCommands.Create()) root.Subcommands.Add(command);
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ExportCommand.Import());
        foreach (var command in BackupCommands.Create()) root.Subcommands.Add(command);
        root.Subcommands.Add(DbCommands.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(KeyCommands.Create());
        root.Subcommands.Add(BenchCommands.Create());
        root.Subcommands.Add(TrainCommands.Create());
        root.Subcommands.Add(EvalCommands.Create());
        return root;
    }
}
