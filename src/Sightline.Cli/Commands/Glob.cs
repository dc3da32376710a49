using Microsoft.Extensions.FileSystemGlobbing;

namespace Sightline.Cli.Commands;

/// <summary>File globs for shells that pass them unexpanded, matched by <see cref="Matcher"/>: <c>*</c> within a folder
/// name, <c>**</c> across folders, case-sensitive. The files matched are those <see cref="ReportFolder"/> lists under the
/// pattern's fixed leading folder, so a glob follows symbolic links on the same terms as a folder (ADR-023).</summary>
internal static class Glob
{
    public static bool IsPattern(string path) => path.Contains('*');

    /// <summary>The pattern's fixed leading folder (<c>.</c> when it has none): what its files are shown relative to.</summary>
    public static string Root(string pattern)
    {
        var fixedParts = pattern.Replace('\\', '/').Split('/').TakeWhile(p => !IsPattern(p)).ToList();
        var root = fixedParts.Count == 0 ? "." : string.Join('/', fixedParts);
        return root.Length == 0 ? "/" : root;
    }

    /// <summary>The files the pattern matches, in name order.</summary>
    /// <param name="pattern">A path whose folder or file names may hold <c>*</c> and <c>**</c>.</param>
    /// <param name="followLinks">Follow links inside the fixed leading folder.</param>
    /// <param name="skipped">Told of each link left out, with the reason.</param>
    public static IEnumerable<string> Match(string pattern, bool followLinks, Action<string> skipped)
    {
        var parts = pattern.Replace('\\', '/').Split('/');
        var fixedParts = parts.TakeWhile(p => !IsPattern(p)).ToList();
        var root = Root(pattern);
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', parts.Skip(fixedParts.Count)));
        return matcher.Match(Path.GetFullPath(root), ReportFolder.Files(root, followLinks, skipped)).Files
            .Select(match => Path.Combine(root, match.Path))
            .Order(StringComparer.Ordinal);
    }
}
