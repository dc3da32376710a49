using Sightline.Claims.Evaluation;

namespace Sightline.Claims.Meetings;

/// <summary>One corpus's scores: the rules alone and the learned model on text it was not trained on.</summary>
public sealed record CorpusScore(string Corpus, int Documents, ExtractionScore Rules, ExtractionScore Learned, bool HeldOut);

/// <summary>
/// Document-level k-fold cross-validation of the learned meeting extractor: the training documents are dealt into
/// <c>k</c> folds (sorted by corpus and name, then shuffled with a fixed seed); each fold is read by a model trained on
/// the other folds. Held-out corpora (never trained on) are read by a model trained on every training document. Each
/// corpus is scored separately by the seeds' rules, next to the rules alone on the same documents.
/// </summary>
public static class MeetingCrossValidation
{
    public static List<CorpusScore> Run(IReadOnlyList<AnnotatedDocument> training, IReadOnlyList<AnnotatedDocument> heldOut, int folds, MeetingTrainingOptions options, Action<string>? log = null)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), folds, "cross-validation needs at least two folds");
        var ordered = training.OrderBy(d => d.Corpus, StringComparer.Ordinal).ThenBy(d => d.Gold.Doc, StringComparer.Ordinal).ToArray();
        new Random(options.Seed).Shuffle(ordered);
        var learned = new Dictionary<AnnotatedDocument, ExtractedDocument>();
        for (var fold = 0; fold < folds; fold++)
        {
            var held = ordered.Where((_, i) => i % folds == fold).ToList();
            var model = MeetingTrainer.Train(ordered.Where((_, i) => i % folds != fold).ToList(), options);
            foreach (var document in held) learned[document] = ClaimExtractor.Extract(document.Analyzed, model);
            log?.Invoke($"fold {fold + 1} of {folds}: {held.Count} documents read by a model trained on the other {ordered.Length - held.Count}");
        }
        if (heldOut.Count > 0)
        {
            var full = MeetingTrainer.Train(ordered, options);
            foreach (var document in heldOut) learned[document] = ClaimExtractor.Extract(document.Analyzed, full);
        }
        var scores = new List<CorpusScore>();
        foreach (var (documents, isHeldOut) in new[] { (training, false), (heldOut, true) })
            foreach (var corpus in documents.GroupBy(d => d.Corpus))
            {
                var rules = new ExtractionScore();
                var model = new ExtractionScore();
                foreach (var document in corpus)
                {
                    rules.Add(document.Gold, ScoredDocument.From(document.Gold.Doc, ClaimExtractor.Extract(document.Analyzed, (MeetingModel?)null)));
                    model.Add(document.Gold, ScoredDocument.From(document.Gold.Doc, learned[document]));
                }
                scores.Add(new CorpusScore(corpus.Key, corpus.Count(), rules, model, isHeldOut));
            }
        return scores;
    }
}
