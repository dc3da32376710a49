using Microsoft.Extensions.DependencyInjection;
using Sightline.Composition;
using Sightline.Storage;

namespace Sightline.Web.Health;

/// <summary>Whether the server can answer searches: the screening index over the active lists loaded (the
/// <see cref="ServerState"/> built, which takes seconds on a fresh database) and the database readable with at least one
/// list in it. The state is built when first needed; <see cref="StartLoading"/> builds it in the background so that a
/// readiness probe never waits for it.</summary>
public sealed class ServerReadiness(IServiceProvider services, string databasePath)
{
    private readonly Lock _gate = new();
    private Task? _loading;
    private readonly TaskCompletionSource _whenLoaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _loaded;

    /// <summary>The screening index and the lists are loaded.</summary>
    public bool Loaded => _loaded;

    /// <summary>Completes once the screening index and the lists are loaded.</summary>
    public Task WhenLoaded => _whenLoaded.Task;

    /// <summary>Why loading failed, when it did.</summary>
    public string? LoadError => _loading is { IsFaulted: true } failed ? failed.Exception!.GetBaseException().Message : null;

    internal void MarkLoaded()
    {
        _loaded = true;
        _whenLoaded.TrySetResult();
    }

    /// <summary>Builds the server's state on a worker thread unless it is built or being built.</summary>
    public void StartLoading()
    {
        if (_loaded) return;
        lock (_gate) _loading ??= Task.Run(() => services.GetRequiredService<ServerState>());
    }

    /// <summary>Why the server is not ready, or null when it is: the database missing or unreadable, no list in it, or
    /// the index still loading.</summary>
    public string? NotReadyBecause(TimeProvider clock)
    {
        if (StoreAddress.Parse(databasePath) is { IsMissingFile: true } missing) return $"The database {missing.Display} does not exist.";
        try
        {
            using var lists = Stores.OpenLists(databasePath, clock);
            if (lists.ActiveVersions().Count == 0) return "No sanctions list is loaded: import one (sightline lists import, or POST /lists).";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"The database cannot be read: {e.Message}";
        }
        if (LoadError is { } error) return $"The screening index could not be loaded: {error}";
        if (!_loaded)
        {
            StartLoading();
            return "The screening index is loading.";
        }
        return null;
    }
}
