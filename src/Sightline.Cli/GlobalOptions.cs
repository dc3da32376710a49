using System.CommandLine;
using Sightline.Storage;

namespace Sightline.Cli;

/// <summary>Options every command takes.</summary>
internal static class GlobalOptions
{
    public const string StaleEnvironmentVariable = "SIGHTLINE_STALE_AFTER_DAYS";
    private const int DefaultStaleAfterDays = 30;

    public static readonly Option<string?> Database = new("--db")
    {
        Description = $"SQLite database file (default: ${StoreLocation.EnvironmentVariable}, else ~/.local/share/sightline/sightline.db)",
        Recursive = true,
    };

    public static readonly Option<int?> StaleAfterDays = new("--stale-after")
    {
        Description = $"Flag a list older than this many days as stale (default: ${StaleEnvironmentVariable}, else {DefaultStaleAfterDays})",
        Recursive = true,
    };

    public static TimeSpan StaleAfter(ParseResult result)
    {
        var days = result.GetValue(StaleAfterDays)
            ?? (int.TryParse(Environment.GetEnvironmentVariable(StaleEnvironmentVariable), out var fromEnvironment) ? fromEnvironment : DefaultStaleAfterDays);
        return TimeSpan.FromDays(days);
    }
}
