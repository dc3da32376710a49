using BenchmarkDotNet.Attributes;
using Sightline.Lists.Formats.Ofac;
using Sightline.Lists.Formats.Un;

namespace Sightline.Benchmarks.Parsing;

/// <summary>Reading each bundled list into entries, without storing them.</summary>
[MemoryDiagnoser]
public class ListParsingBenchmarks
{
    private string _lists = "";

    [GlobalSetup]
    public void Setup() => _lists = Path.Combine(Imports.ImportScale.FindRoot(), "data", "lists");

    [Benchmark]
    public int OfacSdn() => new OfacCsvListReader(Path.Combine(_lists, "us_ofac_sdn"), OfacFileSet.Sdn).ReadEntries().Count();

    [Benchmark]
    public int OfacConsolidated() => new OfacCsvListReader(Path.Combine(_lists, "us_ofac_cons"), OfacFileSet.Consolidated).ReadEntries().Count();

    [Benchmark]
    public int UnConsolidated() => new UnXmlListReader(Path.Combine(_lists, "un_sc_sanctions", "UN_consolidated.xml")).ReadEntries().Count();
}
