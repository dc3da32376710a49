using System.Collections.Concurrent;
using System.Text.Json;
using Npgsql;
using Sightline.Lists;

namespace Sightline.Storage.Postgres;

/// <summary>
/// The list change feed of a PostgreSQL database (ADR-042): a connection of its own (not pooled) that
/// <c>LISTEN</c>s on <see cref="PostgresListNotice.Channel"/> and hands on each notice. When the connection drops (the
/// server restarted, the backend was terminated, the network went away) it connects again, waiting 0.5 s, then twice as
/// long each time up to 30 s, and then signals once, since a change may have been committed while nobody listened. A
/// connection quiet for <see cref="QuietCheck"/> is checked with a query, so a silently dead one is found.
/// </summary>
public sealed class PostgresListChangeFeed : IListChangeFeed
{
    /// <summary>The application name the feed's connection shows in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "sightline list feed";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan QuietCheck = TimeSpan.FromSeconds(30);

    private readonly string _connectionString;
    private readonly string _shown;
    private readonly TimeProvider _clock;
    private readonly Action<string>? _note;
    private readonly ConcurrentQueue<ListChangeSignal> _notices = new();
    private NpgsqlConnection? _connection;
    private bool _lost;

    private PostgresListChangeFeed(PostgresAddress address, TimeProvider clock, Action<string>? note)
    {
        _connectionString = new NpgsqlConnectionStringBuilder(address.ConnectionString) { Pooling = false, ApplicationName = ApplicationName }.ConnectionString;
        _shown = address.Display;
        _clock = clock;
        _note = note;
    }

    /// <summary>Starts listening on the database at <paramref name="address"/> before returning, so that a change
    /// committed after this call is signalled; when the database cannot be reached now, the feed keeps trying and signals
    /// once it listens. <paramref name="note"/> receives a line when the connection is lost or comes back.</summary>
    public static PostgresListChangeFeed Open(PostgresAddress address, TimeProvider clock, Action<string>? note = null)
    {
        var feed = new PostgresListChangeFeed(address, clock, note);
        try { feed.ListenAsync(CancellationToken.None).GetAwaiter().GetResult(); }
        catch (Exception e) when (IsConnectionFailure(e)) { feed.Lost(e); }
        return feed;
    }

    public async Task<ListChangeSignal> NextAsync(CancellationToken cancel)
    {
        while (true)
        {
            if (_notices.TryDequeue(out var notice)) return notice;
            if (_connection is null)
            {
                await ListenAgainAsync(cancel);
                return new ListChangeSignal("listening again after the connection was lost (a change may have been missed)");
            }
            try
            {
                if (!await _connection.WaitAsync(QuietCheck, cancel)) await PingAsync(_connection, cancel);
            }
            catch (Exception e) when (IsConnectionFailure(e) && !cancel.IsCancellationRequested)
            {
                Lost(e);
            }
        }
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _connection = null;
    }

    private async Task ListenAsync(CancellationToken cancel)
    {
        var connection = new NpgsqlConnection(_connectionString);
        connection.Notification += (_, e) => _notices.Enqueue(new ListChangeSignal(Describe(e.Payload)));
        try
        {
            await connection.OpenAsync(cancel);
            await using var listen = new NpgsqlCommand($"LISTEN {PostgresListNotice.Channel}", connection);
            await listen.ExecuteNonQueryAsync(cancel);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        _connection = connection;
    }

    /// <summary>Connects and listens again, waiting longer after each failure.</summary>
    private async Task ListenAgainAsync(CancellationToken cancel)
    {
        var wait = FirstRetry;
        while (true)
        {
            await Task.Delay(wait, _clock, cancel);
            try
            {
                await ListenAsync(cancel);
                if (_lost) _note?.Invoke($"List changes: listening on {_shown} again.");
                _lost = false;
                return;
            }
            catch (Exception e) when (IsConnectionFailure(e) && !cancel.IsCancellationRequested)
            {
                wait = wait * 2 < LongestRetry ? wait * 2 : LongestRetry;
                _note?.Invoke($"List changes: cannot listen on {_shown} ({e.Message}); trying again in {wait.TotalSeconds:0.#} s.");
                _lost = true;
            }
        }
    }

    private void Lost(Exception e)
    {
        _connection?.Dispose();
        _connection = null;
        _lost = true;
        _note?.Invoke($"List changes: the connection to {_shown} was lost ({e.Message}); listening again.");
    }

    private static async Task PingAsync(NpgsqlConnection connection, CancellationToken cancel)
    {
        await using var ping = new NpgsqlCommand("SELECT 1", connection);
        await ping.ExecuteScalarAsync(cancel);
    }

    private static bool IsConnectionFailure(Exception e) =>
        e is NpgsqlException or IOException or InvalidOperationException or TimeoutException or OperationCanceledException;

    /// <summary>The notice in words: <c>notified: ofac-sdn version 12</c>.</summary>
    private static string Describe(string payload)
    {
        try
        {
            var notice = JsonDocument.Parse(payload).RootElement;
            return $"notified: {notice.GetProperty("list").GetString()} version {notice.GetProperty("version").GetInt64()}";
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return $"notified: {payload}";
        }
    }
}
