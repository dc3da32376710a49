using Microsoft.Extensions.Time.Testing;
using Sightline.Composition;
using Sightline.Knowledge;
using Sightline.Knowledge.Search;
using Sightline.Tests.Support;

namespace Sightline.Tests.Knowledge.Search;

/// <summary>Full-text search on the SQLite store (FTS5, migration 13).</summary>
public sealed class SqliteSearchTests : SearchContract
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void An_emptied_index_is_built_again_from_the_stored_reports_and_names()
    {
        string[] Answers() => [.. Store.Search.Documents(TextSearch.Parse("envoy halvard")!, 10).Select(d => d.Id!), .. Store.Search.Names(NameSearch.Parse("vossberg")!, 10).Select(h => h.EntityId)];
        var before = Answers();
        Store.Connection.Run(null, "DELETE FROM kb_search_documents; DELETE FROM kb_search_document_rows; DELETE FROM kb_search_name_rows");
        Assert.Empty(Answers());
        using (var work = Store.Begin(TestContext.Current.CancellationToken))
        {
            Store.Search.Reindex(work);
            work.Commit();
        }
        Assert.Equal(before, Answers());
    }

    public override void Dispose()
    {
        base.Dispose();
        _folder.Dispose();
    }

    protected override KnowledgeStore OpenEmpty() =>
        KnowledgeBase.Open(_folder.File("search.db"), new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)));
}
