namespace Sightline.Cli.Output;

/// <summary>Import progress on standard error, rewritten in place on a terminal.</summary>
internal static class Progress
{
    public static void Report(string list, int count)
    {
        if (Console.IsErrorRedirected) return;
        Console.Error.Write($"\r  {list}: {count:N0} entries read…");
    }

    public static void Clear()
    {
        if (!Console.IsErrorRedirected) Console.Error.Write("\r\u001b[K");
    }
}
