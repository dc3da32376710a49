using Sightline.Analysis;
using Sightline.Analysis.Tagging;

namespace Sightline.Tests.Support;

/// <summary>The committed tagger model and an analyzer over the bundled lists, loaded once for the tests.</summary>
public static class BundledAnalysis
{
    private static readonly Lazy<NerModel> LazyModel = new(() => NerModel.Load(Path.Combine(Repository.Root, "data", "models", "ner.model")));
    private static readonly Lazy<DocumentAnalyzer> LazyAnalyzer = new(() => DocumentAnalyzer.Create(Model, BundledScreening.Entries.ToList()));

    public static NerModel Model => LazyModel.Value;
    public static DocumentAnalyzer Analyzer => LazyAnalyzer.Value;
}
