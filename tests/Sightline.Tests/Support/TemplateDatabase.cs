using Microsoft.Extensions.Time.Testing;
using Sightline.Knowledge;
using Sightline.Lists.Import;
using Sightline.Screening.Persistence;
using Sightline.Storage.Sqlite;

namespace Sightline.Tests.Support;

/// <summary>A database with the bundled lists imported (at <see cref="ImportedAt"/>), the knowledge-base tables and the
/// stored screening index beside it, made once per test run and copied for each test that needs a fresh store with the
/// lists: importing them costs seconds, a copy milliseconds. Each copy is a file of its own, so tests stay
/// independent.</summary>
public static class TemplateDatabase
{
    /// <summary>The clock's time when the lists were imported; <see cref="StoreFixture"/>'s clock starts there.</summary>
    public static readonly DateTimeOffset ImportedAt = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the template to <paramref name="path"/>, with its stored screening index unless
    /// <paramref name="withIndex"/> is false, and returns the path.</summary>
    public static string CopyTo(string path, bool withIndex = true)
    {
        File.Copy(Template.Value, path);
        if (withIndex) File.Copy(StoredScreeningIndex.PathFor(Template.Value), StoredScreeningIndex.PathFor(path));
        return path;
    }

    private static string Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sightline-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(folder);
        var path = Path.Combine(folder, "template.db");
        var clock = new FakeTimeProvider(ImportedAt);
        using (var lists = SqliteListStore.Open(path, clock))
        {
            var importer = new ListImporter(lists, clock);
            foreach (var reader in BundledLists.Open(Repository.Lists)) Assert.IsType<ImportOutcome.Imported>(importer.Import(reader));
            using (KnowledgeStore.Open(path, clock)) { }
            StoredScreeningIndex.Open(lists, path);
            Assert.True(File.Exists(StoredScreeningIndex.PathFor(path)), "the template's screening index was not stored");
        }
        // Closing the last connection checkpoints the write-ahead log into the file; a copy must not miss a page.
        if (File.Exists(path + "-wal")) throw new InvalidOperationException($"{path}-wal is left after closing the template; a copy would miss its pages");
        return path;
    }

    private static void Delete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
