using Sightline.Alerts;
using Sightline.Analysis;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Resolution;
using Sightline.Knowledge.Status;
using Sightline.Knowledge.Storage;

namespace Sightline.Composition;

/// <summary>The lists an ingestor reads, and the alert rules that read them, made again when the active lists changed.</summary>
internal sealed class CurrentLists(SightlinePipeline sightline) : IIngestLists, IDocumentRules
{
    private ActiveLists? _for;
    private ListLinker? _linker;
    private MeetingAlerts? _rules;

    public DocumentAnalyzer Analyzer() => sightline.ActiveLists().Analyzer;

    public ListLinker Linker() => Current().Linker;

    public int AfterDocument(IKnowledgeUnitOfWork work, string documentKey, IEnumerable<string> touched) => Current().Rules.AfterDocument(work, documentKey, touched);

    private (ListLinker Linker, MeetingAlerts Rules) Current()
    {
        var active = sightline.ActiveLists();
        if (!ReferenceEquals(active, _for) || _linker is null || _rules is null)
        {
            var (store, lists) = (sightline.Store, sightline.Lists);
            _linker = new ListLinker(active.Screener, lists);
            _rules = new MeetingAlerts(store, sightline.Alerts(), new EventReader(store, new SanctionsReader(store, lists)));
            _for = active;
        }
        return (_linker, _rules);
    }
}
