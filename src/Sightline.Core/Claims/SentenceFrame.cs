using Sightline.Analysis;
using Sightline.Analysis.Mentions;
using Sightline.Analysis.Text;
using Sightline.Dates;

namespace Sightline.Claims;

/// <summary>
/// One sentence as the claim finders see it: its tokens (with lower-case forms), the mentions it holds mapped to
/// token positions, and its dates. Finders work on token positions; <see cref="EvidenceFor"/> turns the sentence back
/// into evidence.
/// </summary>
internal sealed class SentenceFrame
{
    private readonly int?[] mentionAt;

    public SentenceFrame(AnalyzedDocument analyzed, Sentence sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<ReportedDate> dates)
    {
        Analyzed = analyzed;
        Sentence = sentence;
        Tokens = sentence.Tokens;
        Lower = Tokens.Select(t => t.Text.ToLowerInvariant()).ToArray();
        mentionAt = new int?[Tokens.Count];
        var placed = new List<PlacedMention>();
        foreach (var mention in mentions)
        {
            var first = IndexAt(mention.Start);
            var last = IndexAt(mention.End - 1);
            if (first < 0 || last < 0) continue;
            placed.Add(new PlacedMention(mention, first, last + 1));
            for (var i = first; i <= last; i++) mentionAt[i] = placed.Count - 1;
        }
        Mentions = placed;
        Dates = dates.Select(d => new PlacedDate(d, Math.Max(0, IndexAt(d.Start)), IndexAt(d.End - 1) + 1)).Where(d => d.End > 0).ToList();
    }

    public AnalyzedDocument Analyzed { get; }
    public Sentence Sentence { get; }
    public IReadOnlyList<TextToken> Tokens { get; }
    public string[] Lower { get; }
    public IReadOnlyList<PlacedMention> Mentions { get; }
    public IReadOnlyList<PlacedDate> Dates { get; }
    public int Count => Tokens.Count;
    public string Text => Sentence.TextIn(Analyzed.Document.Text);

    /// <summary>The mention covering token <paramref name="i"/>, if any.</summary>
    public PlacedMention? MentionAt(int i) => i >= 0 && i < mentionAt.Length && mentionAt[i] is int k ? Mentions[k] : null;

    /// <summary>The lower-case token at <paramref name="i"/>, or the empty string outside the sentence.</summary>
    public string Word(int i) => i >= 0 && i < Lower.Length ? Lower[i] : "";

    /// <summary>True when the tokens from <paramref name="i"/> on read <paramref name="words"/> (lower case).</summary>
    public bool Reads(int i, params string[] words)
    {
        for (var k = 0; k < words.Length; k++)
            if (Word(i + k) != words[k]) return false;
        return true;
    }

    /// <summary>The document text of tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public string Span(int start, int end) => Analyzed.Document.Text[Tokens[start].Start..Tokens[end - 1].End];

    public Evidence EvidenceFor() =>
        new(Analyzed.Document.Key, Analyzed.Document.Version, Sentence.Index, Sentence.Start, Sentence.End, Text);

    private int IndexAt(int offset)
    {
        for (var i = 0; i < Tokens.Count; i++)
            if (offset >= Tokens[i].Start && offset < Tokens[i].End) return i;
        return -1;
    }
}

/// <summary>A mention at token positions [<see cref="First"/>, <see cref="End"/>) of its sentence.</summary>
internal sealed record PlacedMention(Mention Mention, int First, int End)
{
    public MentionType Type => Mention.Type;
    public bool IsParty => Type is MentionType.Person or MentionType.Organization;
}

/// <summary>A date at token positions [<see cref="First"/>, <see cref="End"/>) of its sentence.</summary>
internal sealed record PlacedDate(ReportedDate Date, int First, int End);
