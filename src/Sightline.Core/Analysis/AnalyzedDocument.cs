using Sightline.Analysis.Mentions;
using Sightline.Analysis.Text;
using Sightline.Dates;
using Sightline.Documents;

namespace Sightline.Analysis;

/// <summary>What analysis found in a document: sentences, name mentions with their chains, and dates.</summary>
public sealed record AnalyzedDocument(
    Document Document,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<MentionChain> Chains,
    IReadOnlyList<ReportedDate> Dates)
{
    /// <summary>The fullest name the document gives chain <paramref name="chain"/>.</summary>
    public string ChainName(int chain)
    {
        foreach (var c in Chains)
            if (c.Id == chain) return c.Name;
        throw new ArgumentOutOfRangeException(nameof(chain), chain, "no such chain in the document");
    }
}
