using BenchmarkDotNet.Attributes;
using Sightline.Benchmarks.Imports;
using Sightline.Lists.Import;
using Sightline.Names;
using Sightline.Screening;

namespace Sightline.Benchmarks.Screening;

/// <summary>The names engine's inner loops: parsing a name, comparing two tokens, and one whole screening query
/// against the bundled lists (Latin, Arabic script, and a common name that touches many postings).</summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private Screener _screener = null!;
    private readonly NameToken _qais = NameParser.Parse("Qais").Tokens[0];
    private readonly NameToken _kais = NameParser.Parse("Kais").Tokens[0];
    private readonly NameToken _arabic = NameParser.Parse("قيس").Tokens[0];

    [GlobalSetup]
    public void Setup()
    {
        var entries = BundledLists.Open(Path.Combine(ImportScale.FindRoot(), "data", "lists")).SelectMany(r => r.ReadEntries()).ToList();
        _screener = new Screener(ScreeningIndex.Build(entries));
    }

    [Benchmark]
    public int ParseLatin() => NameParser.Parse("AL-KHAZALI, Qais Hadi Sayed Hasan").Tokens.Count;

    [Benchmark]
    public int ParseArabic() => NameParser.Parse("قيس هادي سيد حسن الخزعلي").Tokens.Count;

    [Benchmark]
    public double CompareLatinTokens() => TokenSimilarity.Compare(_qais, _kais)?.Score ?? 0;

    [Benchmark]
    public double CompareAcrossScripts() => TokenSimilarity.Compare(_arabic, _qais)?.Score ?? 0;

    [Benchmark]
    public int ScreenLatin() => _screener.Screen(new ScreeningQuery("Qais al-Khazali")).Count;

    [Benchmark]
    public int ScreenArabic() => _screener.Screen(new ScreeningQuery("قيس الخزعلي")).Count;

    [Benchmark]
    public int ScreenCommonName() => _screener.Screen(new ScreeningQuery("Muhammad Ali Hassan")).Count;
}
