using Sightline.Jobs.Hangfire;
using Sightline.Storage;

namespace Sightline.Jobs;

/// <summary>
/// Where hosts get the job queue and run a worker: the engine is Hangfire with its PostgreSQL storage, in the
/// <c>hangfire</c> schema of the database that holds the knowledge base (ADR-043). A SQLite database holds no jobs:
/// workers on several machines need a database they all reach.
/// </summary>
public static class JobEngine
{
    /// <summary>The job queue of the database at <paramref name="address"/>.</summary>
    /// <exception cref="JobsUnavailableException">The database is a SQLite file.</exception>
    public static IJobQueue Open(string address, JobSettings? settings = null) =>
        new HangfireJobQueue(HangfireStorage.Open(Postgres(address), settings ?? JobSettings.Default));

    /// <summary>Runs a worker taking jobs from the database at <paramref name="address"/> with
    /// <paramref name="workers"/> jobs at a time until <paramref name="stop"/> is cancelled; then the jobs in hand are
    /// given the time they need to finish (or are given back to the queue) before it returns.</summary>
    public static Task RunWorkerAsync(string address, JobWork work, int workers, JobSettings? settings, Action<string> note, CancellationToken stop) =>
        HangfireWorker.RunAsync(HangfireStorage.Open(Postgres(address), settings ?? JobSettings.Default), work, workers, note, stop);

    private static PostgresAddress Postgres(string address) => StoreAddress.Parse(address) as PostgresAddress
        ?? throw new JobsUnavailableException(
            $"{StoreAddress.Parse(address).Display} is a SQLite file: background jobs and workers need a PostgreSQL database that every worker reaches " +
            "(--db postgres://…; sightline db copy moves a SQLite base there). On SQLite, sightline ingest and sightline serve do the same work in process.");
}
