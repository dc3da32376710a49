using System.Security.Cryptography;
using Sightline.Alerts;
using Sightline.Analysis;
using Sightline.Analysis.Tagging;
using Sightline.Documents;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Review;
using Sightline.Screening;
using Sightline.Storage;
using Sightline.Storage.Sqlite;

namespace Sightline.Web;

/// <summary>
/// The server's one writer to the knowledge base. Uploads and review decisions take turns (SQLite has one writer at a
/// time, and the ingestor's entity index must see every change). The ingestor is built on first use and dropped after
/// a review decision, which can merge, split or relink entities under it. An upload takes its turn document by document,
/// each bounded by <see cref="Limits"/>, so one large upload never holds the writer for longer than one document's budget.
/// </summary>
public sealed class KnowledgeWriter(string databasePath, string nerModelPath, string uploadFolder, Screener screener, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Lazy<DocumentAnalyzer> _analyzer = new(() =>
    {
        using var lists = SqliteListStore.Open(databasePath, clock);
        return DocumentAnalyzer.Create(NerModel.Load(nerModelPath), ScreeningIndexLoader.ActiveEntries(lists).ToList());
    });
    private KnowledgeStore? _store;
    private SqliteListStore? _lists;
    private Ingestor? _ingestor;

    /// <summary>What one uploaded document may cost (ADR-029).</summary>
    public DocumentLimits Limits { get; init; } = DocumentLimits.Default;

    /// <summary>Keeps the uploaded file under <c>uploads/HASH/NAME</c> (so its path stays valid for a retry) and
    /// ingests every document in it; each outcome comes back, failures with their diagnostic. A file from which no
    /// document could be stored is not kept, and neither is one whose upload was cancelled (<paramref name="cancel"/>
    /// is the request's: a client that leaves stops the ingest, and the document in hand is rolled back).</summary>
    public async Task<(string Path, IReadOnlyList<IngestOutcome> Outcomes, IReadOnlyList<string> ReadErrors)> IngestAsync(string fileName, byte[] bytes, CancellationToken cancel)
    {
        var folder = Path.Combine(uploadFolder, Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]);
        var path = Path.Combine(folder, SafeFileName(fileName));
        var outcomes = new List<IngestOutcome>();
        bool written = false, kept = false;
        try
        {
            await _turn.WaitAsync(cancel); // two uploads of the same file would otherwise write the same path at once
            try
            {
                kept = File.Exists(path); // an earlier upload of the same file keeps it, whatever becomes of this one
                OwnerOnly.CreateFolder(folder);
                written = true;
                await using (var file = OwnerOnly.Create(path)) await file.WriteAsync(bytes, cancel);
            }
            finally { _turn.Release(); }
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            budget.CancelAfter(Limits.TimeBudget);
            ReadOutcome read;
            try { read = DocumentReader.Read(path, bytes, Limits, budget.Token); }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested) { read = new ReadOutcome(path, [], [$"{path}: {Limits.TimeRefusal("reading")}"]); }
            foreach (var document in read.Documents)
            {
                await _turn.WaitAsync(cancel);
                try { outcomes.Add(CurrentIngestor().Ingest(document, path, cancel)); }
                finally { _turn.Release(); }
            }
            kept |= outcomes.Any(o => o.Result != IngestResult.Failed);
            return (path, outcomes, read.Errors);
        }
        finally
        {
            if (written && !kept) Forget(path);
        }
    }

    /// <summary>Removes an upload that left nothing stored, and its folder when that is empty.</summary>
    private static void Forget(string path)
    {
        try
        {
            File.Delete(path);
            var folder = Path.GetDirectoryName(path)!;
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next upload of the same file to overwrite.
        }
    }

    /// <summary>Runs one review decision in the writer's turn, then drops the ingestor so the next upload sees it.</summary>
    public async Task<T> DecideAsync<T>(Func<ReviewDesk, AlertStore, T> decision, CancellationToken cancel)
    {
        await _turn.WaitAsync(cancel);
        try
        {
            var (store, lists) = Open();
            var result = decision(new ReviewDesk(store, lists, clock), new AlertStore(store, clock));
            _ingestor = null;
            return result;
        }
        finally { _turn.Release(); }
    }

    private Ingestor CurrentIngestor()
    {
        if (_ingestor is not null) return _ingestor;
        var (store, lists) = Open();
        return _ingestor = Ingestor.WithAlerts(store, lists, _analyzer.Value, screener, clock, Limits);
    }

    private (KnowledgeStore, SqliteListStore) Open() =>
        (_store ??= KnowledgeStore.Open(databasePath, clock), _lists ??= SqliteListStore.Open(databasePath, clock));

    /// <summary>The file name without any folder part or character a file system would refuse.</summary>
    private static string SafeFileName(string name)
    {
        var bare = Path.GetFileName(name.Replace('\\', '/'));
        var safe = new string(bare.Select(c => Path.GetInvalidFileNameChars().Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim('.', ' ');
        return safe.Length == 0 ? "report.txt" : safe[..Math.Min(safe.Length, 120)];
    }

    public void Dispose()
    {
        _store?.Dispose();
        _lists?.Dispose();
        _turn.Dispose();
    }
}
