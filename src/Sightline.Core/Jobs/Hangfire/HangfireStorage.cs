using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Sightline.Storage;

namespace Sightline.Jobs.Hangfire;

/// <summary>Hangfire's PostgreSQL storage in the <c>hangfire</c> schema of Sightline's database, made on first use by
/// Hangfire itself (not a Sightline migration). A job a worker took is hidden from other workers while the worker reports
/// on it (a sliding invisibility timeout), and taken up by another once it has not for <see cref="JobSettings.DeadWorkerAfter"/>.
/// Hangfire's distributed locks (held for the moment of a job's state change) are kept in a table; a lock left by a worker
/// that died holding it is removed after the same time, not the storage's default of 10 minutes, during which the job it
/// guards could not change state on any other worker (ADR-043 amendment).</summary>
internal static class HangfireStorage
{
    public const string Schema = "hangfire";

    public static PostgreSqlStorage Open(PostgresAddress address, JobSettings settings)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            PrepareSchemaIfNecessary = true,
            InvisibilityTimeout = settings.DeadWorkerAfter,
            UseSlidingInvisibilityTimeout = true,
            DistributedLockTimeout = settings.DeadWorkerAfter,
            QueuePollInterval = settings.PollInterval,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(address.ConnectionString, options), options);
    }
}
