using Sightline.Analysis;
using Sightline.Analysis.Mentions;

namespace Sightline.Cli.Output;

/// <summary>Prints an analysed document for a reader: what it is, then its mentions by chain, then its dates.</summary>
internal static class AnalysisPrinter
{
    public static void Write(TextWriter output, string path, AnalyzedDocument analyzed)
    {
        var document = analyzed.Document;
        output.WriteLine($"== {Terminal.Line(path)}");
        output.WriteLine($"key        {document.Key}");
        output.WriteLine($"version    {document.Version}    format {document.Format}    language {document.Language}");
        output.WriteLine($"published  {document.Published?.ToString() ?? "unknown"}{(document.PublishedNote is { } note ? $" ({note})" : "")}");
        if (document.Title is { } title) output.WriteLine($"title      {title}");
        output.WriteLine($"sentences  {analyzed.Sentences.Count}    mentions {analyzed.Mentions.Count}    dates {analyzed.Dates.Count}");
        foreach (var diagnostic in document.Diagnostics) output.WriteLine($"note       {diagnostic}");
        output.WriteLine();

        var chains = new TextTable("Chain", "Type", "Name", "Mentions", "Spans (start-end text)");
        foreach (var chain in analyzed.Chains.OrderBy(c => c.Type).ThenByDescending(c => c.Mentions))
        {
            var spans = analyzed.Mentions.Where(m => m.Chain == chain.Id).Select(m => $"{m.Start}-{m.End} {m.Text}").Distinct();
            chains.Add(chain.Id, chain.Type, chain.Name, chain.Mentions, Shorten(string.Join("; ", spans), 90));
        }
        chains.Write(output);
        output.WriteLine();

        if (analyzed.Dates.Count > 0)
        {
            var dates = new TextTable("Span", "Text", "Value", "Precision", "Qualifier", "Basis");
            foreach (var date in analyzed.Dates)
                dates.Add($"{date.Start}-{date.End}", date.Text, date.Value, date.Precision.ToString().ToLowerInvariant(), date.Qualifier, date.Basis);
            dates.Write(output);
            output.WriteLine();
        }
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
