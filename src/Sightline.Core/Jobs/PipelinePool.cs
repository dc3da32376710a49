using System.Collections.Concurrent;
using Sightline.Analysis;
using Sightline.Analysis.Tagging;
using Sightline.Composition;
using Sightline.Screening;
using Sightline.Screening.Persistence;

namespace Sightline.Jobs;

/// <summary>
/// Sightline put together once per job running at the same time in a worker: a <see cref="SightlinePipeline"/> holds one
/// connection and is used by one job at a time, so each job takes one from the pool and gives it back. The pipelines
/// are made by the host (<paramref name="make"/>), which shares the names index and the report analyzer between them.
/// The ingestor of each is kept with it, so that a job does not load the entities again.
/// </summary>
public sealed class PipelinePool(Func<SightlinePipeline> make) : IDisposable
{
    private readonly ConcurrentBag<Lease> _idle = [];
    private readonly ConcurrentBag<Lease> _all = [];

    /// <summary>The pool of a worker on the database at <paramref name="address"/>: its pipelines share one names index
    /// over the active lists (the one stored beside the database, made again when the lists change) and one loaded
    /// entity-tagger model; each has its own report analyzer and connection.</summary>
    public static PipelinePool ForWorker(string address, string nerModelPath, TimeProvider clock, Action<string> note)
    {
        var model = new Lazy<NerModel>(() => NerModel.Load(nerModelPath), LazyThreadSafetyMode.ExecutionAndPublication);
        var index = new Latest<ScreeningIndex>();
        return new PipelinePool(() => new SightlineBuilder(address)
            .UseClock(clock)
            .WaitForWriters(null, note)
            .UseScreeningIndex(lists => index.For(lists, () => StoredScreeningIndex.Open(lists.Versions, lists.Entries, address, note: note).Index))
            .UseAnalyzer(lists => DocumentAnalyzer.Create(model.Value, lists.Entries.ToList()))
            .Build());
    }

    /// <summary>What was built for the latest active lists, shared by every pipeline and built once for them.</summary>
    private sealed class Latest<T> where T : class
    {
        private readonly Lock _gate = new();
        private (string Key, T Value)? _held;

        public T For(ActiveLists lists, Func<T> build)
        {
            var key = string.Join(",", lists.Versions.Select(v => v.Id).Order());
            lock (_gate)
            {
                if (_held is { } held && held.Key == key) return held.Value;
                var value = build();
                _held = (key, value);
                return value;
            }
        }
    }

    /// <summary>A pipeline for one job; dispose the lease to give it back.</summary>
    public Lease Take()
    {
        if (_idle.TryTake(out var lease)) return lease;
        lease = new Lease(this, make());
        _all.Add(lease);
        return lease;
    }

    public void Dispose()
    {
        foreach (var lease in _all) lease.Pipeline.Dispose();
    }

    /// <summary>One pipeline lent to one job, with the ingestor made on it.</summary>
    public sealed class Lease(PipelinePool pool, SightlinePipeline pipeline) : IDisposable
    {
        private Knowledge.Ingest.Ingestor? _ingestor;

        public SightlinePipeline Pipeline { get; } = pipeline;

        /// <summary>The pipeline's ingestor with <paramref name="limits"/>: the one kept, unless it was made with other
        /// limits (a job whose work has another time budget), when it is made again.</summary>
        public Knowledge.Ingest.Ingestor Ingestor(Documents.DocumentLimits limits) =>
            _ingestor is { } kept && kept.Limits == limits ? kept : _ingestor = Pipeline.Ingestor(limits);

        /// <summary>Drops the ingestor after a failure that may have left it out of step with the store.</summary>
        public void Forget() => _ingestor = null;

        public void Dispose() => pool._idle.Add(this);
    }
}
