using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Postgres;

/// <summary>Placeholder for <see cref="IDocumentQueries"/> on PostgreSQL until the read side lands (it replaces this file).</summary>
internal sealed class PostgresDocumentQueries : IDocumentQueries
{
    public IReadOnlyList<DocumentListing> List(int limit) => throw Pending();

    public DocumentListing? Listing(string documentKey) => throw Pending();

    public DocumentText? Text(string documentId) => throw Pending();

    public IReadOnlyList<DocumentMention> Mentions(string documentKey) => throw Pending();

    public IReadOnlyList<DocumentClaim> Claims(string documentKey) => throw Pending();

    public DocumentExtraction Extraction(string documentKey) => throw Pending();

    public string? KeyOf(string documentId) => throw Pending();

    public IReadOnlyList<DocumentPath> Paths() => throw Pending();

    private static NotSupportedException Pending() => new("IDocumentQueries on PostgreSQL comes with the read side (pgread)");
}
