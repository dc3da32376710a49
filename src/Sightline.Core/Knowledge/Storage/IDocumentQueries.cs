namespace Sightline.Knowledge.Storage;

/// <summary>
/// What the knowledge base can say about its reports: the list of them, one report's kept text with its mentions and
/// claims, and what one ingest extracted. Implemented by the store folder (<c>Storage/Sqlite</c> today); callers see
/// no SQL.
/// </summary>
public interface IDocumentQueries
{
    /// <summary>The reports, newest ingestion first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<DocumentListing> List(int limit);

    /// <summary>The report with this key as the list of reports shows it, or null.</summary>
    DocumentListing? Listing(string documentKey);

    /// <summary>A report by its <c>D-</c> id, with its kept text; null when no kept text has that id.</summary>
    DocumentText? Text(string documentId);

    /// <summary>The report's name mentions in text order.</summary>
    IReadOnlyList<DocumentMention> Mentions(string documentKey);

    /// <summary>The report's claims in text order, each with the meeting event it joined, if any.</summary>
    IReadOnlyList<DocumentClaim> Claims(string documentKey);

    /// <summary>How many mentions and claims of each kind the report gave, and the entities it names.</summary>
    DocumentExtraction Extraction(string documentKey);

    /// <summary>The key of the report with this <c>D-</c> id, or null.</summary>
    string? KeyOf(string documentId);

    /// <summary>Every report's key and the path it was read from, relative to the folder ingested.</summary>
    IReadOnlyList<DocumentPath> Paths();
}
