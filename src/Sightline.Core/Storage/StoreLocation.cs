namespace Sightline.Storage;

/// <summary>
/// Where the embedded database lives: the <c>--db</c> path when given, else <c>SIGHTLINE_DB</c>, else
/// <c>sightline.db</c> in the user's local data folder (<c>~/.local/share/sightline/</c> on Linux).
/// </summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "SIGHTLINE_DB";

    public static string Resolve(string? explicitPath) =>
        !string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "sightline", "sightline.db");
}
