using Sightline.Lists.Model;

namespace Sightline.Lists.Formats;

/// <summary>
/// Reads one published list (a file or a set of files) into <see cref="ListEntry"/> values.
/// </summary>
/// <remarks>
/// <see cref="ReadEntries"/> streams: a reader never needs the whole list in memory, so a million-entity
/// file is read in constant memory. Bad input throws <see cref="ListFormatException"/> naming file, line
/// and field; problems that lose nothing (an alias row for an unknown entry) go to <see cref="Warnings"/>.
/// A reader is single-use and not thread-safe.
/// </remarks>
public interface IListReader
{
    ListSource Source { get; }
    IReadOnlyList<string> Warnings { get; }
    IEnumerable<ListEntry> ReadEntries();

    /// <summary>The reader that parses the files, when this one wraps it (to record where a download came from).</summary>
    IListReader Parser => this;
}

/// <summary>What was read: which list, in which format, from where, published when, and the hash of its bytes.</summary>
/// <param name="List">Dataset name, OpenSanctions-style where one exists (<c>us_ofac_sdn</c>).</param>
/// <param name="Published">The publication time the file states (UN <c>dateGenerated</c>), or one supplied by the caller; null when unknown.</param>
/// <param name="ContentHash">SHA-256 over the files' names and bytes: the same files give the same hash.</param>
public sealed record ListSource(string List, ListFormat Format, string Location, DateTimeOffset? Published, string ContentHash, IReadOnlyList<string> Files);
