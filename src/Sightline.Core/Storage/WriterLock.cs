using System.Collections.Concurrent;

namespace Sightline.Storage;

/// <summary>
/// One writer at a time on a database file, across the threads of a process and across processes: a monitor per file
/// inside the process, and an exclusive lock on the file <c>DATABASE-writer</c> beside it between processes (released by
/// the operating system when a process dies). Every write unit of the knowledge base and every list import holds it, so
/// a writer that cached what it read from the store can check, inside it, whether anyone else wrote since (ADR-028).
/// The lock is re-entrant on the thread that holds it, and belongs to that thread: give it back on the same thread, with
/// no <c>await</c> between taking and giving back (units of work are synchronous).
/// </summary>
public static class WriterLock
{
    private static readonly ConcurrentDictionary<string, Holder> Holders = new(StringComparer.Ordinal);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>The lock file beside <paramref name="databasePath"/>.</summary>
    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + "-writer";

    /// <summary>Takes the writer's turn on <paramref name="databasePath"/>, waiting as <paramref name="wait"/> says
    /// (telling it once when another writer holds the turn); throws <see cref="WriterBusyException"/> when its bound
    /// passes first, and <see cref="OperationCanceledException"/> when <paramref name="cancel"/> ends the wait. An
    /// in-memory database (<c>:memory:</c>) has one connection, so nothing to wait for.</summary>
    public static IDisposable Enter(string databasePath, WriterWait wait, CancellationToken cancel = default)
    {
        if (databasePath is "" or ":memory:") return Nothing.Instance;
        var path = PathFor(databasePath);
        var holder = Holders.GetOrAdd(path, _ => new Holder());
        var deadline = wait.Bound is { } bound ? DateTime.UtcNow + bound : DateTime.MaxValue;
        if (!Monitor.TryEnter(holder))
        {
            wait.Waiting(databasePath);
            if (!TryEnter(holder, deadline, cancel)) throw new WriterBusyException(databasePath, wait.Bound);
        }
        try
        {
            if (holder.Depth == 0) holder.File = OpenExclusive(path, databasePath, wait, deadline, cancel);
            holder.Depth++;
            return new Turn(holder);
        }
        catch
        {
            Monitor.Exit(holder);
            throw;
        }
    }

    /// <summary>Opens the lock file exclusively, polling while another process holds it.</summary>
    private static FileStream OpenExclusive(string path, string databasePath, WriterWait wait, DateTime deadline, CancellationToken cancel)
    {
        while (true)
        {
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                return new FileStream(path, options);
            }
            catch (IOException) when (File.Exists(path))
            {
                wait.Waiting(databasePath);
                if (DateTime.UtcNow >= deadline) throw new WriterBusyException(databasePath, wait.Bound);
                cancel.WaitHandle.WaitOne(Poll);
                cancel.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Waits for another thread of this process to give the turn back, until the deadline, looking at
    /// <paramref name="cancel"/> every <see cref="Poll"/>.</summary>
    private static bool TryEnter(Holder holder, DateTime deadline, CancellationToken cancel)
    {
        if (!cancel.CanBeCanceled) return Monitor.TryEnter(holder, Remaining(deadline));
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            var remaining = Remaining(deadline);
            if (Monitor.TryEnter(holder, remaining == Timeout.InfiniteTimeSpan || remaining > Poll ? Poll : remaining)) return true;
            if (DateTime.UtcNow >= deadline) return false;
        }
    }

    private static TimeSpan Remaining(DateTime deadline) =>
        deadline == DateTime.MaxValue ? Timeout.InfiniteTimeSpan : TimeSpan.FromTicks(Math.Max(0, (deadline - DateTime.UtcNow).Ticks));

    private sealed class Holder
    {
        public int Depth { get; set; }
        public FileStream? File { get; set; }
    }

    private sealed class Turn(Holder holder) : IDisposable
    {
        private bool _released;

        public void Dispose()
        {
            if (_released) return;
            _released = true;
            if (--holder.Depth == 0)
            {
                holder.File?.Dispose();
                holder.File = null;
            }
            Monitor.Exit(holder);
        }
    }

    private sealed class Nothing : IDisposable
    {
        public static readonly Nothing Instance = new();
        public void Dispose() { }
    }
}

/// <summary>How a writer waits for its turn: at most <see cref="Bound"/> (forever when null), telling
/// <see cref="Note"/> the first time it has to wait, once for the writer's life.</summary>
public sealed class WriterWait(TimeSpan? bound = null, Action<string>? note = null)
{
    private int _told;

    /// <summary>Waits as long as it takes, silently.</summary>
    public static WriterWait Patient => new();

    public TimeSpan? Bound { get; } = bound;
    public Action<string>? Note { get; } = note;

    internal void Waiting(string databasePath)
    {
        if (Interlocked.Exchange(ref _told, 1) == 0) Note?.Invoke($"waiting for another writer on {databasePath}…");
    }
}

/// <summary>Another writer held the database for longer than the writer could wait; nothing was written.</summary>
public sealed class WriterBusyException(string databasePath, TimeSpan? bound)
    : Exception($"another writer has held {databasePath} for more than {bound?.TotalSeconds:0.#} s; nothing was written, try again shortly")
{
    public string DatabasePath { get; } = databasePath;
}
