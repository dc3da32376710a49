using System.CommandLine;
using Sightline.Cli.Output;
using Sightline.Knowledge;
using Sightline.Knowledge.Resolution;
using Sightline.Screening;

namespace Sightline.Cli.Commands;

/// <summary>
/// <c>sightline eval links</c>: the calibration of the link decision. Ingests the labelled corpora into the database
/// (a re-run skips what is stored), scores the links that count for each labelled person, then links hard cases
/// generated from the OFAC SDN list (listed names, transliteration variants, namesakes) in a transaction it rolls back.
/// Prints precision per tier and recall for listed people.
/// </summary>
internal static class EvalLinks
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Labelled decisions: corpus,name,expected,relation", DefaultValueFactory = _ => Path.Combine("data", "eval", "links", "labels.csv") };
        var corpora = new Option<string[]>("--corpus") { Description = "NAME=FOLDER of a labelled corpus (default: claims, seeds, real-dev)", AllowMultipleArgumentsPerToken = true };
        var step = new Option<int>("--generated-step") { Description = "Generate hard cases from every N-th person of the OFAC SDN list (0: none)", DefaultValueFactory = _ => 25 };
        var misses = new Option<bool>("--misses") { Description = "List every wrong link and every listed person left without a right one" };
        var command = new Command("links", "Score the link tiers on labelled decisions and generated hard cases: precision per tier, recall of listed people") { labels, corpora, step, misses };
        command.SetAction(result =>
        {
            IReadOnlyList<LinkLabel> labelled;
            try { labelled = LinkCalibration.ReadLabels(result.GetValue(labels)!); }
            catch (Exception error) when (error is IOException or FormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sightline eval links: {error.Message}");
                return 2;
            }
            var folders = (result.GetValue(corpora) is { Length: > 0 } given ? given : DefaultCorpora)
                .Select(c => c.Split('=', 2)).ToDictionary(c => c[0], c => c[^1], StringComparer.Ordinal);
            if (folders.Values.FirstOrDefault(f => !Directory.Exists(f)) is { } missing)
            {
                Console.Error.WriteLine($"sightline eval links: {missing}: no such folder");
                return 2;
            }

            var scores = new SortedDictionary<string, LinkScore>(StringComparer.Ordinal);
            foreach (var (name, folder) in folders)
            {
                // One database per corpus, so that resolution never joins people of two corpora.
                using var corpus = KnowledgeSession.Open(result, "-" + name);
                var outcomes = corpus.Ingestor().IngestFiles(Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)).ToList();
                Console.WriteLine($"{name}: {outcomes.Count} reports from {folder} in {corpus.Lists.DatabasePath}");
                foreach (var label in labelled.Where(l => l.Corpus == name))
                    Score(scores, name, label, LinkCalibration.LinksOf(corpus.Store, label.Name));
            }

            if (result.GetValue(step) is > 0 and var every)
            {
                using var session = KnowledgeSession.Open(result, "-generated");
                session.Lists.ListsOrBundled();
                var sdn = session.Lists.Store.ActiveVersions().First(v => v.List == "us_ofac_sdn");
                var cases = LinkCalibration.Generate(session.Lists.Store.Entries(sdn.Id), every);
                var linker = new ListLinker(new Screener(ScreeningIndexLoader.FromStore(session.Lists.Store)), session.Lists.Store);
                // Never committed: disposing the unit of work undoes the generated cases.
                using var work = session.Store.Begin();
                for (var i = 0; i < cases.Count; i++)
                    Score(scores, $"generated ({cases[i].Label.Relation})", cases[i].Label, LinkCalibration.LinkGenerated(session.Store, work, linker, cases[i].Name, sdn.List, i, cases[i].Text));
            }

            var table = new TextTable("Set", "Automatic right/wrong", "Probable right/wrong", "Probable precision", "Listed", "Recall automatic", "Recall probable+", "Unlisted", "Unlisted linked");
            foreach (var (name, score) in scores) Row(table, name, score);
            table.Write(Console.Out);
            if (result.GetValue(misses))
                foreach (var score in scores.Values)
                {
                    foreach (var wrong in score.Wrong) Console.WriteLine($"WRONG  {wrong}");
                    foreach (var missed in score.Missed) Console.WriteLine($"MISSED {missed}");
                }
            return 0;
        });
        return command;
    }

    private static readonly string[] DefaultCorpora =
    [
        $"claims={Path.Combine("data", "eval", "claims")}",
        $"seeds={Path.Combine("..", "shared", "corpus", "seeds", "docs")}",
        $"real-dev={Path.Combine("..", "shared", "corpus", "real-dev", "docs")}",
    ];

    private static void Score(SortedDictionary<string, LinkScore> scores, string set, LinkLabel label, IReadOnlyList<(string Entry, string Tier)> links)
    {
        if (!scores.TryGetValue(set, out var score)) scores[set] = score = new LinkScore();
        score.Add(label, links);
        if (!set.StartsWith("generated", StringComparison.Ordinal))
        {
            if (!scores.TryGetValue("reports (all)", out var reports)) scores["reports (all)"] = reports = new LinkScore();
            reports.Add(label, links);
        }
    }

    private static void Row(TextTable table, string name, LinkScore s)
    {
        var (ar, aw) = s.ByTier["automatic"];
        var (pr, pw) = s.ByTier["probable"];
        table.Add(name, $"{ar}/{aw}", $"{pr}/{pw}", pr + pw == 0 ? "-" : (pr / (double)(pr + pw)).ToString("0.000"), s.Listed,
            s.Listed == 0 ? "-" : (s.ListedAutomatic / (double)s.Listed).ToString("0.000"), s.Listed == 0 ? "-" : (s.ListedProbableOrBetter / (double)s.Listed).ToString("0.000"),
            s.Unlisted, s.UnlistedLinked);
    }
}
