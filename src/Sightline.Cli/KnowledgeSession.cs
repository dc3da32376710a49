using Sightline.Cli.Commands;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Resolution;
using Sightline.Screening;

namespace Sightline.Cli;

/// <summary>The knowledge base next to the lists in the same database file, and what ingesting and asking need.</summary>
internal sealed class KnowledgeSession : IDisposable
{
    private KnowledgeSession(CliSession lists, KnowledgeStore store)
    {
        Lists = lists;
        Store = store;
    }

    public CliSession Lists { get; }
    public KnowledgeStore Store { get; }

    public static KnowledgeSession Open(System.CommandLine.ParseResult result)
    {
        var lists = CliSession.Open(result);
        return new KnowledgeSession(lists, KnowledgeStore.Open(lists.DatabasePath, lists.Clock));
    }

    /// <summary>An ingestor over the active lists (the bundled ones on a fresh database), with the stored entities loaded.</summary>
    public Ingestor Ingestor()
    {
        var analyzer = ReportFiles.Analyzer(Lists);
        var screener = new Screener(ScreeningIndexLoader.FromStore(Lists.Store));
        var entities = EntityIndex.Load(Store.Connection, screener.Index.Weight);
        return new Ingestor(Store, analyzer, entities, new ListLinker(screener, Lists.Store), Lists.Clock);
    }

    public ProfileReader Profiles() => new(Store.Connection, Lists.Store);

    /// <summary>The entity a name or id means, or null after telling the user why not.</summary>
    public string? Resolve(string query, string command)
    {
        var found = EntityLookup.Find(Store.Connection, query);
        if (found.Count == 0)
        {
            Console.Error.WriteLine($"sightline {command}: no entity in the knowledge base is named \"{query}\" (ingest reports first: sightline ingest PATH)");
            return null;
        }
        if (found.Count > 1 && found[1].Score >= found[0].Score)
            Console.Error.WriteLine($"sightline {command}: \"{query}\" also names {string.Join(", ", found.Skip(1).Take(4).Select(f => $"{f.Name} ({f.Id})"))}; showing {found[0].Name} ({found[0].Id})");
        return found[0].Id;
    }

    public void Dispose()
    {
        Store.Dispose();
        Lists.Dispose();
    }
}
