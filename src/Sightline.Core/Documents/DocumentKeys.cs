namespace Sightline.Documents;

/// <summary>
/// What a report is known by in the knowledge base, wherever its file lies: the address it gives (a <c>Source:</c> or
/// <c>URL:</c> header, an HTML canonical link, a <c>sources.csv</c> row), else its content — <c>text:</c> and the hash
/// of its normalised text. A local path is never a key: the same text read from two folders is one report (ADR-032).
/// </summary>
public static class DocumentKeys
{
    /// <summary>The prefix of a key made from the text.</summary>
    public const string ContentPrefix = "text:";

    /// <summary>The key of a report that gives no address: <c>text:</c> and the hash of its normalised text.</summary>
    public static string Content(string normalizedText) => ContentPrefix + TextNormalizer.Version(normalizedText);

    /// <summary>The address when there is one, else the content key.</summary>
    public static string For(string? address, string normalizedText) =>
        !string.IsNullOrWhiteSpace(address) ? address.Trim() : Content(normalizedText);

    /// <summary>Whether a key was made from the text rather than an address.</summary>
    public static bool IsContent(string key) => key.StartsWith(ContentPrefix, StringComparison.Ordinal);
}
