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
        Description = $"The database: a SQLite file, sqlite:FILE, or postgres://user:password@host:port/database (default: ${StoreLocation.EnvironmentVariable}, else ~/.local/share/sightline/sightline.db)",
        Recursive = true,
    };

    public static readonly Option<int?> StaleAfterDays = new("--stale-after")
    {
        Description = $"Flag a list older than this many days as stale (default: ${StaleEnvironmentVariable}, else {DefaultStaleAfterDays})",
        Recursive = true,
    };

    public const string UserEnvironmentVariable = "SIGHTLINE_USER";

    public static readonly Option<string?> User = new("--user")
    {
        Description = $"Who is deciding, for the audit trail (default: ${UserEnvironmentVariable}, else the login name)",
        Recursive = true,
    };

    /// <summary>The reviewer named by <c>--user</c>, else by the environment, else the login name.</summary>
    public static string Reviewer(ParseResult result) =>
        result.GetValue(User) is { Length: > 0 } user ? user
        : Environment.GetEnvironmentVariable(UserEnvironmentVariable) is { Length: > 0 } configured ? configured
        : Environment.UserName;

    public static TimeSpan StaleAfter(ParseResult result)
    {
        var days = result.GetValue(StaleAfterDays)
            ?? (int.TryParse(Environment.GetEnvironmentVariable(StaleEnvironmentVariable), out var fromEnvironment) ? fromEnvironment : DefaultStaleAfterDays);
        return TimeSpan.FromDays(days);
    }
}
