using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sightline.Lists;
using Sightline.Screening;
using Sightline.Web.Access;
using Sightline.Web.Lists;

namespace Sightline.Web.Match;

/// <summary>
/// yente's system endpoints beside <c>/match</c>: <c>GET /catalog</c>, the datasets (the active list versions, and
/// <c>default</c>, all of them), and <c>GET /algorithms</c>, the one scoring algorithm Sightline has. ADR-035 says where
/// the shapes differ from yente's.
/// </summary>
public static class CatalogEndpoints
{
    public const string DefaultDataset = "default";

    public static void Map(WebApplication app)
    {
        app.MapGet("/catalog", Catalog).WithName("catalog").WithTags("screening")
            .WithSummary("The datasets /match accepts, in yente's shape: each active list version (name, title, version, entity count, dates) and 'default', all of them")
            .RequireAuthorization(AccessPolicies.Read);
        app.MapGet("/algorithms", () => JsonBody.Ok(Algorithms)).WithName("algorithms").WithTags("screening")
            .WithSummary("The scoring algorithms /match offers, in yente's shape, with the features each scores with")
            .RequireAuthorization(AccessPolicies.Read);
    }

    private static JsonBody<CatalogResponse> Catalog(KnowledgeAccess kb, ServerState state)
    {
        var now = state.Clock.GetUtcNow();
        var active = kb.Lists.ActiveVersions().OrderBy(v => v.List, StringComparer.Ordinal).ToList();
        var datasets = active.Select(v => new CatalogDataset(v.List, KnownLists.TitleOf(v.List), v.Label, null, true, null,
            Version(v), Version(v), true, [], v.Counts.Total, v.AsOf, v.ImportedAt, v.IsStale(now, ListEndpoints.StaleAfter))).ToList();
        if (active.Count > 0)
        {
            var latest = active.MaxBy(v => v.AsOf)!;
            var version = string.Join(";", active.Select(Version));
            datasets.Insert(0, new CatalogDataset(DefaultDataset, "All loaded lists", "Every active list version together", null, true, null, version, version, true,
                [.. active.Select(v => v.List)], active.Sum(v => v.Counts.Total), latest.AsOf, active.Max(v => v.ImportedAt), active.Any(v => v.IsStale(now, ListEndpoints.StaleAfter))));
        }
        return JsonBody.Ok(new CatalogResponse(datasets, [.. datasets.Select(d => d.Name)], [], false));
    }

    /// <summary><c>us_ofac_sdn-3</c>: the list and Sightline's version number of it, which names the version everywhere.</summary>
    private static string Version(ListVersion version) => $"{version.List}-{version.Number}";

    private static readonly AlgorithmsResponse Algorithms = new(
        [
            new AlgorithmDescription(MatchEndpoint.Algorithm,
                "Sightline's names engine: each query token paired with a name's token (exact, variant spelling, misspelling, or across scripts by the transliteration model), weighted by how rare the token is on the lists, then moved by birth date, country and type",
                new Dictionary<string, AlgorithmFeature>(StringComparer.Ordinal)
                {
                    ["name_similarity"] = new("The rarity-weighted similarity of the query's name tokens to the best of the entry's names, in [0, 1]: the base of the score", 1.0),
                    ["birth_date_agrees"] = new("The query's birth date agrees with one of the entry's", Qualifiers.BirthDateAgrees),
                    ["birth_month_or_day_differs"] = new("Same birth year, another month or day", Qualifiers.BirthMonthOrDayDiffers),
                    ["birth_year_differs"] = new("Another birth year", Qualifiers.BirthYearDiffers),
                    ["country_agrees"] = new("The query's country is one of the entry's nationalities, citizenships or address countries", Qualifiers.CountryAgrees),
                    ["country_differs"] = new("The query's country is none of the entry's", Qualifiers.CountryDiffers),
                    ["type_differs"] = new("The query's schema is another than the entry's (a Person query meeting a Vessel)", Qualifiers.TypeDiffers),
                }),
        ],
        MatchEndpoint.Algorithm, MatchEndpoint.Algorithm);
}
