using Sightline.Lists;

namespace Sightline.Cli.Output;

/// <summary>Prints a <see cref="ListDiff"/>: a summary line, then one line an added, removed or changed entry.</summary>
internal static class DiffPrinter
{
    public static string Summary(ListDiff d) =>
        d.IsEmpty ? "no entry changed" : $"{d.Added.Count:N0} added, {d.Removed.Count:N0} removed, {d.Changed.Count:N0} changed";

    public static void Write(TextWriter w, ListDiff d, CliSession session, int limit)
    {
        w.WriteLine($"{d.To.List}: version {d.From.Number} ({d.From.Label}) -> version {d.To.Number} ({d.To.Label})");
        w.WriteLine($"  {Summary(d)}");
        var lines = d.Added.Select(e => $"  + {e.Id}  {e.Name}  [{string.Join(", ", e.Programs)}]")
            .Concat(d.Removed.Select(e => $"  - {e.Id}  {e.Name}"))
            .Concat(d.Changed.Select(c => $"  ~ {c.After.Id}  {c.After.Name}: {string.Join(", ", c.Fields)}"))
            .ToList();
        foreach (var line in lines.Take(limit)) w.WriteLine(line);
        if (lines.Count > limit) w.WriteLine($"  … and {lines.Count - limit:N0} more (use --limit)");
    }
}
