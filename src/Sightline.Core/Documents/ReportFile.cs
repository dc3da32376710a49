namespace Sightline.Documents;

/// <summary>
/// A report file to ingest: where it lies on this machine (<paramref name="Location"/>, read and never shown) and how it
/// is shown (<paramref name="Shown"/>: its path relative to the folder ingested, or its file name when it was given on
/// its own). Only <see cref="Shown"/> is stored as a report's provenance (ADR-032).
/// </summary>
public sealed record ReportFile(string Location, string Shown)
{
    /// <summary>A file given on its own: shown by its file name.</summary>
    public static ReportFile Of(string location) => new(location, Path.GetFileName(location));

    /// <summary>A file found in <paramref name="folder"/>: shown by its path relative to it, with forward slashes.</summary>
    public static ReportFile In(string folder, string location) =>
        new(location, Path.GetRelativePath(folder, location).Replace('\\', '/'));
}
