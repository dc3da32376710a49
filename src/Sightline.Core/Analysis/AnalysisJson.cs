using System.Text.Json;
using Sightline.Analysis.Dates;
using Sightline.Analysis.Mentions;

namespace Sightline.Analysis;

/// <summary>Writes an <see cref="AnalyzedDocument"/> as one JSON object (snake_case, offsets in UTF-16 code units of the normalised text).</summary>
public static class AnalysisJson
{
    public static void Write(Utf8JsonWriter json, string path, AnalyzedDocument analyzed)
    {
        var document = analyzed.Document;
        json.WriteStartObject();
        json.WriteString("path", path);
        json.WriteString("key", document.Key);
        json.WriteString("version", document.Version);
        json.WriteString("format", document.Format);
        json.WriteString("language", document.Language);
        json.WriteString("title", document.Title);
        json.WriteString("published", document.Published?.ToString());
        json.WriteString("published_note", document.PublishedNote);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in document.Diagnostics) json.WriteStringValue(diagnostic);
        json.WriteEndArray();
        json.WriteStartArray("sentences");
        foreach (var sentence in analyzed.Sentences)
        {
            json.WriteStartObject();
            json.WriteNumber("index", sentence.Index);
            json.WriteNumber("start", sentence.Start);
            json.WriteNumber("end", sentence.End);
            json.WriteString("text", sentence.TextIn(document.Text));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("mentions");
        foreach (var mention in analyzed.Mentions) WriteMention(json, analyzed, mention);
        json.WriteEndArray();
        json.WriteStartArray("chains");
        foreach (var chain in analyzed.Chains)
        {
            json.WriteStartObject();
            json.WriteNumber("id", chain.Id);
            json.WriteString("type", chain.Type.ToString());
            json.WriteString("name", chain.Name);
            json.WriteNumber("mentions", chain.Mentions);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("dates");
        foreach (var date in analyzed.Dates) WriteDate(json, date);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One mention: type, span, text, sentence, chain and the chain's name, and how it was found.</summary>
    internal static void WriteMention(Utf8JsonWriter json, AnalyzedDocument analyzed, Mention mention)
    {
        json.WriteStartObject();
        json.WriteString("type", mention.Type.ToString());
        json.WriteNumber("start", mention.Start);
        json.WriteNumber("end", mention.End);
        json.WriteString("text", mention.Text);
        json.WriteNumber("sentence", mention.Sentence);
        json.WriteNumber("chain", mention.Chain);
        json.WriteString("name", analyzed.ChainName(mention.Chain));
        json.WriteString("source", mention.Source);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, ReportedDate date)
    {
        json.WriteStartObject();
        json.WriteString("text", date.Text);
        json.WriteNumber("start", date.Start);
        json.WriteNumber("end", date.End);
        json.WriteString("value", date.Value);
        json.WriteString("precision", date.Precision.ToString().ToLowerInvariant());
        json.WriteString("from", date.From?.ToString());
        json.WriteString("to", date.To?.ToString());
        json.WriteString("qualifier", date.Qualifier);
        json.WriteString("basis", JsonNamingPolicy.SnakeCaseLower.ConvertName(date.Basis.ToString()));
        json.WriteNumber("confidence", date.Confidence);
        json.WriteEndObject();
    }
}
