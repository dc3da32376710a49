using System.CommandLine;
using Sightline.Claims.Evaluation;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Resolution;

namespace Sightline.Cli.Commands;

/// <summary>
/// <c>sightline eval sanctioned-meetings</c>: ingests an annotated corpus (by default <c>../shared/corpus/real-dev</c>)
/// into its own database beside <c>--db</c> with the active lists (the bundled ones on a fresh database), then compares
/// the meetings <c>meetings --sanctioned</c> lists with the annotated meetings that involve a listed party (by the link
/// labels). Prints recall and precision, and with <c>--misses</c> each miss, saying whether the reading or the linking
/// missed it.
/// </summary>
internal static class EvalSanctionedMeetings
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "NAME=FOLDER of the annotated corpus, holding docs/ and gold.jsonl", DefaultValueFactory = _ => $"real-dev={Path.Combine("..", "shared", "corpus", "real-dev")}" };
        var labels = new Option<string>("--labels") { Description = "Link labels: corpus,name,expected,relation", DefaultValueFactory = _ => Path.Combine("data", "eval", "links", "labels.csv") };
        var misses = new Option<bool>("--misses") { Description = "List every missed and every wrongly listed meeting" };
        var command = new Command("sanctioned-meetings", "Score meetings --sanctioned against the annotated meetings with a listed party: recall and precision") { corpus, labels, misses };
        command.SetAction(result =>
        {
            var (name, folder) = result.GetValue(corpus)!.Split('=', 2) is [var n, var f] ? (n, f) : ("real-dev", result.GetValue(corpus)!);
            List<ScoredDocument> gold;
            IReadOnlyList<LinkLabel> labelled;
            try
            {
                gold = ScoredDocument.ReadGold(Path.Combine(folder, "gold.jsonl"));
                labelled = LinkCalibration.ReadLabels(result.GetValue(labels)!).Where(l => l.Corpus == name).ToList();
            }
            catch (Exception error) when (error is IOException or FormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sightline eval sanctioned-meetings: {error.Message}");
                return 2;
            }
            var docs = Path.Combine(folder, "docs");
            if (!Directory.Exists(docs))
            {
                Console.Error.WriteLine($"sightline eval sanctioned-meetings: {docs}: no such folder");
                return 2;
            }

            using var session = KnowledgeSession.Open(result, "-" + name);
            var outcomes = session.Ingestor().IngestFiles(Directory.GetFiles(docs, "*.txt").Order(StringComparer.Ordinal)).ToList();
            Console.WriteLine($"{name}: {outcomes.Count} reports from {docs} in {session.Lists.DatabasePath}; {labelled.Count} people labelled");

            var files = session.Store.Documents.Paths().ToDictionary(d => d.Key, d => Path.GetFileName(d.Path), StringComparer.Ordinal);
            var events = session.Profiles().Events.ReadNewest(false, 0);
            var byFile = events.SelectMany(e => e.Evidence.Select(s => files.GetValueOrDefault(s.Document)).OfType<string>().Distinct(StringComparer.Ordinal).Select(f => (File: f, Event: e)))
                .ToLookup(x => x.File, x => x.Event, StringComparer.Ordinal);
            var score = new SanctionedMeetingScore();
            foreach (var document in gold) score.Add(document, byFile[document.Doc].ToList(), labelled);

            Console.WriteLine($"meetings with a listed party: {score.Expected} annotated, {score.Found} found by meetings --sanctioned — recall {score.Recall:0.000}");
            Console.WriteLine($"meetings --sanctioned: {score.Right + score.Wrong} scored, {score.Right} right, {score.Wrong} wrong — precision {score.Precision:0.000}");
            if (result.GetValue(misses))
            {
                foreach (var missed in score.Missed) Console.WriteLine($"MISSED   {missed}");
                foreach (var spurious in score.Spurious) Console.WriteLine($"SPURIOUS {spurious}");
            }
            return 0;
        });
        return command;
    }
}
