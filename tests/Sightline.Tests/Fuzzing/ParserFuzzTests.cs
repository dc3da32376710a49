using Sightline.Claims;
using Sightline.Documents;
using Sightline.Lists.Formats;
using Sightline.Lists.Formats.FtM;
using Sightline.Tests.Support;

namespace Sightline.Tests.Fuzzing;

/// <summary>Every parser of outside input, fed mutated copies of valid files: bad input ends in the error the parser
/// documents (naming the file), never another exception, never a hang. Reports also go through analysis and claim
/// extraction.</summary>
[Trait("Kind", "Fuzz")]
public sealed class ParserFuzzTests
{
    private static bool ListError(Exception e) => e is ListFormatException;

    [Fact]
    public void Ofac_csv_sets() => Fuzzer.Run("ofac", input => Fuzzer.InFolder(input, folder =>
    {
        foreach (var reader in ListReaders.Open(folder)) _ = reader.ReadEntries().Count();
    }), ListError);

    [Fact]
    public void Un_xml() => Fuzzer.Run("un", input => Fuzzer.InFolder(input, folder =>
    {
        foreach (var reader in ListReaders.Open(Path.Combine(folder, "consolidated.xml"), ListFormat.UnXml)) _ = reader.ReadEntries().Count();
    }), ListError);

    [Fact]
    public void Ftm_json_lines() => Fuzzer.Run("ftm", input => Fuzzer.InFolder(input, folder =>
    {
        _ = new FtmJsonLinesReader(Path.Combine(folder, "entities.ftm.json")).ReadEntries().Count();
    }), ListError);

    [Fact]
    public void Html_reports() => Fuzzer.Run("html", ReadAndExtract, _ => false);

    [Fact]
    public void Plain_text_reports_with_headers() => Fuzzer.Run("text", ReadAndExtract, _ => false);

    [Fact]
    public void Pdf_reports() => Fuzzer.Run("pdf", ReadAndExtract, _ => false);

    [Fact]
    public void Telegram_exports() => Fuzzer.Run("telegram", ReadAndExtract, _ => false);

    /// <summary>A report never throws: what cannot be read is a diagnostic in the outcome.</summary>
    private static void ReadAndExtract(IReadOnlyDictionary<string, byte[]> input)
    {
        foreach (var (name, bytes) in input)
        {
            var outcome = DocumentReader.Read(name, bytes);
            foreach (var document in outcome.Documents) _ = ClaimExtractor.Extract(BundledAnalysis.Analyzer.Analyze(document));
        }
    }
}
