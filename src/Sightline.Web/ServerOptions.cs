namespace Sightline.Web;

/// <summary>How to run the server: the database, where to listen (loopback only), whom review decisions are recorded
/// under (the <c>Sightline:Reviewer</c> configuration key overrides it), the entity-tagger model that reads uploaded
/// reports, and the folder uploaded reports are kept in.</summary>
public sealed record ServerOptions(string DatabasePath, IReadOnlyList<string> Urls, string Reviewer, string NerModelPath, string UploadFolder)
{
    /// <summary>Uploads are kept in <c>uploads/</c> next to the database file.</summary>
    public static string UploadFolderFor(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "uploads");
}
