using System.Text.Json;
using Sightline.Lists.Model;

namespace Sightline.Lists;

/// <summary>
/// What changed between two versions of a list: entries added, removed, and changed, with the fields that
/// changed. Equal content hashes mean equal entries, so only changed entries are loaded and compared.
/// </summary>
public sealed record ListDiff(ListVersion From, ListVersion To, IReadOnlyList<ListEntry> Added, IReadOnlyList<ListEntry> Removed, IReadOnlyList<ChangedEntry> Changed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    public static ListDiff Compare(IListStore store, ListVersion from, ListVersion to)
    {
        if (from.List != to.List) throw new ArgumentException($"versions of different lists: {from.List} and {to.List}");
        var before = store.EntryHashes(from.Id);
        var after = store.EntryHashes(to.Id);

        var added = after.Keys.Where(id => !before.ContainsKey(id)).Order(StringComparer.Ordinal)
            .Select(id => store.Entry(to.List, id, to.Id)!).ToList();
        var removed = before.Keys.Where(id => !after.ContainsKey(id)).Order(StringComparer.Ordinal)
            .Select(id => store.Entry(from.List, id, from.Id)!).ToList();
        var changed = after.Where(p => before.TryGetValue(p.Key, out var old) && old != p.Value).Select(p => p.Key).Order(StringComparer.Ordinal)
            .Select(id => ChangedEntry.Of(store.Entry(from.List, id, from.Id)!, store.Entry(to.List, id, to.Id)!)).ToList();
        return new ListDiff(from, to, added, removed, changed);
    }
}

/// <summary>An entry present in both versions with different content, and the names of the fields that differ.</summary>
public sealed record ChangedEntry(ListEntry Before, ListEntry After, IReadOnlyList<string> Fields)
{
    public static ChangedEntry Of(ListEntry before, ListEntry after)
    {
        var a = JsonSerializer.SerializeToElement(before, EntryJson.Options);
        var b = JsonSerializer.SerializeToElement(after, EntryJson.Options);
        var names = a.EnumerateObject().Select(p => p.Name).Union(b.EnumerateObject().Select(p => p.Name));
        var fields = names.Where(n => !Same(a, b, n)).ToList();
        return new ChangedEntry(before, after, fields);
    }

    private static bool Same(JsonElement a, JsonElement b, string name)
    {
        var hasA = a.TryGetProperty(name, out var va);
        var hasB = b.TryGetProperty(name, out var vb);
        return hasA == hasB && (!hasA || JsonElement.DeepEquals(va, vb));
    }
}
