using Sightline.Analysis;
using Sightline.Knowledge.Resolution;

namespace Sightline.Knowledge.Ingest;

/// <summary>The lists as the ingestor reads them, asked again for each document: the analyzer whose gazetteer holds the
/// lists' names, and the linker that screens entities against them. A host whose lists can change during a run (another
/// process imports a version) answers with the ones active now (ADR-028).</summary>
public interface IIngestLists
{
    DocumentAnalyzer Analyzer();

    /// <summary>Asked inside the writer's turn, where the active lists cannot change.</summary>
    ListLinker Linker();
}
