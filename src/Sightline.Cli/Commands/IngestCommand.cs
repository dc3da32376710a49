using System.CommandLine;
using Sightline.Cli.Output;
using Sightline.Documents;
using Sightline.Knowledge.Ingest;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline ingest</c>: reads reports into the knowledge base — documents, mentions, claims, entities, list links, meeting events.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Report files, folders (read recursively) or globs (reports/**/*.html)", Arity = ArgumentArity.ZeroOrMore };
        var retry = new Option<bool>("--retry-failed") { Description = "Also read again every document whose last ingestion failed" };
        var followLinks = new Option<bool>("--follow-links") { Description = "Follow symbolic links inside a folder (never out of it); links are skipped otherwise" };
        var queue = new Option<bool>("--queue") { Description = "Keep each report file in the PostgreSQL database and queue its ingestion for the workers (sightline worker) instead of ingesting it here" };
        var command = new Command("ingest", "Read reports into the knowledge base: resolve the people and organisations they name, link them to the lists, and group their meetings into events") { paths, retry, followLinks, queue };
        var webhookTimeout = new Option<double>("--webhook-timeout") { Description = "Seconds one webhook request may take when alerts are delivered after the batch", DefaultValueFactory = _ => 10 };
        command.Options.Add(webhookTimeout);
        var defaults = DocumentLimits.Default;
        var timeBudget = new Option<double>("--time-budget") { Description = "Seconds one document may take to read, and again to analyse and store; past that it is rolled back and recorded as failed", DefaultValueFactory = _ => defaults.TimeBudget.TotalSeconds };
        var maxText = new Option<int>("--max-text-chars") { Description = "Longest text, in characters, a document may have to be analysed", DefaultValueFactory = _ => defaults.MaxTextChars };
        var maxPdf = new Option<int>("--max-pdf-mb") { Description = "Most a PDF's streams may inflate to, in MB (a quarter of it for one stream)", DefaultValueFactory = _ => (int)(defaults.MaxPdfDecodedBytes / 1024 / 1024) };
        command.Options.Add(timeBudget);
        command.Options.Add(maxText);
        command.Options.Add(maxPdf);
        command.SetAction(async (result, cancel) =>
        {
            if (result.GetValue(queue)) return Queue(result, result.GetValue(paths) ?? [], result.GetValue(followLinks));
            using var session = KnowledgeSession.Open(result);
            var started = session.Lists.Clock.GetUtcNow();
            var limits = Limits(result.GetValue(timeBudget), result.GetValue(maxText), result.GetValue(maxPdf));
            if (limits is null)
            {
                Console.Error.WriteLine("sightline ingest: --time-budget, --max-text-chars and --max-pdf-mb must be positive");
                return 2;
            }
            var ingestor = session.Ingestor(limits);
            var missing = new List<string>();
            var files = ReportFiles.ExpandReports(result.GetValue(paths) ?? [], result.GetValue(followLinks), missing.Add).ToList();
            // A path that does not exist is the caller's mistake, not a report: it is named and nothing is stored for it.
            foreach (var path in missing) Console.Error.WriteLine($"sightline ingest: {Terminal.Line(path)}: no such file or folder; nothing stored for it");
            if (result.GetValue(retry)) files.AddRange(ingestor.FailedFiles().Where(f => files.All(g => g.Location != f.Location)));
            if (files.Count == 0)
            {
                if (missing.Count == 0) Console.Error.WriteLine("sightline ingest: no report files given (a file, a folder, a glob, or --retry-failed)");
                return 2;
            }
            var tally = Run(ingestor.IngestFiles(files), files.Count);
            Console.WriteLine(tally);
            var alerts = session.Alerts().List().Where(a => a.UpdatedAt >= started).ToList();
            foreach (var alert in alerts.Take(10)) Console.WriteLine($"ALERT {alert.Id} {alert.Rule} (rev {alert.Revision}): {Terminal.Line(alert.Summary)}");
            if (alerts.Count > 10) Console.WriteLine($"… and {alerts.Count - 10} more (sightline alerts)");
            // Webhooks are sent only after every document is stored: a receiver that hangs delays this line, never a document.
            await session.DeliverAlertsAsync(TimeSpan.FromSeconds(result.GetValue(webhookTimeout)), cancel);
            return tally.Failed == 0 && missing.Count == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>Keeps each report file as an upload in the database and queues a job to ingest it (ADR-043); 2 on a
    /// SQLite database, where there are no workers.</summary>
    private static int Queue(System.CommandLine.ParseResult result, string[] paths, bool followLinks)
    {
        var address = Storage.StoreLocation.Resolve(result.GetValue(GlobalOptions.Database));
        Jobs.IJobQueue jobs;
        try { jobs = Jobs.JobEngine.Open(address); }
        catch (Jobs.JobsUnavailableException e)
        {
            Console.Error.WriteLine($"sightline ingest --queue: {e.Message}");
            return 2;
        }
        var missing = new List<string>();
        var files = ReportFiles.ExpandReports(paths, followLinks, missing.Add).ToList();
        foreach (var path in missing) Console.Error.WriteLine($"sightline ingest: {Terminal.Line(path)}: no such file or folder; nothing queued for it");
        if (files.Count == 0)
        {
            if (missing.Count == 0) Console.Error.WriteLine("sightline ingest: no report files given (a file, a folder or a glob)");
            return 2;
        }
        using var store = Composition.KnowledgeBase.Open(address, TimeProvider.System);
        using var bar = new ProgressBar("queue", files.Count);
        foreach (var (file, done) in files.Select((f, i) => (f, i + 1)))
        {
            var key = Jobs.JobWork.Keep(store, Path.GetFileName(file.Location), File.ReadAllBytes(file.Location), TimeProvider.System.GetUtcNow());
            jobs.IngestUpload(key);
            bar.Report(done);
        }
        bar.Done();
        Console.WriteLine($"Queued {files.Count:N0} report files for the workers (sightline jobs shows their progress).");
        return missing.Count == 0 ? 0 : 1;
    }

    /// <summary>The default limits with those given on the command line, or null when one is not positive.</summary>
    private static DocumentLimits? Limits(double timeBudgetSeconds, int maxTextChars, int maxPdfMegabytes)
    {
        if (timeBudgetSeconds <= 0 || maxTextChars <= 0 || maxPdfMegabytes <= 0) return null;
        var pdfBytes = maxPdfMegabytes * 1024L * 1024;
        return DocumentLimits.Default with
        {
            TimeBudget = TimeSpan.FromSeconds(timeBudgetSeconds), MaxTextChars = maxTextChars,
            MaxPdfDecodedBytes = pdfBytes, MaxPdfStreamBytes = Math.Max(1, pdfBytes / 4),
        };
    }

    /// <summary>Ingests with a progress bar over files (and over the messages of a Telegram export, "n of N messages"),
    /// printing each failure as it happens and each distinct warning once.</summary>
    public static IngestTally Run(IEnumerable<IngestOutcome> outcomes, int files)
    {
        using var bar = new ProgressBar("ingest", files);
        ProgressBar? messages = null;
        string? export = null;
        var counts = new Dictionary<IngestResult, int>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var warnings = new HashSet<string>(StringComparer.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var outcome in outcomes)
        {
            counts[outcome.Result] = counts.GetValueOrDefault(outcome.Result) + 1;
            var shown = messages ?? bar;
            if (outcome.Result == IngestResult.Failed) shown.Interrupt($"failed    {Terminal.Line(outcome.Diagnostic)}");
            else if (outcome.Diagnostic is not null && warnings.Add(outcome.Diagnostic)) shown.Interrupt($"warning   {Terminal.Line(outcome.Diagnostic)}");
            if (outcome.Message is { } message)
            {
                if (export != outcome.Path)
                {
                    messages?.Done();
                    (export, messages) = (outcome.Path, new ProgressBar($"ingest {Path.GetFileName(outcome.Path)}", message.Count, "messages"));
                }
                messages!.Report(message.Index);
            }
            if (paths.Add(outcome.Path)) bar.Report(paths.Count);
        }
        messages?.Done();
        bar.Done();
        return new IngestTally(counts, clock.Elapsed);
    }
}

/// <summary>How many documents each result had, and how long the run took.</summary>
internal sealed record IngestTally(IReadOnlyDictionary<IngestResult, int> Counts, TimeSpan Elapsed)
{
    public int Failed => Counts.GetValueOrDefault(IngestResult.Failed);

    public override string ToString()
    {
        var documents = Counts.Values.Sum();
        return $"Ingested {documents:N0} documents in {Elapsed.TotalSeconds:0.0} s: {Counts.GetValueOrDefault(IngestResult.Added):N0} added, " +
               $"{Counts.GetValueOrDefault(IngestResult.Replaced):N0} replaced by a new version, {Counts.GetValueOrDefault(IngestResult.Unchanged):N0} unchanged, {Failed:N0} failed" +
               (Failed > 0 ? " (stored with their diagnostics; sightline ingest --retry-failed reads them again)" : "");
    }
}
