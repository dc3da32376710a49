using Sightline.Composition;
using Sightline.Jobs;
using Sightline.Lists;
using Sightline.Lists.Model;
using Sightline.Screening;
using Sightline.Screening.Persistence;
using Sightline.Storage;

namespace Sightline.Web;

/// <summary>What every request shares: the database path, the screening index over the active lists (read at start
/// from beside the database, or built and stored there, and replaced when the active lists change, here or in another
/// process: <see cref="ListReloader"/>), the list entries by list and id, and the one writer (uploads,
/// list imports and review decisions take turns, as SQLite has one writer at a time). Sightline itself is put together
/// by <see cref="SightlineBuilder"/>, as on the command line.</summary>
public sealed class ServerState : IDisposable
{
    /// <summary>How long a write waits for another writer (in this server or another process) before the request is
    /// answered 503 with Retry-After.</summary>
    public static readonly TimeSpan DefaultWriterWait = TimeSpan.FromSeconds(15);

    private volatile ActiveLists _lists;
    private readonly Lazy<IJobQueue?> _jobs;

    public ServerState(ServerOptions options, TimeProvider clock, TimeSpan? writerWait = null)
    {
        var databasePath = options.DatabasePath;
        DatabasePath = databasePath;
        Clock = clock;
        WriterWait = writerWait ?? DefaultWriterWait;
        var builder = new SightlineBuilder(databasePath)
            .UseClock(clock)
            .WaitForWriters(WriterWait, note: Console.Error.WriteLine)
            .UseScreeningIndex(lists => StoredScreeningIndex.Open(lists.Versions, lists.Entries, databasePath, note: Console.Error.WriteLine).Index)
            .UseTaggerModel(options.NerModelPath);
        Sightline = (options.Compose?.Invoke(builder) ?? builder).Build();
        _lists = Ready(Sightline.ActiveLists());
        Sightline.ListsChanged += lists => _lists = Ready(lists);
        Writer = new KnowledgeWriter(Sightline, options.UploadFolder, WriterWait) { Limits = options.Limits };
        if (options.QueueUploads && StoreAddress.Parse(databasePath) is not PostgresAddress)
            throw new ArgumentException("uploads are queued for workers only on a PostgreSQL database");
        QueuesUploads = options.QueueUploads;
        // Opened on first use: Hangfire makes its schema in the database then, not when a server starts.
        _jobs = new(() => StoreAddress.Parse(databasePath) is PostgresAddress ? JobEngine.Open(databasePath) : null);
        Limits = options.Limits;
    }

    public string DatabasePath { get; }
    public TimeProvider Clock { get; }
    public TimeSpan WriterWait { get; }

    /// <summary>Sightline as every host puts it together; only the <see cref="Writer"/> uses it, one turn at a time.</summary>
    internal SightlinePipeline Sightline { get; }

    /// <summary>The list versions whose index and entries requests use now.</summary>
    public IReadOnlyList<ListVersion> ListVersions => _lists.Versions;

    /// <summary>The lists served now, whole: a request that reads more than one of their parts (the list names, the
    /// screener, the entries) takes them from one <see cref="Served"/>, so a reload in between cannot mix two sets.</summary>
    public ActiveLists Served => _lists;

    /// <summary>Hands <paramref name="lists"/>, read by another connection off the request path, to the requests that
    /// start from now on; those under way finish with the lists they began with.</summary>
    internal void Serve(ActiveLists lists) => _lists = Ready(lists);

    public Screener Screener => _lists.Screener;
    public IReadOnlySet<string> Lists => _lists.Names;
    public KnowledgeWriter Writer { get; }

    /// <summary>The background jobs of the database; null on a SQLite file, which holds none (ADR-043).</summary>
    public IJobQueue? Jobs => _jobs.Value;

    /// <summary>Whether uploads become jobs for the workers (<see cref="ServerOptions.QueueUploads"/>).</summary>
    public bool QueuesUploads { get; }

    /// <summary>What one uploaded document may cost; its file size limit is the upload limit.</summary>
    public Sightline.Documents.DocumentLimits Limits { get; }

    public ListEntry? Entry(string list, string id) => _lists.Entry(list, id);

    /// <summary>The lists with everything requests read from them built, before requests see them (what is built later
    /// would read through the writer's connection).</summary>
    private static ActiveLists Ready(ActiveLists lists)
    {
        _ = lists.Screener;
        _ = lists.Entry("", "");
        _ = lists.Names;
        return lists;
    }

    public void Dispose()
    {
        Writer.Dispose();
        Sightline.Dispose();
    }
}
