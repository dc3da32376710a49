using Sightline.Cli;
using Sightline.Composition;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Lists.Formats;
using Sightline.Lists.Formats.FtM;
using Sightline.Lists.Import;
using Sightline.Storage;
using Sightline.Storage.Sqlite;
using Sightline.Tests.Support;

namespace Sightline.Tests.Storage;

/// <summary>Writers on one database take turns across threads and processes, and each refreshes what it cached from the
/// store inside its turn (ADR-028): concurrent ingests store what one run stores, a writer that waits says so once and
/// goes on, and "database is locked" never ends a batch.</summary>
public sealed class ConcurrentWriterTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string FirstReport = "Title: A broker in Antwerp\n\nOn April 2, 2025, Tomas Verhaegen, an arms broker, met Pieter Claessens in Antwerp.\n";
    private const string SecondReport = "Title: Talks in Rotterdam\n\nOn May 9, 2025, Tomas Verhaegen met the shipping agent Maarten Dekker in Rotterdam.\n";

    [Fact]
    public void A_person_another_writer_stored_meanwhile_is_found_again_not_made_twice()
    {
        using var knowledge = new KnowledgeFixture();
        using var other = KnowledgeFixture.For(knowledge.DatabasePath, knowledge.Clock).Build();
        // Both writers load the stored entities now, before either writes: each must see the other's person later.
        var first = knowledge.Ingestor;
        var second = other.Ingestor();

        Assert.Equal(IngestResult.Added, first.IngestFiles([knowledge.Files.Write("antwerp.txt", FirstReport)], TestContext.Current.CancellationToken).Single().Result);
        Assert.Equal(IngestResult.Added, second.IngestFiles([knowledge.Files.Write("rotterdam.txt", SecondReport)], TestContext.Current.CancellationToken).Single().Result);

        Assert.Equal(1L, EntitiesNamed(knowledge.Store, "Verhaegen"));
    }

    [Fact]
    public void A_list_another_writer_imports_during_a_run_is_screened_against_from_the_next_document()
    {
        using var knowledge = new KnowledgeFixture();
        var ingestor = knowledge.Ingestor; // in the middle of a run: a document stored before the import
        Assert.Equal(IngestResult.Added, ingestor.IngestFiles([knowledge.Files.Write("antwerp.txt", FirstReport)], TestContext.Current.CancellationToken).Single().Result);
        var list = knowledge.Files.Write("xx_test.ftm.json",
            """{"id": "T-3", "schema": "Person", "properties": {"name": ["Qais al-Khazali"], "nationality": ["iq"], "topics": ["sanction"]}}""" + "\n");
        // Another writer (its own connection) imports a list the ingestor has never seen.
        Assert.IsType<ImportOutcome.Imported>(knowledge.ListImporter.Import(new FtmJsonLinesReader(list, "xx_test", TemplateDatabase.ImportedAt)));

        var report = knowledge.Files.Write("baghdad.txt", "On June 3, 2025, the Iraqi militia leader Qais al-Khazali met Karim Haddad, a businessman, in Baghdad.\n");
        Assert.Equal(IngestResult.Added, ingestor.IngestFiles([report], TestContext.Current.CancellationToken).Single().Result);

        Assert.True((long)knowledge.Store.Connection.Scalar(null, "SELECT COUNT(*) FROM kb_links WHERE list = 'xx_test'")! > 0,
            "the new list's entry was not considered for the entity the report names");
    }

    [Fact]
    public void Two_ingests_at_once_store_the_entities_events_and_alerts_of_one_run()
    {
        using var once = new KnowledgeFixture(withSamples: true); // the samples ingested by one run
        using var knowledge = new KnowledgeFixture();
        using var other = KnowledgeFixture.For(knowledge.DatabasePath, knowledge.Clock).Build();
        var samples = Directory.GetFiles(Repository.Samples, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var ingestors = new[] { knowledge.Ingestor, other.Ingestor() };
        using var start = new Barrier(ingestors.Length);

        var outcomes = ingestors.AsParallel().WithDegreeOfParallelism(ingestors.Length)
            .SelectMany(ingestor =>
            {
                start.SignalAndWait(Cancel);
                return ingestor.IngestFiles(samples).ToList();
            }).ToList();

        Assert.DoesNotContain(outcomes, o => o.Result == IngestResult.Failed);
        Assert.Equal(samples.Length, outcomes.Count(o => o.Result == IngestResult.Added));
        Assert.Equal(Counts(once.Store), Counts(knowledge.Store));
    }

    [Fact]
    public async Task An_ingest_during_a_list_import_waits_says_so_once_and_succeeds()
    {
        using var knowledge = new KnowledgeFixture();
        var report = knowledge.Files.Write("antwerp.txt", FirstReport);
        var errorText = new StringWriter();
        var error = TextWriter.Synchronized(errorText);
        string Error() { lock (error) return errorText.ToString(); } // the synchronized writer locks on itself
        var output = new StringWriter();
        Task<int> ingest;
        using (new HeldWriter(() => OpenImport(knowledge.DatabasePath)))
        {
            ingest = Task.Run(() => SightlineApp.RunAsync(["ingest", report, "--db", knowledge.DatabasePath], new CommandStreams(output, error), Cancel), Cancel);
            await Until(() => Error().Contains("waiting for another writer", StringComparison.Ordinal) || ingest.IsCompleted);
            Assert.False(ingest.IsCompleted, $"the ingest ended while a list import held the database: {Error()}");
        }

        Assert.Equal(0, await ingest);
        Assert.Contains("1 added", output.ToString());
        Assert.Single(Error().Split('\n'), line => line.Contains("waiting for another writer on", StringComparison.Ordinal));
        Assert.DoesNotContain("locked", Error());
        Assert.Equal(1L, EntitiesNamed(knowledge.Store, "Verhaegen"));
    }

    [Fact]
    public void A_writer_with_a_bound_gives_up_with_nothing_written_and_the_batch_goes_on_after()
    {
        using var knowledge = new KnowledgeFixture();
        var notes = new List<string>();
        knowledge.Store.Writers = new WriterWait(TimeSpan.FromMilliseconds(200), notes.Add);
        var report = knowledge.Files.Write("antwerp.txt", FirstReport);
        using (new HeldWriter(() => WriterLock.Enter(knowledge.DatabasePath, WriterWait.Patient)))
            Assert.Throws<WriterBusyException>(() => knowledge.Ingest(report));
        Assert.Equal(0L, EntitiesNamed(knowledge.Store, "Verhaegen"));
        Assert.Single(notes);

        Assert.Equal(IngestResult.Added, knowledge.Ingest(report).Single().Result);
        Assert.Equal(1L, EntitiesNamed(knowledge.Store, "Verhaegen"));
    }

    [Fact, Trait("Speed", "Slow")]
    public async Task Two_ingest_processes_at_once_store_what_one_process_stores()
    {
        using var folder = new TempFolder();
        var single = TemplateDatabase.CopyTo(folder.File("single.db"));
        var shared = TemplateDatabase.CopyTo(folder.File("shared.db"));
        // The two processes share a database; the run they are compared with is the same command line in the test
        // process (ADR-025), which costs no third runtime start.
        var runs = new[] { shared, shared }.Select(db => CliRunner.RunAsync("ingest", Repository.Samples, "--db", db)).ToArray();
        var alone = await InProcessCli.RunAsync("ingest", Repository.Samples, "--db", single);
        var results = (await Task.WhenAll(runs)).Append(alone).ToList();

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        Assert.All(results, r => Assert.DoesNotContain("locked", r.Error));
        using var one = KnowledgeBase.Open(single, TimeProvider.System);
        using var two = KnowledgeBase.Open(shared, TimeProvider.System);
        Assert.Equal(Counts(one), Counts(two));
    }

    /// <summary>Entities, meeting events and alerts in the knowledge base.</summary>
    private static (long Entities, long Events, long Alerts) Counts(KnowledgeStore store) =>
        (Count(store, "kb_entities"), Count(store, "kb_events"), Count(store, "alerts"));

    private static long Count(KnowledgeStore store, string table) => (long)store.Connection.Scalar(null, $"SELECT COUNT(*) FROM {table}")!;

    private static long EntitiesNamed(KnowledgeStore store, string word) =>
        (long)store.Connection.Scalar(null, "SELECT COUNT(DISTINCT entity_id) FROM kb_names WHERE name LIKE $0", $"%{word}%")!;

    /// <summary>An import of a list begun on a connection of its own and left open: it holds the writer's turn.</summary>
    private static IDisposable OpenImport(string databasePath)
    {
        var lists = SqliteListStore.Open(databasePath, TimeProvider.System);
        var import = lists.BeginImport(new ListSource("xx_test", ListFormat.FtmJson, "test.ftm.json", null, "hash", []), DateTimeOffset.UtcNow);
        return new Both(import, lists);
    }

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var waited = TimeSpan.Zero; !condition() && waited < TimeSpan.FromMinutes(2); waited += TimeSpan.FromMilliseconds(50))
            await Task.Delay(50, Cancel);
    }
}
