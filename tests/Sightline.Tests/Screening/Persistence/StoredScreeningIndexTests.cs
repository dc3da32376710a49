using System.Text;
using System.Text.Json;
using Sightline.Export;
using Sightline.Lists.Formats;
using Sightline.Lists.Formats.Ofac;
using Sightline.Lists.Import;
using Sightline.Lists.Model;
using Sightline.Screening;
using Sightline.Screening.Contracts;
using Sightline.Screening.Persistence;
using Sightline.Tests.Support;
using Sightline.Web;

namespace Sightline.Tests.Screening.Persistence;

/// <summary>The screening index stored beside the database: the same results read back as built, rebuilt when a list
/// changes, and rebuilt with one note (never a crash) when the file is damaged, of another format or cannot be written.</summary>
public sealed class StoredScreeningIndexTests : IDisposable
{
    private readonly StoreFixture _fx = new(TemplateDatabase.OfacConsolidated); // the consolidated list, imported once a run
    private readonly List<string> _notes = [];

    public void Dispose() => _fx.Dispose();

    private string IndexPath => StoredScreeningIndex.PathFor(_fx.DatabasePath);

    private void ImportConsolidated(string folder) =>
        Assert.IsType<ImportOutcome.Imported>(_fx.Importer.Import(new OfacCsvListReader(folder, OfacFileSet.Consolidated)));

    private StoredIndexOpening Open()
    {
        _notes.Clear();
        return StoredScreeningIndex.Open(_fx.Store, _fx.DatabasePath, note: _notes.Add);
    }

    [Fact, Trait("Speed", "Slow")]
    public void LoadedIndex_HoldsTheSameDataAndScreensExactlyLikeTheBuiltOne()
    {
        foreach (var reader in ListReaders.Open(Repository.UnFile)) _fx.Importer.Import(reader); // original-script names too
        var built = Open();
        Assert.True(built.Built);
        Assert.Contains("none is stored for this database yet", Assert.Single(_notes));
        Assert.True(File.Exists(IndexPath));
        Assert.Equal(new FileInfo(IndexPath).Length, built.FileBytes);

        var loaded = Open();
        Assert.False(loaded.Built);
        Assert.Empty(_notes);
        var description = Describe(built.Index.ToData());
        Assert.All(new[] { "\"TokenIds\":[", "\"Keys\":[", "\"Optional\":", "\"BirthDates\":[", "\"Postings\":[[" }, part => Assert.Contains(part, description));
        Assert.Equal(description, Describe(loaded.Index.ToData()));

        var entries = _fx.Store.ActiveVersions().SelectMany(v => _fx.Store.Entries(v.Id)).ToList();
        var inMemory = new Screener(ScreeningIndex.Build(entries));
        var fromBuilt = new Screener(built.Index);
        var fromFile = new Screener(loaded.Index);
        var queries = Queries(entries).ToList();
        Assert.True(queries.Count > 1000, $"only {queries.Count} queries");
        var found = 0;
        foreach (var query in queries)
        {
            var expected = Results(inMemory, query);
            Assert.Equal(expected, Results(fromBuilt, query));
            Assert.Equal(expected, Results(fromFile, query));
            if (expected.Contains("\"match\":true", StringComparison.Ordinal)) found++;
        }
        Assert.True(found > queries.Count / 3, $"only {found} of {queries.Count} queries matched: the comparison says little");
    }

    [Fact]
    public void ListImport_MakesTheNextOpenRebuild_WithTheNewEntry()
    {
        Open();
        var copy = _fx.Files.CopyFolder(Repository.ConsFolder, "cons-v2");
        OfacFiles.EditLines(Path.Combine(copy, "cons_prim.csv"), lines => lines
            .Append("99001,\"VELTHANOR, Oskarine Bruvik\",\"individual\",\"NS-PLC\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1971.\""));
        _fx.Clock.Advance(TimeSpan.FromDays(1));
        ImportConsolidated(copy);

        var rebuilt = Open();
        Assert.True(rebuilt.Built);
        Assert.Contains("the lists changed (us_ofac_cons is now version 2)", Assert.Single(_notes));
        var top = new Screener(rebuilt.Index).Screen(new ScreeningQuery("Oskarine Velthanor"))[0];
        Assert.Equal(("us_ofac_cons", "99001"), (top.Entry.List, top.Entry.Id));
        Assert.True(top.Match);

        Assert.False(Open().Built);
        Assert.Empty(_notes);
    }

