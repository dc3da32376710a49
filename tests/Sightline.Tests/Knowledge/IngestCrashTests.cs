using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Ingest;
using Sightline.Tests.Support;

namespace Sightline.Tests.Knowledge;

/// <summary>
/// An <c>ingest</c> process killed with SIGKILL part-way through a batch leaves a consistent database, and running the
/// same command again finishes the batch with the same result as a run that was never interrupted.
/// </summary>
public sealed class IngestCrashTests : IDisposable
{
    private const int Reports = 80;
    private const int CommittedBeforeKill = 20;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact, Trait("Speed", "Slow")]
    public async Task A_killed_ingest_leaves_a_consistent_database_and_a_rerun_completes_it()
    {
        var cancel = TestContext.Current.CancellationToken;
        var corpus = _temp.File("corpus");
        new ReportGenerator(BundledScreening.Entries, seed: 7).Write(corpus, Reports);
        // Both start from the bundled lists, so the time goes to the ingest that is killed, resumed and compared.
        var killed = TemplateDatabase.CopyTo(_temp.File("killed.db"));
        var clean = TemplateDatabase.CopyTo(_temp.File("clean.db"));

        var committedAtKill = await KillIngestPartWay(killed, corpus, cancel);
        Assert.InRange(committedAtKill, 1, Reports - 1);

        using (var connection = Open(killed))
        {
            Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
            Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
            // Every stored document is whole: none is stored without its claims, no claim or event outlives its document.
            Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM kb_documents d WHERE d.status = 'ingested' AND NOT EXISTS (SELECT 1 FROM kb_mentions m WHERE m.document_key = d.key)"));
            Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM kb_claims c WHERE NOT EXISTS (SELECT 1 FROM kb_documents d WHERE d.key = c.document_key)"));
            Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM kb_events e WHERE NOT EXISTS (SELECT 1 FROM kb_event_claims ec WHERE ec.event_id = e.id)"));
        }

        var rerun = await InProcessCli.RunAsync("ingest", corpus, "--db", killed);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Contains($"{Reports - committedAtKill:N0} added", rerun.Output);
        Assert.Equal(0, (await InProcessCli.RunAsync("ingest", corpus, "--db", clean)).ExitCode);

        using var resumed = Open(killed);
        using var uninterrupted = Open(clean);
        Assert.Equal((long)Reports, Scalar(resumed, "SELECT COUNT(*) FROM kb_documents WHERE status = 'ingested'"));
        Assert.Equal(Ids(uninterrupted, "kb_claims"), Ids(resumed, "kb_claims"));
        Assert.Equal(Scalar(uninterrupted, "SELECT COUNT(*) FROM kb_events"), Scalar(resumed, "SELECT COUNT(*) FROM kb_events"));
    }

    /// <summary>Starts <c>sightline ingest</c>, waits until some documents are committed, kills the process with
    /// SIGKILL, and answers how many documents were committed when it died.</summary>
    private static async Task<long> KillIngestPartWay(string database, string corpus, CancellationToken cancel)
    {
        using var process = Process.Start(ProgramStart.For(["ingest", corpus, "--db", database]))!;
        _ = process.StandardOutput.ReadToEndAsync(cancel);
        _ = process.StandardError.ReadToEndAsync(cancel);
        var deadline = Stopwatch.StartNew();
        while (Committed(database) < CommittedBeforeKill && !process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2)) await Task.Delay(25, cancel);
        Assert.False(process.HasExited, "ingest finished before it could be killed; give it a larger corpus");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(cancel);
        return Committed(database);
    }

    private static long Committed(string database)
    {
        try
        {
            using var connection = Open(database);
            return (long)Scalar(connection, "SELECT COUNT(*) FROM kb_documents")!;
        }
        catch (SqliteException)
        {
            return 0; // the lists are still being imported: the knowledge-base tables may not exist yet
        }
    }

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<string> Ids(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id FROM {table} ORDER BY id";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
