using Sightline.Lists.Model;

namespace Sightline.Documents;

/// <summary>
/// A report as Sightline read it: its normalised text and what is known about it.
/// </summary>
/// <param name="Key">Stable identity: the URL (<c>telegram:{channel}/{message}</c> for a Telegram message), else <c>text:</c> and the
/// hash of the normalised text (<see cref="DocumentKeys"/>); never a local path.</param>
/// <param name="Version">Hash of the normalised text: reading the same text again gives the same version.</param>
/// <param name="Published">The publication date, with the precision the source gives; null when unknown.</param>
/// <param name="PublishedNote">What was written after the date (<c>[inferred]</c>), or where the date was found.</param>
/// <param name="Language">ISO 639-1 code (<c>en</c>, <c>ar</c>, <c>fa</c>) or <c>und</c>.</param>
public sealed record Document(
    string Key,
    string Version,
    string Format,
    string Text,
    string? Title,
    string? Source,
    string? Publisher,
    PartialDate? Published,
    string? PublishedNote,
    string Language,
    IReadOnlyList<string> Diagnostics)
{
    /// <summary>The title to show: the one the report or its manifest gives, else the headline of its text
    /// (<see cref="TitleFinder"/>).</summary>
    public string? ShownTitle => Title ?? TitleFinder.Find(Text);
}

/// <summary>What reading one file gave: its documents (a Telegram export gives one a message), and a diagnostic
/// for each document or file that could not be read.</summary>
public sealed record ReadOutcome(string Path, IReadOnlyList<Document> Documents, IReadOnlyList<string> Errors);

/// <summary>One step of reading a file document by document: a document, or the diagnostic of one that could not be read
/// (naming the file); <paramref name="Index"/> is its place in the file (a Telegram message's number in its chat, else 0).</summary>
public sealed record ReadItem(Document? Document, string? Error, int Index = 0);
