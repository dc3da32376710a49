using System.Text.Json;
using System.Text.Json.Serialization;
using Sightline.Lists.Formats;

namespace Sightline.Lists.Update;

/// <summary>Where to download one list: its name, format and the URLs of its files.</summary>
public sealed record ListDownloadSource(string List, ListFormat Format, IReadOnlyList<Uri> Files);

/// <summary>
/// The authorities' official addresses for the lists <c>sightline lists update</c> fetches, and the two ways to
/// change them: a mirror base URL (files are then fetched from <c>BASE/LIST/FILE</c>, file names in lower case)
/// or a JSON file of sources.
/// </summary>
public static class OfficialSources
{
    private const string OfacExports = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

    public static IReadOnlyList<ListDownloadSource> Default { get; } =
    [
        new("us_ofac_sdn", ListFormat.OfacSdnCsv,
            [new(OfacExports + "SDN.CSV"), new(OfacExports + "ALT.CSV"), new(OfacExports + "ADD.CSV"), new(OfacExports + "SDN_COMMENTS.CSV")]),
        new("us_ofac_cons", ListFormat.OfacConsCsv,
            [new(OfacExports + "CONS_PRIM.CSV"), new(OfacExports + "CONS_ALT.CSV"), new(OfacExports + "CONS_ADD.CSV"), new(OfacExports + "CONS_COMMENTS.CSV")]),
        new("un_sc_sanctions", ListFormat.UnXml, [new("https://scsanctions.un.org/resources/xml/en/consolidated.xml")]),
    ];

    /// <summary>The default sources with every file fetched from <c>{mirror}/{list}/{file name in lower case}</c>.</summary>
    public static IReadOnlyList<ListDownloadSource> Mirrored(Uri mirror)
    {
        var root = mirror.AbsoluteUri.TrimEnd('/') + "/";
        return Default.Select(s => s with
        {
            Files = s.Files.Select(f => new Uri($"{root}{s.List}/{Path.GetFileName(f.AbsolutePath).ToLowerInvariant()}")).ToList(),
        }).ToList();
    }

    private static readonly JsonSerializerOptions FileOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Reads sources from a JSON file: <c>[{"list": "us_ofac_sdn", "format": "OfacSdnCsv", "files": ["https://..."]}]</c>.</summary>
    public static IReadOnlyList<ListDownloadSource> Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<List<ListDownloadSource>>(File.ReadAllText(path), FileOptions)
                ?? throw new ListFormatException(Path.GetFileName(path), null, null, "holds no sources");
        }
        catch (JsonException e)
        {
            throw new ListFormatException(Path.GetFileName(path), e.LineNumber + 1, e.Path, $"not a list of sources: {e.Message}");
        }
    }
}
