using System.CommandLine;
using Sightline.Claims;
using Sightline.Claims.Evaluation;
using Sightline.Cli.Output;
using Sightline.Documents;

namespace Sightline.Cli.Commands;

/// <summary>
/// <c>sightline eval extract --gold FILE.jsonl PATH...</c>: extracts the reports and scores persons, organisations,
/// meetings and sanctioned names against an annotation in the seeds' shape, by the seeds' rules; then shows how the
/// meeting confidence bands fared and, with <c>--misses</c>, every false positive and false negative.
/// </summary>
internal static class EvalExtract
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Annotation, one JSON object a document (the seeds' gold.jsonl shape)", Required = true };
        var paths = new Argument<string[]>("path") { Description = "The annotated reports, files or folders", Arity = ArgumentArity.OneOrMore };
        var misses = new Option<bool>("--misses") { Description = "List every false positive and false negative" };
        var command = new Command("extract", "Score extraction against an annotation: persons, organisations, meetings and sanctioned names") { gold, paths, misses };
        command.SetAction(result =>
        {
            List<ScoredDocument> annotation;
            try { annotation = ScoredDocument.ReadGold(result.GetValue(gold)!); }
            catch (Exception error) when (error is IOException or FormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sightline eval extract: {error.Message}");
                return 2;
            }
            using var session = CliSession.Open(result);
            var analyzer = ReportFiles.Analyzer(session);
            var byDoc = annotation.ToDictionary(d => d.Doc, StringComparer.Ordinal);
            var score = new ExtractionScore();
            var bands = new SortedDictionary<double, (int Meetings, int Matched)>();
            var scored = 0;
            foreach (var path in ReportFiles.Expand(result.GetValue(paths)!))
            {
                if (!byDoc.TryGetValue(Path.GetFileName(path), out var expected)) continue;
                foreach (var document in DocumentReader.Read(path).Documents)
                {
                    var read = GuardedReading.Extract(analyzer, document);
                    if (read.Value is not { } extracted)
                    {
                        Console.Error.WriteLine($"sightline eval extract: {path}: {read.Failure} (scored as finding nothing)");
                        score.Add(expected, new ScoredDocument(expected.Doc, [], [], [], []));
                        scored++;
                        continue;
                    }
                    score.Add(expected, ScoredDocument.From(expected.Doc, extracted));
                    foreach (var meeting in extracted.Meetings.Where(m => m.Kind.Happened()))
                    {
                        var predicted = new ScoredMeeting(meeting.Participants.Select(p => p.Name).ToList(), meeting.Date?.Shared, false);
                        var hit = expected.Meetings.Any(g => ExtractionScore.Match(g, predicted));
                        var band = bands.GetValueOrDefault(meeting.Confidence);
                        bands[meeting.Confidence] = (band.Meetings + 1, band.Matched + (hit ? 1 : 0));
                    }
                    scored++;
                }
            }
            Console.WriteLine($"{scored} of {annotation.Count} annotated documents scored.");
            var table = new TextTable("Field", "TP", "FP", "FN", "Precision", "Recall", "F1");
            foreach (var (name, field) in score.Fields)
                table.Add(name, field.TruePositives, field.FalsePositives, field.FalseNegatives, field.Precision.ToString("0.000"), field.Recall.ToString("0.000"), field.F1.ToString("0.000"));
            table.Write(Console.Out);
            Console.WriteLine();
            var calibration = new TextTable("Meeting confidence", "Meetings", "Match the annotation");
            foreach (var (band, (count, matched)) in bands.Reverse()) calibration.Add(band.ToString("0.0"), count, $"{matched} ({matched / (double)count:P0})");
            calibration.Write(Console.Out);
            if (result.GetValue(misses))
                foreach (var (name, field) in score.Fields)
                {
                    Console.WriteLine();
                    foreach (var spurious in field.Spurious) Console.WriteLine($"{name} FP  {spurious}");
                    foreach (var missed in field.Missed) Console.WriteLine($"{name} FN  {missed}");
                }
            return 0;
        });
        return command;
    }
}
