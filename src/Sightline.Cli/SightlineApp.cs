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
    public static Task<int> RunAsync(string[] args) => InvokeAsync(args, new InvocationConfiguration(), CancellationToken.None);

    /// <summary>Runs a command line with <paramref name="streams"/> as its console, for this call only: several calls
    /// can run at once in one process, each with its own output. Returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, CommandStreams streams, CancellationToken cancel = default)
    {
        var configuration = new InvocationConfiguration { Output = streams.Output, Error = streams.Error, ProcessTerminationTimeout = null };
        return StandardStreams.RunWithAsync(streams, () => InvokeAsync(args, configuration, cancel));
    }

    /// <summary>Runs the command; a database address that names no store Sightline can open (a mistyped URL, a database
    /// not created yet, a server out of reach) is one line on standard error and exit code 2, not a stack trace.</summary>
    private static async Task<int> InvokeAsync(string[] args, InvocationConfiguration configuration, CancellationToken cancel)
    {
        configuration.EnableDefaultExceptionHandler = false;
        try
        {
            return await Root.Value.Parse(args).InvokeAsync(configuration, cancel);
        }
        catch (Storage.StoreAddressException e)
        {
            await configuration.Error.WriteLineAsync($"sightline: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            return 1;
        }
        catch (Exception e)
        {
            // What System.CommandLine's own handler does with any other exception.
            await configuration.Error.WriteLineAsync($"Unhandled exception: {e}");
            return 1;
        }
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
        root.Subcommands.Add(DocumentCommands.Create());
        foreach (var command in KnowledgeCommands.Create()) root.Subcommands.Add(command);
        foreach (var command in AlertCommands.Create()) root.Subcommands.Add(command);
        foreach (var command in ReviewCommands.Create()) root.Subcommands.Add(command);
        foreach (var command in CaseworkCommands.Create()) root.Subcommands.Add(command);
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ExportCommand.Import());
        foreach (var command in BackupCommands.Create()) root.Subcommands.Add(command);
        root.Subcommands.Add(DbCommands.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(JobsCommand.Create());
        root.Subcommands.Add(KeyCommands.Create());
        root.Subcommands.Add(BenchCommands.Create());
        root.Subcommands.Add(TrainCommands.Create());
        root.Subcommands.Add(EvalCommands.Create());
        return root;
    }
}
