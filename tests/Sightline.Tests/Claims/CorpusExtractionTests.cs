using Sightline.Claims;
using Sightline.Claims.Evaluation;
using Sightline.Documents;
using Sightline.Tests.Support;

namespace Sightline.Tests.Claims;

/// <summary>
/// Extraction scored on whole annotated reports: the seeds (every annotated meeting found with its date, persons
/// F1 at least 0.9) and the held-out in-genre set written here (persons F1 at least 0.85, meetings F1 at least 0.7).
/// </summary>
public sealed class CorpusExtractionTests
{
    [Fact]
    public void Every_seed_meeting_is_found_with_its_date_and_persons_reach_the_bar()
    {
        var score = Score(Path.Combine(Repository.Root, "data", "eval", "seeds", "gold.jsonl"), Path.Combine(Repository.Root, "samples"));
        Assert.True(score.Meetings.FalseNegatives == 0, $"missed: {string.Join("; ", score.Meetings.Missed)}");
        Assert.True(score.Persons.F1 >= 0.9, $"persons F1 {score.Persons.F1:0.000}; spurious: {string.Join("; ", score.Persons.Spurious)}; missed: {string.Join("; ", score.Persons.Missed)}");
    }

    [Fact]
    public void The_held_out_set_reaches_the_bar_for_unseen_reports()
    {
        var folder = Path.Combine(Repository.Root, "data", "eval", "claims");
        var score = Score(Path.Combine(folder, "gold.jsonl"), folder);
        Assert.True(score.Persons.F1 >= 0.85, $"persons F1 {score.Persons.F1:0.000}");
        Assert.True(score.Meetings.F1 >= 0.7, $"meetings F1 {score.Meetings.F1:0.000}; spurious: {string.Join("; ", score.Meetings.Spurious)}; missed: {string.Join("; ", score.Meetings.Missed)}");
    }

    private static ExtractionScore Score(string goldPath, string folder)
    {
        var score = new ExtractionScore();
        foreach (var gold in ScoredDocument.ReadGold(goldPath))
        {
            var document = Assert.Single(DocumentReader.Read(Path.Combine(folder, gold.Doc)).Documents);
            score.Add(gold, ScoredDocument.From(gold.Doc, ClaimExtractor.Extract(BundledAnalysis.Analyzer.Analyze(document))));
        }
        return score;
    }
}
