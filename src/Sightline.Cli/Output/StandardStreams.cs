using Spectre.Console;

namespace Sightline.Cli.Output;

/// <summary>Standard output, error and input for the command being run: the process's own, or the
/// <see cref="CommandStreams"/> given to <see cref="SightlineApp.RunAsync(string[], CommandStreams, CancellationToken)"/>
/// for the length of that call. The choice is held per call (an <see cref="AsyncLocal{T}"/>), so calls running at once
/// in one process each write to their own streams; <c>Console.Out</c> and <c>Console.Error</c> are routed the same way
/// once the first such call is made.</summary>
internal static class StandardStreams
{
    private static readonly AsyncLocal<CommandStreams?> Current = new();
    private static readonly Lazy<bool> ConsoleRouted = new(RouteConsole);

    /// <summary>Runs <paramref name="run"/> with <paramref name="streams"/> as its console.</summary>
    public static async Task<int> RunWithAsync(CommandStreams streams, Func<Task<int>> run)
    {
        _ = ConsoleRouted.Value;
        Current.Value = streams;
        try
        {
            return await run();
        }
        finally
        {
            await streams.Output.FlushAsync();
            await streams.Error.FlushAsync();
        }
    }

    /// <summary>Standard output as bytes, for output written as UTF-8 (JSON, CSV).</summary>
    public static Stream OpenOutput() => Current.Value is { } streams ? new TextWriterStream(streams.Output) : Console.OpenStandardOutput();

    /// <summary>Standard input as bytes.</summary>
    public static Stream OpenInput() => Current.Value is { } streams ? streams.Input ?? Stream.Null : Console.OpenStandardInput();

    /// <summary>Whether standard error is a terminal, where progress is redrawn in place.</summary>
    public static bool ErrorIsTerminal => Current.Value is null && !Console.IsErrorRedirected;

    /// <summary>Whether standard output is a terminal, where tables get borders.</summary>
    public static bool OutputIsTerminal => Current.Value is null && !Console.IsOutputRedirected;

    /// <summary>A Spectre.Console console on standard output, for a terminal only (bytes for files and pipes are written
    /// plainly by the printers).</summary>
    public static IAnsiConsole OutputConsole() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Out = new AnsiConsoleOutput(Console.Out),
    });

    /// <summary>A Spectre.Console console on standard error (the command's, as <c>Console.Error</c> is routed), with
    /// colours and cursor movement only when standard error is a terminal.</summary>
    public static IAnsiConsole ErrorConsole() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = ErrorIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = ErrorIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = ErrorIsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        Out = new AnsiConsoleOutput(Console.Error),
    });

    private static bool RouteConsole()
    {
        var output = Console.Out;
        var error = Console.Error;
        Console.SetOut(new RoutedWriter(() => Current.Value?.Output ?? output));
        Console.SetError(new RoutedWriter(() => Current.Value?.Error ?? error));
        return true;
    }
}
