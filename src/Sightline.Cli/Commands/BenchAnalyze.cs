using System.Diagnostics;
using Sightline.Analysis;
using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;
using Sightline.Claims;
using Sightline.Claims.Meetings;
using Sightline.Documents;
using Sightline.Screening;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline bench analyze</c>: the tagger's tokens a second on one core, whole reports analysed a second,
/// claims read a second from analysed reports (meetings by the learned model and by the rules alone, to show what the
/// model costs), and whole reports extracted a second (reading the file, analysis and claims: what <c>sightline extract</c> does a report).</summary>
internal static class BenchAnalyze
{
    public static int Run(CliSession session, int rounds)
    {
        session.ListsOrBundled();
        var model = NerModel.Load(ProjectPaths.NerModel);
        var analyzer = DocumentAnalyzer.Create(model, ScreeningIndexLoader.ActiveEntries(session.Store).ToList());
        var documents = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").Order()
            .SelectMany(p => DocumentReader.Read(p).Documents).ToList();
        var words = documents.Sum(d => d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var sentences = documents.Select(d => SentenceSplitter.Split(d.Text, Tokenizer.Tokenize(d.Text))
            .Select(s => (IReadOnlyList<string>)s.Tokens.Select(t => t.Text).ToList()).ToList()).ToList();
        var tokens = sentences.Sum(d => d.Sum(s => s.Count));
        Console.WriteLine($"{documents.Count} sample reports, {words:N0} words, {tokens:N0} tokens; {rounds} rounds after a warm-up; one thread.");

        foreach (var document in sentences) model.Tag(document);
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++) foreach (var document in sentences) model.Tag(document);
        var tagged = tokens * (double)rounds / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"Tagger (two passes, features and decoding): {tagged:N0} tokens/s");

        foreach (var document in documents) analyzer.Analyze(document);
        clock.Restart();
        var cpu = CpuSeconds();
        for (var r = 0; r < rounds; r++) foreach (var document in documents) analyzer.Analyze(document);
        var perSecond = documents.Count * (double)rounds / clock.Elapsed.TotalSeconds;
        var perCpu = documents.Count * (double)rounds / (CpuSeconds() - cpu);
        var per700 = perSecond * (words / (double)documents.Count) / 700;
        Console.WriteLine($"Whole analysis (tokens, sentences, tagger, rules, coreference, dates): {perSecond:N0} reports/s = {per700:N0} reports of 700 words/s ({perCpu:N0} reports a CPU second)");

        var analyzed = documents.Select(d => analyzer.Analyze(d)).ToList();
        foreach (var judge in new[] { MeetingModel.Bundled, null })
        {
            foreach (var document in analyzed) ClaimExtractor.Extract(document, judge);
            clock.Restart();
            cpu = CpuSeconds();
            for (var r = 0; r < rounds; r++) foreach (var document in analyzed) ClaimExtractor.Extract(document, judge);
            perSecond = documents.Count * (double)rounds / clock.Elapsed.TotalSeconds;
            perCpu = documents.Count * (double)rounds / (CpuSeconds() - cpu);
            Console.WriteLine($"Claims alone, of analysed reports, meetings {(judge is null ? "by the rules" : "by the learned model")}: {perSecond:N0} reports/s ({perCpu:N0} reports a CPU second)");
        }

        var files = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").Order().ToList();
        foreach (var file in files) ClaimExtractor.Extract(analyzer.Analyze(DocumentReader.Read(file).Documents[0]));
        clock.Restart();
        cpu = CpuSeconds();
        for (var r = 0; r < rounds; r++)
            foreach (var file in files)
                foreach (var document in DocumentReader.Read(file).Documents) ClaimExtractor.Extract(analyzer.Analyze(document));
        perSecond = files.Count * (double)rounds / clock.Elapsed.TotalSeconds;
        perCpu = files.Count * (double)rounds / (CpuSeconds() - cpu);
        per700 = perSecond * (words / (double)documents.Count) / 700;
        Console.WriteLine($"Whole extract (read file, analysis, claims): {perSecond:N0} reports/s = {per700:N0} reports of 700 words/s ({perCpu:N0} reports a CPU second)");
        return 0;
    }

    /// <summary>The process's processor time so far: on a shared host, the work done whatever the waiting.</summary>
    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}
