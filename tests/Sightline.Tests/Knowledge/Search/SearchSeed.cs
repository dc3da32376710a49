using Sightline.Knowledge;
using Sightline.Knowledge.Storage;

namespace Sightline.Tests.Knowledge.Search;

/// <summary>
/// A small knowledge base written for the search tests, the same on every store: reports whose titles and texts hold the
/// words searched for in different places, and entities whose names hold one name in different ways. Written through
/// the storage interfaces, so the store indexes them as ingestion would have it do.
/// </summary>
internal static class SearchSeed
{
    /// <summary>Report keys by what each is for; <see cref="StableIds.Document"/> gives their ids.</summary>
    public const string BothInTitle = "https://wire.example/commander-envoy-harbour";
    public const string OneInTitle = "https://wire.example/envoy-statement";
    public const string TextOnlyNewer = "https://wire.example/shipping-may";
    public const string TextOnlySameDay = "https://wire.example/grain-may";
    public const string TextOnlyUndated = "text:undated-harbour";
    public const string EnvoyWithoutHarbour = "https://wire.example/envoy-visits";
    public const string ArabicReport = "https://wire.example/ar/meeting";

    private static readonly (string Key, string? Title, string? Published, string Text)[] Reports =
    [
        (BothInTitle, "Militia commander meets envoy in Port Halvard", "2024-03-04",
            "The commander of the Northern Brigade met a trade envoy in Port Halvard on 3 March."),
        (OneInTitle, "Envoy statement", "2022-01-01", "The envoy said nothing new about Port Halvard."),
        (TextOnlyNewer, "Shipping report", "2024-05-01", "Shipping through Port Halvard fell. The ENVOY did not comment."),
        (TextOnlySameDay, "Grain prices", "2024-05-01", "Grain prices in Port Halvard rose, an envoy's aide said."),
        (TextOnlyUndated, null, null, "A commander spoke to an envoy about grain in Port Halvard."),
        (EnvoyWithoutHarbour, "Envoy visits", "2023-01-01", "The envoy met Jörg Müller-Strauß from Zürich; nothing about the port."),
        (ArabicReport, "لقاء في الميناء", "2024-02-02", "التقى القائد بالمبعوث في الميناء يوم الثلاثاء."),
    ];

    /// <summary>Entities by id, each with its names.</summary>
    public static readonly (string Id, EntityKind Kind, string[] Names)[] Entities =
    [
        ("P-seed-alone", EntityKind.Person, ["Tarek Vossberg"]),
        ("P-seed-long", EntityKind.Person, ["Ilyas Tarek Vossberg Andrade"]),
        ("P-seed-short", EntityKind.Person, ["Tarek Vossberg Lind", "T. Vossberg"]),
        ("P-seed-part", EntityKind.Person, ["Tarek Vossbergson"]),
        ("O-seed-org", EntityKind.Organization, ["Vossberg Shipping"]),
        ("P-seed-other", EntityKind.Person, ["Marta Quellen"]),
    ];

    public static void Write(KnowledgeStore store)
    {
        using var work = store.Begin();
        foreach (var (key, title, published, text) in Reports)
        {
            store.Ingest.WriteDocument(work, new IngestedDocument(key, "v-" + StableIds.Document(key), key, title, "Example Wire", published, "en",
                "2026-11-30T12:00:00.0000000+00:00"));
            store.Ingest.KeepText(work, key, StableIds.Document(key), text);
        }
        foreach (var (id, kind, names) in Entities)
        {
            store.Ingest.AddEntity(work, id, kind, names[0]);
            foreach (var name in names) store.Ingest.AddName(work, id, name, NameNorm.Of(name), Reports[0].Key);
        }
        work.Commit();
    }

    /// <summary>The ids of the reports with these keys, in the order given.</summary>
    public static string[] Ids(params string[] keys) => [.. keys.Select(StableIds.Document)];
}
