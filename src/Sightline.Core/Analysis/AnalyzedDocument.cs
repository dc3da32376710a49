using Sightline.Analysis.Dates;
using Sightline.Analysis.Mentions;
using Sightline.Analysis.Text;
using Sightline.Documents;

namespace Sightline.Analysis;

/// <summary>What analysis found in a document: sentences, name mentions with their chains, and dates.</summary>
public sealed record AnalyzedDocument(
    Document Document,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<MentionChain> Chains,
    IReadOnlyList<ReportedDate> Dates);
