using System.IO.Compression;
using System.Text;
using Sightline.Documents;
using Sightline.Tests.Support;

namespace Sightline.Tests.Documents;

/// <summary>What one document may cost (ADR-029): a PDF that inflates to more than its limits and a text longer than its
/// limit are refused, each with a diagnostic naming the file, before they cost memory or minutes.</summary>
public sealed class DocumentLimitsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_pdf_whose_flate_stream_inflates_past_the_stream_limit_is_refused_with_the_file_named()
    {
        // Zeros compress about a thousandfold: a stream of some 65 KB that inflates past the 64 MB a stream allowed.
        var path = _folder.File("bomb.pdf");
        File.WriteAllBytes(path, Pdf(Zeros(DocumentLimits.Default.MaxPdfStreamBytes + 1024 * 1024)));
        Assert.True(new FileInfo(path).Length < 1024 * 1024);

        var outcome = DocumentReader.Read(path);

        Assert.Empty(outcome.Documents);
        var error = Assert.Single(outcome.Errors);
        Assert.StartsWith(path + ": ", error, StringComparison.Ordinal);
        Assert.Contains("a stream inflates to more than 64 MB", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_whose_streams_together_inflate_past_the_document_limit_is_refused()
    {
        var limits = DocumentLimits.Default with { MaxPdfStreamBytes = 2 * 1024 * 1024, MaxPdfDecodedBytes = 3 * 1024 * 1024 };
        var stream = Zeros(1536 * 1024);
        var outcome = DocumentReader.Read("three.pdf", Pdf(stream, stream, stream), limits, TestContext.Current.CancellationToken);

        Assert.Empty(outcome.Documents);
        Assert.Contains("three.pdf: refused: its streams inflate to more than 3 MB (the limit a document)", Assert.Single(outcome.Errors), StringComparison.Ordinal);
        // Within the limits the same file is read (it has no text layer: zeros draw nothing).
        var roomy = DocumentLimits.Default with { MaxPdfStreamBytes = 2 * 1024 * 1024, MaxPdfDecodedBytes = 8 * 1024 * 1024 };
        Assert.Single(DocumentReader.Read("three.pdf", Pdf(stream, stream, stream), roomy, TestContext.Current.CancellationToken).Documents);
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_not_analysed_and_the_diagnostic_says_why()
    {
        var sentence = "The delegation met the governor in the northern city and discussed the road repairs. ";
        var path = _folder.File("long.txt");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat(sentence, DocumentLimits.Default.MaxTextChars / sentence.Length + 10)));

        var outcome = DocumentReader.Read(path);

        Assert.Empty(outcome.Documents);
        var error = Assert.Single(outcome.Errors);
        Assert.StartsWith(path + ": the text is 1,000,", error, StringComparison.Ordinal);
        Assert.Contains("the limit is 1,000,000 a document", error, StringComparison.Ordinal);
        Assert.Single(DocumentReader.Read(path, DocumentLimits.Default with { MaxTextChars = 2_000_000 }, TestContext.Current.CancellationToken).Documents);
    }

    [Fact]
    public void Html_nested_deeper_than_the_limit_is_refused_before_it_is_parsed()
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat("<div>", 60)) + "<p>The envoy met the minister.</p>" + string.Concat(Enumerable.Repeat("</div>", 60)) + "</article></body></html>";
        Assert.Single(DocumentReader.Read("page.html", Encoding.UTF8.GetBytes(html)).Documents);
        var refused = DocumentReader.Read("page.html", Encoding.UTF8.GetBytes(html), DocumentLimits.Default with { MaxHtmlDepth = 50 }, TestContext.Current.CancellationToken);
        Assert.Contains("page.html: the page nests its elements more than 50 deep", Assert.Single(refused.Errors), StringComparison.Ordinal);
    }

    /// <summary><paramref name="length"/> zero bytes in zlib format, as a PDF's FlateDecode stream holds them.</summary>
    private static byte[] Zeros(long length)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var block = new byte[1024 * 1024];
            for (long written = 0; written < length; written += block.Length) zlib.Write(block, 0, (int)Math.Min(block.Length, length - written));
        }
        return compressed.ToArray();
    }

    /// <summary>A one-page PDF whose content is the given flate streams, with a correct cross-reference table.</summary>
    private static byte[] Pdf(params byte[][] contents)
    {
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Ascii(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Ascii($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }
        Ascii("%PDF-1.7\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        var streams = string.Join(' ', contents.Select((_, i) => $"{4 + i} 0 R"));
        Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents [{streams}] >>");
        foreach (var content in contents)
        {
            offsets.Add(pdf.Position);
            Ascii($"{offsets.Count} 0 obj\n<< /Length {content.Length} /Filter /FlateDecode >>\nstream\n");
            pdf.Write(content);
            Ascii("\nendstream\nendobj\n");
        }
        var xref = pdf.Position;
        Ascii($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Ascii($"{offset:D10} 00000 n \n");
        Ascii($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
