namespace Sightline.Cli.Output;

/// <summary>Import progress on standard error, rewritten in place on a terminal.</summary>
internal static class Progress
{
    public static void Report(string list, int count)
    {
        if (!StandardStreams.ErrorIsTerminal) return;
        Console.Error.Write($"\r  {list}: {count:N0} entries read…");
    }

    public static void Clear()
    {
        if (StandardStreams.ErrorIsTerminal) Console.Error.Write("\r\u001b[K");
    }
}
