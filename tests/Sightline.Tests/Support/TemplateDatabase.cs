using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Sightline.Composition;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Lists.Formats.Ofac;
using Sightline.Lists.Import;
using Sightline.Screening.Persistence;
using Sightline.Storage.Sqlite;

namespace Sightline.Tests.Support;

/// <summary>Databases made once per test run and copied for each test that needs a fresh store with their contents:
/// the bundled lists imported (at <see cref="ImportedAt"/>) with the knowledge-base tables and the stored screening index
/// beside them; the same with the sample reports ingested; and the OFAC SDN set (undated or dated) or the OFAC consolidated
/// set alone. Making one costs seconds, a copy
/// milliseconds; each copy is a file of its own, so tests stay independent.</summary>
public static class TemplateDatabase
{
    /// <summary>The clock's time when the lists were imported; <see cref="StoreFixture"/>'s clock starts there.</summary>
    public static readonly DateTimeOffset ImportedAt = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<string> Folder = new(CreateFolder, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> ListsTemplate = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> SamplesTemplate = new(CreateWithSamples, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> OfacSdnTemplate = new(() => CreateOfac("ofac-sdn.db", Repository.SdnFolder, OfacFileSet.Sdn), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> DatedOfacSdnTemplate = new(() => CreateOfac("ofac-sdn-2021-07-07.db", Repository.SdnFolder, OfacFileSet.Sdn, DatedSdnPublished), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> OfacConsolidatedTemplate = new(() => CreateOfac("ofac-cons.db", Repository.ConsFolder, OfacFileSet.Consolidated), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The template with the bundled lists.</summary>
    public static string Lists => ListsTemplate.Value;

    /// <summary>The template with the bundled lists and the sample reports ingested as <see cref="KnowledgeFixture"/>
    /// ingests them.</summary>
    public static string ListsAndSamples => SamplesTemplate.Value;

    /// <summary>A list store holding the bundled OFAC SDN set alone, imported with the standard checks and no
    /// publication date given (version 1, active), and no screening index: what the import-check tests import over.</summary>
    public static string OfacSdn => OfacSdnTemplate.Value;

    /// <summary>The publication date <see cref="DatedOfacSdn"/> gives the SDN set.</summary>
    public static readonly DateTimeOffset DatedSdnPublished = new(2021, 7, 7, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A list store holding the bundled OFAC SDN set alone as <see cref="OfacSdn"/> does, but published on
    /// <see cref="DatedSdnPublished"/>: what the list-import tests import a second version over.</summary>
    public static string DatedOfacSdn => DatedOfacSdnTemplate.Value;

    /// <summary>A list store holding the bundled OFAC consolidated (non-SDN) set alone, imported as <see cref="OfacSdn"/>
    /// is, with no screening index: what the stored-index tests build their index from.</summary>
    public static string OfacConsolidated => OfacConsolidatedTemplate.Value;

    /// <summary>Copies the lists template to <paramref name="path"/>, with its stored screening index unless
    /// <paramref name="withIndex"/> is false, and returns the path.</summary>
    public static string CopyTo(string path, bool withIndex = true) => Copy(Lists, path, withIndex);

    /// <summary>Copies <paramref name="template"/> and its stored screening index, when it has one (<see cref="OfacSdn"/>
    /// and <see cref="OfacConsolidated"/> have none), to <paramref name="path"/>.</summary>
    public static string Copy(string template, string path, bool withIndex = true)
    {
        File.Copy(template, path);
        var index = StoredScreeningIndex.PathFor(template);
        if (withIndex && File.Exists(index)) File.Copy(index, StoredScreeningIndex.PathFor(path));
        return path;
    }

    private static string CreateFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sightline-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(folder);
        return folder;
    }

    private static string Create()
    {
        var path = Path.Combine(Folder.Value, "lists.db");
        var clock = new FakeTimeProvider(ImportedAt);
        using (var lists = SqliteListStore.Open(path, clock))
        {
            var importer = new ListImporter(lists, clock);
            foreach (var reader in BundledLists.Open(Repository.Lists)) Assert.IsType<ImportOutcome.Imported>(importer.Import(reader));
            using (KnowledgeBase.Open(path, clock)) { }
            StoredScreeningIndex.Open(lists, path);
            Assert.True(File.Exists(StoredScreeningIndex.PathFor(path)), "the template's screening index was not stored");
        }
        // Closing the last connection checkpoints the write-ahead log into the file; a copy must not miss a page.
        if (File.Exists(path + "-wal")) throw new InvalidOperationException($"{path}-wal is left after closing the template; a copy would miss its pages");
        return path;
    }

    private static string CreateOfac(string name, string folder, OfacFileSet files, DateTimeOffset? published = null)
    {
        var path = Path.Combine(Folder.Value, name);
        var clock = new FakeTimeProvider(ImportedAt);
        using (var lists = SqliteListStore.Open(path, clock))
            Assert.IsType<ImportOutcome.Imported>(new ListImporter(lists, clock).Import(new OfacCsvListReader(folder, files, published: published)));
        if (File.Exists(path + "-wal")) throw new InvalidOperationException($"{path}-wal is left after closing the template; a copy would miss its pages");
        return path;
    }

    private static string CreateWithSamples()
    {
        var path = Path.Combine(Folder.Value, "lists-and-samples.db");
        using (var knowledge = new KnowledgeFixture())
        {
            Assert.All(knowledge.IngestSamples(), outcome => Assert.Equal(IngestResult.Added, outcome.Result));
            // SQLite's backup copies every committed page, the write-ahead log's too, while the fixture's store is open.
            using var source = Open(knowledge.DatabasePath);
            using var target = Open(path);
            source.BackupDatabase(target);
        }
        File.Copy(StoredScreeningIndex.PathFor(Lists), StoredScreeningIndex.PathFor(path)); // the same lists: the same index
        return path;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Delete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
