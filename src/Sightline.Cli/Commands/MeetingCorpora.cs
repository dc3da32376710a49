using Sightline.Analysis;
using Sightline.Analysis.Tagging;
using Sightline.Claims.Evaluation;
using Sightline.Claims.Meetings;
using Sightline.Documents;
using Sightline.Lists.Import;

namespace Sightline.Cli.Commands;

/// <summary>
/// The annotated corpora the meeting model learns from and is scored on. A corpus is a folder with a <c>gold.jsonl</c>
/// in the seeds' shape and its reports beside it or in <c>docs/</c>. By default: the in-genre sets written for Sightline
/// (<c>data/eval/claims</c>, every folder of <c>data/training/</c>) and the real development reports
/// (<c>../shared/corpus/real-dev</c>) and the seeds (<c>../shared/corpus/seeds</c>), the only annotated long profiles
/// (ADR-014); cross-validation scores each of them on folds it was not trained on.
/// Reports are analysed with the committed tagger and the bundled lists, so that the same data always gives the same model.
/// </summary>
internal static class MeetingCorpora
{
    public static string[] DefaultTraining()
    {
        var training = Path.Combine("data", "training");
        var folders = Directory.Exists(training) ? Directory.GetDirectories(training).Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        return [Path.Combine("data", "eval", "claims"), .. folders, Path.Combine("..", "shared", "corpus", "real-dev"), Path.Combine("..", "shared", "corpus", "seeds")];
    }

    public static DocumentAnalyzer Analyzer() =>
        DocumentAnalyzer.Create(NerModel.Load(ProjectPaths.NerModel), BundledLists.Open(ProjectPaths.Data("lists")).SelectMany(r => r.ReadEntries()).ToList());

    /// <summary>Reads and analyses every annotated report of the corpus in <paramref name="folder"/>; a report the
    /// annotation names but the folder lacks is reported and skipped.</summary>
    public static List<AnnotatedDocument> Read(string folder, DocumentAnalyzer analyzer)
    {
        var gold = Path.Combine(folder, "gold.jsonl");
        if (!File.Exists(gold)) throw new FileNotFoundException($"{folder}: no gold.jsonl");
        var docs = Directory.Exists(Path.Combine(folder, "docs")) ? Path.Combine(folder, "docs") : folder;
        var name = Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar));
        var documents = new List<AnnotatedDocument>();
        foreach (var annotation in ScoredDocument.ReadGold(gold))
        {
            var outcome = DocumentReader.Read(Path.Combine(docs, annotation.Doc));
            if (outcome.Documents.Count == 0)
            {
                Console.Error.WriteLine($"{folder}: {annotation.Doc}: {string.Join("; ", outcome.Errors.DefaultIfEmpty("no document"))}; skipped");
                continue;
            }
            documents.Add(new AnnotatedDocument(name, analyzer.Analyze(outcome.Documents[0]), annotation));
        }
        return documents;
    }
}
