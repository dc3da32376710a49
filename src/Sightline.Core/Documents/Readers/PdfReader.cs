using System.Globalization;
using System.Text;
using Sightline.Lists.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Sightline.Documents.Readers;

/// <summary>
/// A PDF (PdfPig): the words of each page in reading order, grouped into lines by their baselines and into
/// paragraphs where the gap between lines is wider than usual; a line ending in a hyphen is joined to the next.
/// Title and creation date come from the document information.
/// </summary>
public static class PdfReader
{
    public static Document Read(string path, byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages()) AppendPage(page, text);
        var info = pdf.Information;
        var metadata = new DocumentMetadata(Title: string.IsNullOrWhiteSpace(info.Title) ? null : info.Title.Trim());
        if (CreationDate(info.CreationDate) is { } created) metadata = metadata with { Published = created, PublishedNote = "the PDF's creation date" };
        var diagnostics = new List<string>();
        if (text.ToString().Trim().Length == 0) diagnostics.Add($"PDF with {pdf.NumberOfPages} page(s) and no text layer (a scan needs OCR, which Sightline does not do)");
        return DocumentFactory.Create(path, "pdf", text.ToString(), metadata, diagnostics);
    }

    private static void AppendPage(Page page, StringBuilder text)
    {
        var lines = new List<(double Bottom, double Height, string Text)>();
        var current = new StringBuilder();
        double? bottom = null;
        double height = 0;
        foreach (var word in page.GetWords())
        {
            var box = word.BoundingBox;
            if (bottom is not null && Math.Abs(box.Bottom - bottom.Value) > Math.Max(box.Height, 1) * 0.5)
            {
                lines.Add((bottom.Value, height, current.ToString()));
                current.Clear();
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(word.Text);
            bottom = box.Bottom;
            height = Math.Max(box.Height, 1);
        }
        if (current.Length > 0) lines.Add((bottom!.Value, height, current.ToString()));

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            if (i > 0)
            {
                var gap = lines[i - 1].Bottom - lines[i].Bottom;
                var newParagraph = gap > lines[i].Height * 2.2 || gap < 0;
                if (newParagraph) text.Append("\n\n");
                else if (text.Length > 0 && text[^1] == '-' && char.IsLower(line.FirstOrDefault())) text.Length--;
                else text.Append(' ');
            }
            text.Append(line);
        }
        text.Append("\n\n");
    }

    /// <summary>A PDF date <c>D:20230306120000Z</c> as a day.</summary>
    private static PartialDate? CreationDate(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var digits = value.StartsWith("D:", StringComparison.Ordinal) ? value[2..] : value;
        if (digits.Length < 8 || !DateOnly.TryParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return null;
        return new PartialDate(day.Year, day.Month, day.Day);
    }
}
