using Sightline.Analysis;
using Sightline.Analysis.Tagging;
using Sightline.Documents;
using Sightline.Screening;

namespace Sightline.Cli.Commands;

/// <summary>What the report commands share: expanding paths to report files, and the analyzer over the active lists.</summary>
internal static class ReportFiles
{
    /// <summary>Files as given; folders as their files, recursively, in name order (hidden files, Markdown and
    /// <see cref="SourceManifest"/> files skipped; symbolic links only with <paramref name="followLinks"/>, and only inside
    /// the folder: <see cref="ReportFolder"/>);
    /// globs (<c>reports/*.txt</c>, <c>reports/**/*.html</c>) as the files they match, on the same link terms
    /// (<see cref="Glob"/>). A missing path is passed on so the reader reports it. What was left out is told on standard
    /// error.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths, bool followLinks = false)
    {
        Action<string> skipped = reason => Console.Error.WriteLine($"skipped   {Output.Terminal.Line(reason)}");
        foreach (var path in paths)
        {
            if (Glob.IsPattern(path))
            {
                foreach (var file in Glob.Match(path, followLinks, skipped)) yield return file;
                continue;
            }
            if (!Directory.Exists(path)) { yield return path; continue; }
            foreach (var file in ReportFolder.Files(path, followLinks, skipped))
                if (!Path.GetFileName(file).StartsWith('.') && !file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !SourceManifest.IsManifest(file)) yield return file;
        }
    }

    /// <summary>The report files of <see cref="Expand"/>, each shown relative to the folder (or the glob's fixed folder) it was
    /// found in, or by its file name when it was given on its own (ADR-032). A path that is neither a file, a folder nor a
    /// glob goes to <paramref name="missing"/> instead.</summary>
    public static IEnumerable<ReportFile> ExpandReports(IEnumerable<string> paths, bool followLinks, Action<string> missing)
    {
        foreach (var path in paths)
        {
            var root = Glob.IsPattern(path) ? Glob.Root(path) : Directory.Exists(path) ? path : null;
            if (root is null && !File.Exists(path))
            {
                missing(path);
                continue;
            }
            foreach (var file in Expand([path], followLinks))
                yield return root is null ? ReportFile.Of(file) : ReportFile.In(root, file);
        }
    }

    /// <summary>The analyzer with the committed tagger and the active lists (the bundled ones on a fresh database).</summary>
    public static DocumentAnalyzer Analyzer(CliSession session)
    {
        session.ListsOrBundled();
        return DocumentAnalyzer.Create(NerModel.Load(ProjectPaths.NerModel), ScreeningIndexLoader.ActiveEntries(session.Store).ToList());
    }
}
