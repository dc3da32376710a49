using Sightline.Analysis.Mentions;
using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;
using Sightline.Dates;
using Sightline.Documents;
using Sightline.Lists.Model;

namespace Sightline.Analysis;

/// <summary>
/// The analysis stage: a <see cref="Document"/> in, an <see cref="AnalyzedDocument"/> out. English (and text of
/// undetermined language) gets the full analysis: sentences, tagged and chained mentions, dates. Arabic and Persian
/// text is split into sentences and scanned for the lists' names in their original script only: mentions, no
/// dates, and the document keeps its "extraction not supported" diagnostic.
/// </summary>
public sealed class DocumentAnalyzer(NerModel model, ListNamePhrases organizations, ListNamePhrases originalScriptNames)
{
    private readonly MentionFinder mentions = new(model, organizations);

    /// <summary>An analyzer with the lists' organisation names and original-script names from <paramref name="entries"/>.</summary>
    public static DocumentAnalyzer Create(NerModel model, IReadOnlyCollection<ListEntry> entries) =>
        new(model, ListNamePhrases.Organizations(entries), ListNamePhrases.OriginalScript(entries));

    /// <summary>Analyses the document; <paramref name="cancel"/> is looked at between the steps and sentence by sentence.</summary>
    public AnalyzedDocument Analyze(Document document, CancellationToken cancel = default)
    {
        var tokens = Tokenizer.Tokenize(document.Text);
        cancel.ThrowIfCancellationRequested();
        var sentences = SentenceSplitter.Split(document.Text, tokens);
        cancel.ThrowIfCancellationRequested();
        if (document.Language is "en" or "und")
        {
            var (found, chains) = mentions.Find(document.Text, sentences, cancel);
            cancel.ThrowIfCancellationRequested();
            return new AnalyzedDocument(document, sentences, found, chains, DateFinder.Find(document.Text, document.Published));
        }
        return new AnalyzedDocument(document, sentences, ScanOriginalScript(document.Text, sentences, out var scanned), scanned, []);
    }

    private List<Mention> ScanOriginalScript(string text, IReadOnlyList<Sentence> sentences, out List<MentionChain> chains)
    {
        var found = new List<Mention>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
            foreach (var span in originalScriptNames.FindIn(sentence.Tokens))
            {
                var start = sentence.Tokens[span.Start].Start;
                var end = sentence.Tokens[span.End - 1].End;
                var surface = text[start..end];
                if (!byName.TryGetValue(surface, out var chain)) byName[surface] = chain = byName.Count + 1;
                found.Add(new Mention(span.Type == "PER" ? MentionType.Person : MentionType.Organization, start, end, surface, sentence.Index, chain, "list"));
            }
        chains = byName.Select(p => new MentionChain(p.Value, found.First(m => m.Chain == p.Value).Type, p.Key, found.Count(m => m.Chain == p.Value))).ToList();
        return found;
    }
}
