namespace Sightline.Cli.Commands;

/// <summary>
/// The files under a report folder. Symbolic links are not followed unless asked, and then only to files and folders
/// inside the folder; each real folder is walked once and each real file given once, so a link loop ends and a link
/// cannot bring in <c>/etc/passwd</c>.
/// </summary>
internal static class ReportFolder
{
    private static readonly EnumerationOptions OneLevel = new() { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = true };

    /// <param name="root">The folder given on the command line.</param>
    /// <param name="followLinks">Follow links whose target stays inside <paramref name="root"/>.</param>
    /// <param name="skipped">Told of each link left out, with the reason.</param>
    /// <returns>Every file found, in ordinal order of its path.</returns>
    public static List<string> Files(string root, bool followLinks, Action<string> skipped)
    {
        var realRoot = RealPath(root);
        var walked = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        var given = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        var pending = new Stack<(string Shown, string Real)>([(root, realRoot)]);
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in new DirectoryInfo(folder.Shown).EnumerateFileSystemInfos("*", OneLevel))
            {
                // Inside a folder whose links are resolved, an entry that is not a link is where it is listed.
                var real = Path.Combine(folder.Real, entry.Name);
                if (entry.LinkTarget is not null)
                {
                    if (!followLinks)
                    {
                        skipped($"{entry.FullName}: a symbolic link, not followed (--follow-links follows links inside the folder)");
                        continue;
                    }
                    if (entry.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true } target)
                    {
                        skipped($"{entry.FullName}: a symbolic link to nothing");
                        continue;
                    }
                    real = RealPath(target.FullName);
                    if (real != realRoot && !IsInside(real, realRoot))
                    {
                        skipped($"{entry.FullName}: a symbolic link out of {root}, not followed");
                        continue;
                    }
                }
                if (Directory.Exists(real))
                {
                    if (walked.Add(real)) pending.Push((entry.FullName, real));
                    else skipped($"{entry.FullName}: a link to a folder already read (a loop), not followed again");
                }
                else if (given.Add(real)) files.Add(entry.FullName);
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every link along it resolved.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        var resolvedParent = parent is null ? null : RealPath(parent);
        var here = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(here) ? new DirectoryInfo(here) : new FileInfo(here);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? RealPath(target.FullName) : here;
    }
}
