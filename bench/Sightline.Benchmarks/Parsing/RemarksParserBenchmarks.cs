using BenchmarkDotNet.Attributes;
using Sightline.Lists.Formats.Ofac;

namespace Sightline.Benchmarks.Parsing;

/// <summary>Parsing one OFAC Remarks field: a short personal one and a long corporate one.</summary>
[MemoryDiagnoser]
public class RemarksParserBenchmarks
{
    private const string Person = "DOB 20 Jun 1974; alt. DOB 1974; alt. DOB 24 Apr 1974; POB Baghdad, Iraq; nationality Iraq; Gender Male; Passport A10537439 (Iraq) expires 16 Oct 2023.";
    private const string Company = "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions: North Korea Sanctions Regulations section 510.214; Identification Number 210302198701102136 (China); Listing Date (EO 14024 Directive 3): 24 Feb 2022; Tax ID No. 7744001497 (Russia); Registration Number 1027700167110 (Russia); a.k.a. 'blackjack1987'; Linked To: LAZARUS GROUP.";

    [Benchmark]
    public int PersonRemarks() => OfacRemarksParser.Parse(Person).BirthDates.Count;

    [Benchmark]
    public int CompanyRemarks() => OfacRemarksParser.Parse(Company).Identifiers.Count;
}
