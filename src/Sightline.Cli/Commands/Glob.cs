using System.Text.RegularExpressions;

namespace Sightline.Cli.Commands;

/// <summary>File globs for shells that pass them unexpanded: <c>*</c> and <c>?</c> within a folder name, <c>**</c> across folders.</summary>
internal static class Glob
{
    public static bool IsPattern(string path) => path.IndexOfAny(['*', '?']) >= 0;

    /// <summary>The files the pattern matches, in name order.</summary>
    public static IEnumerable<string> Match(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var parts = normalized.Split('/');
        var fixedParts = parts.TakeWhile(p => !IsPattern(p)).ToList();
        var root = fixedParts.Count == 0 ? "." : string.Join('/', fixedParts);
        if (root.Length == 0) root = "/";
        if (!Directory.Exists(root)) return [];
        var rest = string.Join('/', parts.Skip(fixedParts.Count));
        var regex = new Regex("^" + Regex.Escape(rest).Replace(@"\*\*/", "(.*/)?").Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]") + "$");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal);
    }
}
