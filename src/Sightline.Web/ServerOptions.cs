namespace Sightline.Web;

/// <summary>How to run the server: the database, where to listen, the server's owner (whom the one-time sign-in link's
/// browser session acts as; the <c>Sightline:Reviewer</c> configuration key overrides it), the entity-tagger model that
/// reads uploaded reports, the folder uploaded reports are kept in, and for an address beyond loopback the host names
/// clients use and whether a proxy in front terminates TLS (ADR-027).</summary>
public sealed record ServerOptions(
    string DatabasePath, IReadOnlyList<string> Urls, string Reviewer, string NerModelPath, string UploadFolder,
    IReadOnlyList<string>? Hosts = null, bool BehindTlsProxy = false)
{
    /// <summary>Uploads are kept in <c>uploads/</c> next to the database file.</summary>
    public static string UploadFolderFor(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "uploads");
}
