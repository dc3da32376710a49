using Sightline.Analysis;
using Sightline.Lists;
using Sightline.Lists.Model;
using Sightline.Screening;

namespace Sightline.Composition;

/// <summary>
/// The active list versions at one moment and what is built from them: their entries, the names index a
/// <see cref="Screener"/> searches, and the report analyzer whose gazetteer they fill. Each is built on first use;
/// <see cref="SightlinePipeline"/> replaces the whole set when the active versions change.
/// </summary>
public sealed class ActiveLists
{
    private readonly Lazy<IReadOnlyList<ListEntry>> _entries;
    private readonly Lazy<Dictionary<(string, string), ListEntry>> _byId;
    private readonly Lazy<Screener> _screener;
    private readonly Lazy<DocumentAnalyzer> _analyzer;
    private readonly Lazy<IReadOnlySet<string>> _names;

    internal ActiveLists(IReadOnlyList<ListVersion> versions, IListStore store, Func<ActiveLists, ScreeningIndex> index, Func<ActiveLists, DocumentAnalyzer> analyzer)
    {
        Versions = versions;
        _entries = new(() => versions.SelectMany(v => store.Entries(v.Id)).ToList());
        _byId = new(() => Entries.ToDictionary(e => (e.List, e.Id)));
        _screener = new(() => new Screener(index(this)));
        _analyzer = new(() => analyzer(this));
        _names = new(() => versions.Select(v => v.List).ToHashSet(StringComparer.Ordinal));
    }

    public IReadOnlyList<ListVersion> Versions { get; }

    /// <summary>Every entry of the active versions.</summary>
    public IReadOnlyList<ListEntry> Entries => _entries.Value;

    /// <summary>The names index over the active lists.</summary>
    public Screener Screener => _screener.Value;

    /// <summary>The report analyzer whose gazetteer holds the active lists' names.</summary>
    public DocumentAnalyzer Analyzer => _analyzer.Value;

    /// <summary>The names of the active lists (the datasets screening accepts).</summary>
    public IReadOnlySet<string> Names => _names.Value;

    public ListEntry? Entry(string list, string id) => _byId.Value.GetValueOrDefault((list, id));

    /// <summary>True when <paramref name="active"/> are the versions these were built from.</summary>
    internal bool AreStill(IReadOnlyList<ListVersion> active) =>
        active.Select(v => v.Id).Order().SequenceEqual(Versions.Select(v => v.Id).Order());
}
