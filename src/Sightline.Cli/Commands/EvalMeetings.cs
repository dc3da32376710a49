using System.CommandLine;
using Sightline.Claims.Evaluation;
using Sightline.Claims.Meetings;
using Sightline.Cli.Output;

namespace Sightline.Cli.Commands;

/// <summary>
/// <c>sightline eval meetings --cv K</c>: document-level k-fold cross-validation of the learned meeting extractor on the
/// annotated corpora (<see cref="MeetingCorpora"/>), with the held-out corpora read by a model trained on all of them;
/// prints meetings precision, recall and F1 per corpus, the rules alone beside the learned model.
/// </summary>
internal static class EvalMeetings
{
    public static Command Create()
    {
        var folds = new Option<int>("--cv") { Description = "Number of folds, by document", DefaultValueFactory = _ => 5 };
        var corpora = new Option<string[]>("--corpus") { Description = "Annotated corpora to cross-validate on (default: data/eval/claims, data/training/*, ../shared/corpus/real-dev, ../shared/corpus/seeds)", AllowMultipleArgumentsPerToken = true };
        var heldOut = new Option<string[]>("--held-out") { Description = "Annotated corpora only scored, never trained on, read by a model trained on all the others (default: none)", AllowMultipleArgumentsPerToken = true };
        var prior = new Option<float>("--rule-prior") { Description = "Margin below which a party the rules read is dropped", DefaultValueFactory = _ => new MeetingTrainingOptions().RulePrior };
        var margin = new Option<float>("--add-margin") { Description = "Margin above which a party the rules did not read is added", DefaultValueFactory = _ => new MeetingTrainingOptions().AddMargin };
        var misses = new Option<bool>("--misses") { Description = "List the learned model's false positive and false negative meetings" };
        var command = new Command("meetings", "Cross-validate the learned meeting extractor by document; meetings P/R/F1 per corpus, rules alone beside it") { folds, corpora, heldOut, prior, margin, misses };
        command.SetAction(result =>
        {
            var training = result.GetValue(corpora) is { Length: > 0 } given ? given : MeetingCorpora.DefaultTraining();
            var held = result.GetValue(heldOut) ?? [];
            List<CorpusScore> scores;
            try
            {
                var analyzer = MeetingCorpora.Analyzer();
                var trainingDocuments = training.SelectMany(folder => MeetingCorpora.Read(folder, analyzer)).ToList();
                var heldDocuments = held.Where(Directory.Exists).SelectMany(folder => MeetingCorpora.Read(folder, analyzer)).ToList();
                Console.WriteLine($"{trainingDocuments.Count} reports in {result.GetValue(folds)} folds by document; {heldDocuments.Count} held-out reports read by a model trained on all {trainingDocuments.Count}.");
                scores = MeetingCrossValidation.Run(trainingDocuments, heldDocuments, result.GetValue(folds), new MeetingTrainingOptions(RulePrior: result.GetValue(prior), AddMargin: result.GetValue(margin)), Console.Error.WriteLine);
            }
            catch (Exception error) when (error is IOException or FormatException or UnauthorizedAccessException or ArgumentOutOfRangeException)
            {
                Console.Error.WriteLine($"sightline eval meetings: {error.Message}");
                return 2;
            }
            var table = new TextTable("Corpus", "Reports", "Read as", "Rules P", "R", "F1", "Learned P", "R", "F1");
            foreach (var s in scores)
                table.Add(s.Corpus, s.Documents, s.HeldOut ? "held out" : "cross-validated", F(s.Rules.Meetings.Precision), F(s.Rules.Meetings.Recall), F(s.Rules.Meetings.F1),
                    F(s.Learned.Meetings.Precision), F(s.Learned.Meetings.Recall), F(s.Learned.Meetings.F1));
            var all = scores.Where(s => !s.HeldOut).ToList();
            table.Add("all cross-validated", all.Sum(s => s.Documents), "", F(Sum(all, s => s.Rules).Precision), F(Sum(all, s => s.Rules).Recall), F(Sum(all, s => s.Rules).F1),
                F(Sum(all, s => s.Learned).Precision), F(Sum(all, s => s.Learned).Recall), F(Sum(all, s => s.Learned).F1));
            table.Write(Console.Out);
            if (result.GetValue(misses))
                foreach (var s in scores)
                {
                    foreach (var spurious in s.Learned.Meetings.Spurious) Console.WriteLine($"{s.Corpus} FP  {spurious}");
                    foreach (var missed in s.Learned.Meetings.Missed) Console.WriteLine($"{s.Corpus} FN  {missed}");
                }
            return 0;
        });
        return command;
    }

    private static string F(double value) => value.ToString("0.000");

    private static FieldScore Sum(IEnumerable<CorpusScore> scores, Func<CorpusScore, ExtractionScore> pick)
    {
        var total = new FieldScore();
        foreach (var s in scores)
        {
            var field = pick(s).Meetings;
            total.TruePositives += field.TruePositives;
            total.FalsePositives += field.FalsePositives;
            total.FalseNegatives += field.FalseNegatives;
        }
        return total;
    }
}
