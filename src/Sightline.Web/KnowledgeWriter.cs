using System.Security.Cryptography;
using Sightline.Alerts;
using Sightline.Composition;
using Sightline.Documents;
using Sightline.Knowledge.Ingest;
using Sightline.Lists.Formats;
using Sightline.Lists.Import;
using Sightline.Review;
using Sightline.Storage;

namespace Sightline.Web;

/// <summary>
/// The server's one writer to the database. Uploads, list imports and review decisions take turns here, and each write
/// also waits its turn against writers in other processes (<see cref="WriterLock"/>); a turn not had within the
/// server's bound ends in <see cref="WriterBusyException"/>, which the server answers 503 with Retry-After. The ingestor
/// is built on first use and dropped after a review decision, which can merge, split or relink entities under it; it
/// reloads the entities itself when another process wrote, and takes up lists another process imported (ADR-028).
/// </summary>
public sealed class KnowledgeWriter(SightlinePipeline sightline, string uploadFolder, TimeSpan wait) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private Ingestor? _ingestor;

    /// <summary>Keeps the uploaded file under <c>uploads/HASH/NAME</c> (so its path stays valid for a retry) and
    /// ingests every document in it; each outcome comes back, failures with their diagnostic.</summary>
    public async Task<(string Path, IReadOnlyList<IngestOutcome> Outcomes, IReadOnlyList<string> ReadErrors)> IngestAsync(string fileName, byte[] bytes, CancellationToken cancel)
    {
        await TakeTurnAsync(cancel); // two uploads of the same file would otherwise write the same path at once
        try
        {
            var path = await KeepAsync(uploadFolder, fileName, bytes, cancel);
            var read = DocumentReader.Read(path, bytes);
            var ingestor = _ingestor ??= sightline.Ingestor();
            return (path, read.Documents.Select(d => ingestor.Ingest(d, path)).ToList(), read.Errors);
        }
        finally { _turn.Release(); }
    }

    /// <summary>Keeps the uploaded list file under <c>uploads/lists/HASH/NAME</c>, imports every list in it as a new
    /// version (a no-op when unchanged; refused when it looks cut short), and for each new version re-screens the
    /// knowledge base and reloads the names index, as <c>sightline lists import</c> does.</summary>
    /// <exception cref="ListFormatException">Nothing readable was found in the file.</exception>
    public async Task<IReadOnlyList<(ImportOutcome Outcome, ListRescreen? Rescreen)>> ImportListAsync(
        string fileName, byte[] bytes, ListFormat? format, string? list, DateTimeOffset? published, CancellationToken cancel)
    {
        await TakeTurnAsync(cancel);
        try
        {
            var path = await KeepAsync(Path.Combine(uploadFolder, "lists"), fileName, bytes, cancel);
            var importer = sightline.Importer();
            var outcomes = ListReaders.Open(path, format, list, published).Select(reader => importer.Import(reader)).ToList();
            var rescreens = sightline.AfterListImports(outcomes);
            return outcomes.Select(o => (o, o is ImportOutcome.Imported imported ? rescreens.FirstOrDefault(r => r.Version.Id == imported.Version.Id) : null)).ToList();
        }
        finally { _turn.Release(); }
    }

    /// <summary>Runs one review decision in the writer's turn, then drops the ingestor so the next upload sees it.</summary>
    public async Task<T> DecideAsync<T>(Func<ReviewDesk, AlertStore, T> decision, CancellationToken cancel)
    {
        await TakeTurnAsync(cancel);
        try
        {
            var result = decision(sightline.Review(), sightline.Alerts());
            _ingestor = null;
            return result;
        }
        finally { _turn.Release(); }
    }

    private async Task TakeTurnAsync(CancellationToken cancel)
    {
        if (!await _turn.WaitAsync(wait, cancel)) throw new WriterBusyException(sightline.DatabasePath, wait);
    }

    /// <summary>Writes the upload to <c>FOLDER/HASH/NAME</c> and answers the path.</summary>
    private static async Task<string> KeepAsync(string folder, string fileName, byte[] bytes, CancellationToken cancel)
    {
        var hashed = Path.Combine(folder, Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]);
        OwnerOnly.CreateFolder(hashed);
        var path = Path.Combine(hashed, SafeFileName(fileName));
        await using (var file = OwnerOnly.Create(path)) await file.WriteAsync(bytes, cancel);
        return path;
    }

    /// <summary>The file name without any folder part or character a file system would refuse.</summary>
    private static string SafeFileName(string name)
    {
        var bare = Path.GetFileName(name.Replace('\\', '/'));
        var safe = new string(bare.Select(c => Path.GetInvalidFileNameChars().Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim('.', ' ');
        return safe.Length == 0 ? "report.txt" : safe[..Math.Min(safe.Length, 120)];
    }

    public void Dispose() => _turn.Dispose();
}
