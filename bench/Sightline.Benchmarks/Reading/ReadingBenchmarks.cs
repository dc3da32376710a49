using BenchmarkDotNet.Attributes;
using Sightline.Analysis;
using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;
using Sightline.Benchmarks.Imports;
using Sightline.Claims;
using Sightline.Documents;
using Sightline.Lists.Import;

namespace Sightline.Benchmarks.Reading;

/// <summary>The reading stages on one seed report (000, about 880 words): the tagger alone, the whole analysis, and
/// claim extraction on an analysed document.</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private NerModel _model = null!;
    private DocumentAnalyzer _analyzer = null!;
    private Document _document = null!;
    private List<IReadOnlyList<string>> _sentences = null!;
    private AnalyzedDocument _analyzed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = ImportScale.FindRoot();
        _model = NerModel.Load(Path.Combine(root, "data", "models", "ner.model"));
        var entries = BundledLists.Open(Path.Combine(root, "data", "lists")).SelectMany(r => r.ReadEntries()).ToList();
        _analyzer = DocumentAnalyzer.Create(_model, entries);
        _document = DocumentReader.Read(Path.Combine(root, "samples", "000_54a1d4067711828e.txt")).Documents[0];
        _sentences = SentenceSplitter.Split(_document.Text, Tokenizer.Tokenize(_document.Text))
            .Select(s => (IReadOnlyList<string>)s.Tokens.Select(t => t.Text).ToList()).ToList();
        _analyzed = _analyzer.Analyze(_document);
    }

    [Benchmark]
    public int Tag() => _model.Tag(_sentences).Count;

    [Benchmark]
    public int Analyze() => _analyzer.Analyze(_document).Mentions.Count;

    [Benchmark]
    public int ExtractClaims() => ClaimExtractor.Extract(_analyzed).Meetings.Count;
}
