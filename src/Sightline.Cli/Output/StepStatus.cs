using Spectre.Console;

namespace Sightline.Cli.Output;

/// <summary>Says on standard error what a step with nothing to count is doing while it runs: a Spectre.Console spinner
/// on a terminal, a plain line when standard error is a file or pipe.</summary>
internal static class StepStatus
{
    public static T Run<T>(string what, Func<T> work)
    {
        if (!StandardStreams.ErrorIsTerminal)
        {
            Console.Error.WriteLine($"{what}…");
            return work();
        }
        return StandardStreams.ErrorConsole().Status().Start(Markup.Escape(what) + "…", _ => work());
    }
}
