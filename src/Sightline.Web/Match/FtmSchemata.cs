using Sightline.Lists.Formats.FtM;
using Sightline.Lists.Model;
using Sightline.Names;

namespace Sightline.Web.Match;

/// <summary>The FollowTheMoney schemata a <c>/match</c> query may name, and the kind of list entry each screens for
/// (null: any kind). Names are case-sensitive, as in FollowTheMoney; a name not here is refused with the closest one.</summary>
public static class FtmSchemata
{
    /// <summary>The list parties' schemata (<see cref="FtmSchemas"/>), and <c>Thing</c>, any of them.</summary>
    private static readonly Dictionary<string, EntrySchema?> Known =
        FtmSchemas.PartySchemas.Select(p => KeyValuePair.Create(p.Key, (EntrySchema?)p.Value))
            .Append(KeyValuePair.Create("Thing", (EntrySchema?)null))
            .ToDictionary(StringComparer.Ordinal);

    /// <summary>Every schema name a query may give, in order.</summary>
    public static IEnumerable<string> Names => Known.Keys.Order(StringComparer.Ordinal);

    public static bool TryResolve(string name, out EntrySchema? schema) => Known.TryGetValue(name, out schema);

    /// <summary>The known schema name most like <paramref name="name"/> (<c>Persn</c> → <c>Person</c>).</summary>
    public static string Closest(string name) =>
        Known.Keys.MaxBy(known => JaroWinkler.Similarity(known.ToLowerInvariant(), name.Trim().ToLowerInvariant()))!;
}
