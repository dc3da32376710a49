using Sightline.Analysis;
using Sightline.Analysis.Tagging;
using Sightline.Screening;
using Sightline.Screening.Persistence;
using Sightline.Storage;

namespace Sightline.Composition;

/// <summary>
/// Puts Sightline together the one way every host does — the command line, the server and the tests: the database
/// (knowledge base and lists), how writers wait for their turn, the names index over the active lists, the report
/// analyzer, and the alert rules the ingestor runs. Each host says only what differs for it (where notes go, a bound on
/// the wait, a prebuilt index) and gets a <see cref="SightlinePipeline"/>, so that ingesting, a list update, the
/// re-screen after it and the reload of the names index happen the same way everywhere (ADR-028).
/// </summary>
/// <example><code>
/// using var sightline = new SightlineBuilder(databasePath).UseTaggerModel(modelPath).WaitForWriters(null, Console.Error.WriteLine).Build();
/// foreach (var outcome in sightline.Ingestor().IngestFiles(files)) …
/// </code></example>
public sealed class SightlineBuilder(string databasePath)
{
    private TimeProvider _clock = TimeProvider.System;
    private WriterWait _writers = WriterWait.Patient;
    private Func<ActiveLists, ScreeningIndex>? _index;
    private Func<ActiveLists, DocumentAnalyzer>? _analyzer;

    public SightlineBuilder UseClock(TimeProvider clock)
    {
        _clock = clock;
        return this;
    }

    /// <summary>How writers wait when another writer holds the database: at most <paramref name="bound"/> (forever when
    /// null), telling <paramref name="note"/> once that they wait.</summary>
    public SightlineBuilder WaitForWriters(TimeSpan? bound, Action<string>? note)
    {
        _writers = new WriterWait(bound, note);
        return this;
    }

    /// <summary>How the names index over the active lists is had; by default the one stored beside the database while
    /// the lists are the same, else built and stored (<see cref="StoredScreeningIndex"/>).</summary>
    public SightlineBuilder UseScreeningIndex(Func<ActiveLists, ScreeningIndex> index)
    {
        _index = index;
        return this;
    }

    /// <summary>How the report analyzer over the active lists is made.</summary>
    public SightlineBuilder UseAnalyzer(Func<ActiveLists, DocumentAnalyzer> analyzer)
    {
        _analyzer = analyzer;
        return this;
    }

    /// <summary>Reports are read with the entity-tagger model at <paramref name="path"/> (loaded once) and a gazetteer of
    /// the active lists' names.</summary>
    public SightlineBuilder UseTaggerModel(string path)
    {
        var model = new Lazy<NerModel>(() => NerModel.Load(path), LazyThreadSafetyMode.ExecutionAndPublication);
        return UseAnalyzer(lists => DocumentAnalyzer.Create(model.Value, lists.Entries.ToList()));
    }

    public SightlinePipeline Build()
    {
        var index = _index ?? (lists => StoredScreeningIndex.Open(lists.Versions, lists.Entries, databasePath).Index);
        var analyzer = _analyzer ?? (_ => throw new InvalidOperationException("This Sightline reads no reports: the builder was given no tagger model (UseTaggerModel)."));
        return new SightlinePipeline(databasePath, _clock, _writers, index, analyzer);
    }
}
