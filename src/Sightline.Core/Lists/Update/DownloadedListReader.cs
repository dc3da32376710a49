using Sightline.Lists.Formats;
using Sightline.Lists.Model;

namespace Sightline.Lists.Update;

/// <summary>Reads a downloaded list through another reader, recording the URL it came from instead of the temporary folder.</summary>
internal sealed class DownloadedListReader(IListReader inner, string url) : IListReader
{
    public ListSource Source { get; } = inner.Source with { Location = url };
    public IReadOnlyList<string> Warnings => inner.Warnings;
    public IEnumerable<ListEntry> ReadEntries() => inner.ReadEntries();
    public IListReader Parser => inner;
}
