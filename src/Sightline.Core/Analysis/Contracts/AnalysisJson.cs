using System.Text.Json;
using Sightline.Analysis.Mentions;
using Sightline.Dates;

namespace Sightline.Analysis.Contracts;

/// <summary>A read report as <c>analyze --json</c> gives it: what is known of the document, its sentences, mentions,
/// mention chains and dates. Offsets are in UTF-16 code units of the normalised text.</summary>
public sealed record AnalysisJson(
    string Path, string Key, string Version, string Format, string Language, string? Title, string? Published, string? PublishedNote,
    IReadOnlyList<string> Diagnostics, IReadOnlyList<SentenceJson> Sentences, IReadOnlyList<MentionJson> Mentions, IReadOnlyList<ChainJson> Chains,
    IReadOnlyList<DateJson> Dates)
{
    public static AnalysisJson Of(string path, AnalyzedDocument analyzed)
    {
        var document = analyzed.Document;
        return new(path, document.Key, document.Version, document.Format, document.Language, document.Title, document.Published?.ToString(),
            document.PublishedNote, document.Diagnostics,
            [.. analyzed.Sentences.Select(s => new SentenceJson(s.Index, s.Start, s.End, s.TextIn(document.Text)))],
            MentionJson.All(analyzed),
            [.. analyzed.Chains.Select(c => new ChainJson(c.Id, c.Type.ToString(), c.Name, c.Mentions))],
            [.. analyzed.Dates.Select(DateJson.Of)]);
    }
}

/// <summary>A sentence: its index, span and text.</summary>
public sealed record SentenceJson(int Index, int Start, int End, string Text);

/// <summary>A mention: type, span, text, sentence, chain and the chain's name, and how it was found.</summary>
public sealed record MentionJson(string Type, int Start, int End, string Text, int Sentence, int Chain, string Name, string Source)
{
    public static IReadOnlyList<MentionJson> All(AnalyzedDocument analyzed) =>
        [.. analyzed.Mentions.Select(m => new MentionJson(m.Type.ToString(), m.Start, m.End, m.Text, m.Sentence, m.Chain, analyzed.ChainName(m.Chain), m.Source))];
}

/// <summary>The mentions of one party, under the name chosen for it.</summary>
public sealed record ChainJson(int Id, string Type, string Name, int Mentions);

/// <summary>A date in the text: its span, ISO value and precision, the days it bounds, and how its year was found.</summary>
public sealed record DateJson(
    string Text, int Start, int End, string Value, string Precision, string? From, string? To, string? Qualifier, string Basis, double Confidence)
{
    public static DateJson Of(ReportedDate date) =>
        new(date.Text, date.Start, date.End, date.Value, date.Precision.ToString().ToLowerInvariant(), date.From?.ToString(), date.To?.ToString(),
            date.Qualifier, JsonNamingPolicy.SnakeCaseLower.ConvertName(date.Basis.ToString()), date.Confidence);
}
