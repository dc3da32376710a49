using System.Globalization;
using System.Text.Json;
using Sightline.Lists.Formats;

namespace Sightline.Lists.Import;

/// <summary>
/// The list snapshot shipped with Sightline (<c>data/lists/</c>), described by <c>bundled.json</c>: for each
/// folder, the publication date of its snapshot when the files themselves state none.
/// </summary>
public static class BundledLists
{
    public const string ManifestName = "bundled.json";

    private sealed record Item(string Path, string? Published);

    /// <summary>Opens a reader for every list of the snapshot in <paramref name="folder"/>.</summary>
    public static IReadOnlyList<IListReader> Open(string folder)
    {
        var manifest = Path.Combine(folder, ManifestName);
        if (!File.Exists(manifest)) throw new ListFormatException(manifest, null, null, "the bundled list manifest is missing");
        var items = JsonSerializer.Deserialize<List<Item>>(File.ReadAllText(manifest), new JsonSerializerOptions { PropertyNameCaseInsensitive = true }) ?? [];
        return items.SelectMany(item =>
        {
            DateTimeOffset? published = item.Published is null ? null
                : DateTimeOffset.Parse(item.Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            return ListReaders.Open(Path.Combine(folder, item.Path), published: published);
        }).ToList();
    }
}
