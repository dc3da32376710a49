using System.Globalization;
using System.Text;
using Sightline.Lists.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Sightline.Documents.Readers;

/// <summary>
/// A PDF (PdfPig): the words of each page in reading order, grouped into lines by their baselines and into
/// paragraphs where the gap between lines is wider than usual; a line ending in a hyphen is joined to the next.
/// Title and creation date come from the document information. What its streams may inflate to is capped
/// (<see cref="PdfDecodeBudget"/>), and the cancellation token is looked at before each page.
/// </summary>
public static class PdfReader
{
    /// <exception cref="InvalidDataException">The streams inflate to more than the default limits allow.</exception>
    public static Document Read(string path, byte[] bytes) => Read(path, bytes, DocumentLimits.Default, CancellationToken.None);

    /// <exception cref="InvalidDataException">The streams inflate to more than <paramref name="limits"/> allow.</exception>
    public static Document Read(string path, byte[] bytes, DocumentLimits limits, CancellationToken cancel)
    {
        var budget = new PdfDecodeBudget(limits);
        try
        {
            return Read(path, bytes, budget, cancel);
        }
        catch (Exception error) when (budget.Exceeded is { } why && error is not OperationCanceledException)
        {
            // Whatever PdfPig made of the refused stream, the cause is the budget.
            throw new InvalidDataException($"refused: {why}; a report's text is a few megabytes at most", error);
        }
    }

    private static Document Read(string path, byte[] bytes, PdfDecodeBudget budget, CancellationToken cancel)
    {
        var text = new StringBuilder();
        using var pdf = PdfDocument.Open(bytes, new ParsingOptions { FilterProvider = budget });
        foreach (var page in pdf.GetPages())
        {
            cancel.ThrowIfCancellationRequested();
            AppendPage(page, text);
            // PdfPig reads on past a stream it could not decode; the budget remembers that it refused one.
            if (budget.Exceeded is not null) throw new InvalidDataException("refused");
        }
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