    public static TheoryData<string> Damages => ["one payload byte changed", "cut in half", "bytes appended", "empty", "not an index", "another format"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void DamagedOrForeignFile_IsRebuiltWithOneNote(string damage)
    {
        var expected = Describe(Open().Index.ToData());
        var bytes = File.ReadAllBytes(IndexPath);
        switch (damage)
        {
            case "one payload byte changed": bytes[bytes.Length * 2 / 3] ^= 0x5A; break;
            case "cut in half": bytes = bytes[..(bytes.Length / 2)]; break;
            case "bytes appended": bytes = [.. bytes, 1, 2, 3]; break;
            case "empty": bytes = []; break;
            case "not an index": bytes = Encoding.UTF8.GetBytes("SQLite format 3\0 and so on"); break;
            case "another format": BitConverter.GetBytes(ScreeningIndexFile.FormatVersion + 1).CopyTo(bytes, 8); break;
        }
        File.WriteAllBytes(IndexPath, bytes);

        var rebuilt = Open();
        Assert.True(rebuilt.Built);
        var note = Assert.Single(_notes);
        Assert.StartsWith($"Screening index: the stored one ({IndexPath}) is not used: ", note);
        Assert.DoesNotContain('\n', note);
        Assert.Equal(expected, Describe(rebuilt.Index.ToData()));
        Assert.False(Open().Built);
    }

    [Fact]
    public void WholeFileWhoseDataMakesNoIndex_IsRebuiltWithOneNote()
    {
        var data = Open().Index.ToData();
        var twice = data with { Tokens = [.. data.Tokens.Take(data.Tokens.Length - 1), data.Tokens[0]] }; // two tokens alike
        ScreeningIndexFile.Write(IndexPath, ScreeningIndexKey.For(_fx.Store.ActiveVersions()), twice);

        var rebuilt = Open();
        Assert.True(rebuilt.Built);
        Assert.Contains("is not used: it is damaged", Assert.Single(_notes));
        Assert.Equal(Describe(data), Describe(rebuilt.Index.ToData()));
    }

    [Fact]
    public void IndexPathTaken_ScreensWithTheIndexInMemory_AndSaysItCouldNotStoreIt()
    {
        Directory.CreateDirectory(IndexPath);
        var opening = Open();
        Assert.True(opening.Built);
        Assert.Equal(0, opening.FileBytes);
        Assert.Equal(2, _notes.Count);
        Assert.StartsWith($"Screening index: could not store it at {IndexPath}", _notes[1]);
        Assert.NotEmpty(new Screener(opening.Index).Screen(new ScreeningQuery("Haniya Ismail")));
        Assert.DoesNotContain(Directory.GetFiles(_fx.Files.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Writing_LeavesNoTemporaryFileBehind()
    {
        Open();
        Open();
        File.Delete(IndexPath);
        Open();
        Assert.True(File.Exists(IndexPath));
        Assert.DoesNotContain(Directory.GetFiles(_fx.Files.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Server_StoresTheIndexAtStart_AndReadsItAtTheNextStart()
    {
        var options = new ServerOptions(_fx.DatabasePath, [SightlineServer.DefaultUrl], "test-reviewer", "unused.model", _fx.Files.File("uploads"));
        using (var first = new ServerState(options, _fx.Clock))
            Assert.NotEmpty(first.Screener.Screen(new ScreeningQuery("Haniya Ismail")));
        Assert.True(File.Exists(IndexPath));

        var marked = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc); // a rebuilt file would be written anew
        File.SetLastWriteTimeUtc(IndexPath, marked);
        using (var second = new ServerState(options, _fx.Clock))
            Assert.NotEmpty(second.Screener.Screen(new ScreeningQuery("Haniya Ismail")));
        Assert.Equal(marked, File.GetLastWriteTimeUtc(IndexPath));
    }

    /// <summary>Queries made from the entries themselves: every fifth entry's names as written (Latin and original
    /// script), reordered, with a letter dropped, cut to the first word, and with the entry's birth year and a country.</summary>
    private static IEnumerable<ScreeningQuery> Queries(IReadOnlyList<ListEntry> entries)
    {
        for (var i = 0; i < entries.Count; i += 5)
        {
            var entry = entries[i];
            foreach (var name in entry.Names.Take(3))
            {
                var words = name.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                yield return new ScreeningQuery(name.Text);
                if (words.Length > 1) yield return new ScreeningQuery(string.Join(' ', words.Reverse()));
                var longest = words.MaxBy(w => w.Length)!;
                if (longest.Length > 5) yield return new ScreeningQuery(name.Text.Replace(longest, longest.Remove(longest.Length / 2, 1)));
                yield return new ScreeningQuery(words[0]);
            }
            yield return new ScreeningQuery(entry.Name, entry.Schema, entry.BirthDates.FirstOrDefault()?.From, i % 2 == 0 ? "Iraq" : "Syria");
        }
    }

    private static string Results(Screener screener, ScreeningQuery query)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
            JsonSerializer.Serialize(json, ScreeningAnswerJson.Of(query.Name, screener.Screen(query)), CoreJsonContext.Default.ScreeningAnswerJson);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The index's data as JSON: every public property of every element, those added later included, so that
    /// two indexes compare by content and a field the file forgets to keep shows as a difference.</summary>
    private static string Describe(ScreeningIndexData data) => JsonSerializer.Serialize(data);
}
