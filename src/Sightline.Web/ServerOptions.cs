using Sightline.Composition;
using Sightline.Documents;
using Sightline.Storage;

namespace Sightline.Web;

/// <summary>How to run the server: the database, where to listen, the server's owner (whom the one-time sign-in link's
/// browser session acts as; the <c>Sightline:Reviewer</c> configuration key overrides it), the entity-tagger model that
/// reads uploaded reports, the folder uploaded reports are kept in, and for an address beyond loopback the host names
/// clients use and whether a proxy in front terminates TLS (ADR-027). <see cref="Limits"/> bound each uploaded document; its
/// <see cref="DocumentLimits.MaxFileBytes"/> is the one upload limit, answered with 413.</summary>
public sealed record ServerOptions(
    string DatabasePath, IReadOnlyList<string> Urls, string Reviewer, string NerModelPath, string UploadFolder,
    IReadOnlyList<string>? Hosts = null, bool BehindTlsProxy = false)
{
    public DocumentLimits Limits { get; init; } = DocumentLimits.Default;

    /// <summary>Uploads are kept in the database and queued for the workers (<c>sightline worker</c>) instead of being
    /// ingested in the request, which is answered 202 Accepted with the job (ADR-043). PostgreSQL only.</summary>
    public bool QueueUploads { get; init; }

    /// <summary>What this host puts together otherwise than the server does by default — a names index or a report
    /// analyzer it already holds, as the tests do — applied to the server's <see cref="SightlineBuilder"/> last (ADR-028).</summary>
    public Func<SightlineBuilder, SightlineBuilder>? Compose { get; init; }

    /// <summary>What a multipart upload of a file at the limit may add around it (boundaries, part headers).</summary>
    public const long MultipartOverhead = 64 * 1024;

    /// <summary>Uploads are kept in <c>uploads/</c> next to the database file (for a PostgreSQL database, in the user's
    /// local data folder: <see cref="StoreAddress.LocalFileStem"/>).</summary>
    public static string UploadFolderFor(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(StoreAddress.Parse(databasePath).LocalFileStem))!, "uploads");
}
