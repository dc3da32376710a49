namespace Sightline.Web.Match;

/// <summary><c>GET /catalog</c> in yente's shape: the datasets <c>/match</c> accepts (each active list, and
/// <c>default</c>, the collection of them all), which are current in the screening index and which outdated.</summary>
public sealed record CatalogResponse(IReadOnlyList<CatalogDataset> Datasets, IReadOnlyList<string> Current, IReadOnlyList<string> Outdated, bool IndexStale);

/// <summary>One dataset: a list's active version (<see cref="Version"/> is Sightline's version number of that list), or
/// the <c>default</c> collection with the lists as <see cref="Children"/>. <see cref="UpdatedAt"/> is the date the list
/// speaks for (its publication date, else when it was imported); <see cref="ImportedAt"/> when Sightline imported it;
/// <see cref="Stale"/> whether that is older than the staleness limit.</summary>
public sealed record CatalogDataset(
    string Name, string Title, string? Summary, string? Url, bool Load, string? EntitiesUrl, string Version, string? IndexVersion, bool IndexCurrent,
    IReadOnlyList<string> Children, int EntityCount, DateTimeOffset UpdatedAt, DateTimeOffset ImportedAt, bool Stale);

/// <summary><c>GET /algorithms</c> in yente's shape: the scoring algorithms <c>/match</c> offers, the default and the best.</summary>
public sealed record AlgorithmsResponse(IReadOnlyList<AlgorithmDescription> Algorithms, string Default, string Best);

/// <summary>One algorithm and the features it scores with.</summary>
public sealed record AlgorithmDescription(string Name, string Description, IReadOnlyDictionary<string, AlgorithmFeature> Features);

/// <summary>One feature: what it measures, and its weight (for the qualifiers, the change it makes to a score).</summary>
public sealed record AlgorithmFeature(string Description, double Coefficient, string? Url = null);
