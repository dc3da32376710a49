using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Sightline.Storage;

namespace Sightline.Jobs.Hangfire;

/// <summary>Hangfire's PostgreSQL storage in the <c>hangfire</c> schema of Sightline's database, made on first use by
/// Hangfire itself (not a Sightline migration). A job a worker took is hidden from other workers while the worker reports
/// on it (a sliding invisibility timeout), and taken up by another once it has not for <see cref="JobSettings.DeadWorkerAfter"/>.</summary>
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
            QueuePollInterval = settings.PollInterval,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(address.ConnectionString, options), options);
    }
}
