using System.Text;
using Sightline.Documents;
using Sightline.Tests.Support;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Sightline.Tests.Documents;

/// <summary>Reading text, HTML, PDF and Telegram exports; keys and versions; bad input reported per document.</summary>
public sealed class DocumentReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Text_headers_give_title_source_date_with_note_and_language()
    {
        var path = Write("a.txt", "TITLE: Militia leader meets envoy\nurl: https://example.org/a\nDATE: 2024-03 [inferred]\nPublisher: Example\n\nThe envoy met him in Baghdad.");
        var document = Assert.Single(DocumentReader.Read(path).Documents);
        Assert.Equal("Militia leader meets envoy", document.Title);
        Assert.Equal("https://example.org/a", document.Key);
        Assert.Equal("2024-03", document.Published?.ToString());
        Assert.Equal("[inferred]", document.PublishedNote);
        Assert.Equal("en", document.Language);
        Assert.Equal("The envoy met him in Baghdad.", document.Text);
    }

    [Fact]
    public void Without_headers_the_date_comes_from_the_dateline()
    {
        var path = Write("b.txt", "March 6, 2023 Special Dispatch No. 10513\n\nToday, we are republishing this report about the visit.");
        var document = Assert.Single(DocumentReader.Read(path).Documents);
        Assert.Equal("2023-03-06", document.Published?.ToString());
        Assert.Equal(DocumentKeys.Content(document.Text), document.Key); // no address: known by its text, never by its path
    }

    [Fact]
    public void A_text_without_a_date_has_none()
    {
        var document = Assert.Single(DocumentReader.Read(Write("c.txt", "Note: this is a report about the militia and its leader.")).Documents);
        Assert.Null(document.Published);
        Assert.Null(document.Title);
    }

    [Fact]
    public void The_same_text_has_the_same_version_and_a_changed_text_a_new_one()
    {
        var first = DocumentReader.Read(Write("d.txt", "The envoy met him.\r\n\r\n\r\nThen he left.  ")).Documents[0];
        var again = DocumentReader.Read(Write("d.txt", "The envoy met him.\n\nThen he left.")).Documents[0];
        var changed = DocumentReader.Read(Write("d.txt", "The envoy met him twice.\n\nThen he left.")).Documents[0];
        Assert.Equal(first.Key, again.Key);
        Assert.NotEqual(first.Key, changed.Key); // known by its text: a changed text is another key (ADR-032)
        Assert.Equal(first.Version, again.Version);
        Assert.NotEqual(first.Version, changed.Version);
    }

    [Fact]
    public void Html_keeps_the_article_and_drops_navigation_scripts_and_ads()
    {
        const string html = """
            <html lang="en"><head><title>Page</title><meta property="og:title" content="Envoy meets militia leader">
            <meta property="article:published_time" content="2024-05-13T10:00:00Z"><link rel="canonical" href="https://news.example/envoy">
            <script>var tracking = 'Hamid Al-Zubaidi';</script></head>
            <body><nav>Home | World | Sport</nav><div class="ad-banner">Buy now</div>
            <article><h1>Envoy meets militia leader</h1><p>The Chinese ambassador met Qais Al-Khazali in Baghdad.</p>
            <div class="share-buttons">Share on X</div><p>The meeting lasted an hour.</p></article>
            <footer>Copyright</footer></body></html>
            """;
        var document = Assert.Single(DocumentReader.Read(Write("e.html", html)).Documents);
        Assert.Equal("https://news.example/envoy", document.Key);
        Assert.Equal("Envoy meets militia leader", document.Title);
        Assert.Equal("2024-05-13", document.Published?.ToString());
        Assert.Contains("The Chinese ambassador met Qais Al-Khazali in Baghdad.", document.Text);
        Assert.Contains("The meeting lasted an hour.", document.Text);
        foreach (var dropped in new[] { "Home", "Buy now", "Share on X", "Copyright", "tracking" }) Assert.DoesNotContain(dropped, document.Text);
    }

    [Fact]
    public void Html_with_scripts_and_no_article_gets_a_diagnostic()
    {
        var document = Assert.Single(DocumentReader.Read(Write("f.html", "<html><body><script>alert(1)</script><nav>Menu</nav></body></html>")).Documents);
        Assert.Contains("HTML page without article text", document.Diagnostics);
    }

    [Fact]
    public void Pdf_text_is_read_in_lines_and_paragraphs()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText("The ambassador met the militia leader", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 780), font);
        page.AddText("in Baghdad on May 13, 2024.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 765), font);
        page.AddText("A second paragraph follows.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        var document = Assert.Single(DocumentReader.Read(Write("g.pdf", builder.Build())).Documents);
        Assert.Equal("pdf", document.Format);
        Assert.Equal("The ambassador met the militia leader in Baghdad on May 13, 2024.\n\nA second paragraph follows.", document.Text);
    }

    [Fact]
    public void An_empty_pdf_gets_a_diagnostic()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842);
        var document = Assert.Single(DocumentReader.Read(Write("h.pdf", builder.Build())).Documents);
        Assert.Contains(document.Diagnostics, d => d.Contains("no text layer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_telegram_export_gives_a_document_a_message_and_survives_unexpected_fields()
    {
        const string json = """
            {"name": "Sabereen News", "type": "public_channel", "id": 1234, "new_field": {"x": [1, 2]},
             "messages": [
               {"id": 1, "type": "service", "date": "2024-05-13T09:00:00", "action": "pin_message"},
               {"id": 2, "type": "message", "date": "2024-05-13T10:15:00", "text": "Sheikh Qais Al-Khazali received the Chinese ambassador.", "reactions": [{"emoji": "x"}]},
               {"id": 3, "type": "message", "date": "2024-05-14T08:00:00", "text": ["Statement by ", {"type": "bold", "text": "Kata'ib Hezbollah"}, " on the strike."]},
               {"id": 4, "type": "message", "date": "2024-05-14T09:00:00", "text": 42},
               {"id": 5, "type": "message", "date": "2024-05-14T09:30:00", "text": ""}
             ]}
            """;
        var outcome = DocumentReader.Read(Write("result.json", json));
        Assert.Equal(2, outcome.Documents.Count);
        Assert.Equal("telegram:1234/2", outcome.Documents[0].Key);
        Assert.Equal("2024-05-13", outcome.Documents[0].Published?.ToString());
        Assert.Equal("Sabereen News", outcome.Documents[0].Publisher);
        Assert.Equal("Statement by Kata'ib Hezbollah on the strike.", outcome.Documents[1].Text);
        Assert.Contains(outcome.Errors, e => e.Contains("message 4", StringComparison.Ordinal) && e.Contains("'text' is Number", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_that_is_not_a_telegram_export_is_named_as_such()
    {
        var outcome = DocumentReader.Read(Write("other.json", "{\"rows\": []}"));
        Assert.Empty(outcome.Documents);
        Assert.Contains("not a Telegram export", Assert.Single(outcome.Errors));
        Assert.Contains("not valid JSON", Assert.Single(DocumentReader.Read(Write("broken.json", "{\"messages\": [")).Errors));
    }

    [Fact]
    public void A_telegram_export_with_bytes_that_are_not_utf8_is_refused_with_the_place_named()
    {
        var bytes = "{\"name\": \"Channel "u8.ToArray().Concat(new byte[] { 0x80, 0xC3 }).Concat("\", \"messages\": []}"u8.ToArray()).ToArray();
        var outcome = DocumentReader.Read("channel.json", bytes);
        Assert.Empty(outcome.Documents);
        Assert.Contains("not valid UTF-8 at byte 18", Assert.Single(outcome.Errors));
    }

    [Fact]
    public void Binary_junk_is_refused_with_the_file_named()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        var path = Write("junk.txt", junk);
        var error = Assert.Single(DocumentReader.Read(path).Errors);
        Assert.StartsWith(path, error);
        Assert.Contains("binary content", error);
    }

    [Fact]
    public void A_100_MB_file_is_refused_without_reading_it()
    {
        var path = Path.Combine(folder.Path, "huge.txt");
        using (var file = File.Create(path)) file.SetLength(100L * 1024 * 1024);
        var error = Assert.Single(DocumentReader.Read(path).Errors);
        Assert.Contains("100.0 MB; the limit is 50 MB", error);
    }

    [Fact]
    public void Invalid_utf8_is_kept_with_a_diagnostic()
    {
        var bytes = Encoding.UTF8.GetBytes("The envoy met Al-Khazali ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" in Baghdad.")).ToArray();
        var document = Assert.Single(DocumentReader.Read(Write("bad.txt", bytes)).Documents);
        Assert.Contains("in Baghdad.", document.Text);
        Assert.Contains(document.Diagnostics, d => d.StartsWith("invalid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Arabic_text_is_stored_with_the_extraction_diagnostic()
    {
        var document = Assert.Single(DocumentReader.Read(Write("ar.txt", "استقبل الشيخ قيس الخزعلي السفير الصيني في بغداد")).Documents);
        Assert.Equal("ar", document.Language);
        Assert.Contains("extraction not supported: ar", document.Diagnostics);
    }

    [Fact]
    public void A_page_nested_far_deeper_than_any_article_is_refused_before_it_is_parsed()
    {
        const string sentence = "<p>Maren Oskarsdottir met Tobias Lindqvist in Oslo.</p>";
        var deep = Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5_000)) + sentence + string.Concat(Enumerable.Repeat("</div>", 5_000)) + "</body></html>");
        var refused = DocumentReader.Read(deep);
        Assert.Empty(refused.Documents);
        Assert.Contains("more than 1,000 deep", Assert.Single(refused.Errors));

        // Paragraphs, list items and table cells without end tags, and a few hundred nested blocks, are still read.
        var ordinary = Write("ordinary.html", "<html><body><article>" + string.Concat(Enumerable.Repeat("<div>", 300)) + sentence
            + string.Concat(Enumerable.Repeat("<p>More text<li>an item<td>a cell", 3_000)) + string.Concat(Enumerable.Repeat("</div>", 300)) + "</article></body></html>");
        Assert.Contains("Oskarsdottir", Assert.Single(DocumentReader.Read(ordinary).Documents).Text);
    }
}
