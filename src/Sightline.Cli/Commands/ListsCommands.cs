using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sightline.Cli.Output;
using Sightline.Lists.Model;
using Sightline.Lists;
using Sightline.Lists.Formats;
using Sightline.Lists.Import;
using Sightline.Lists.Update;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline lists</c>: show, import, update, diff and inspect the official sanctions lists.</summary>
internal static class ListsCommands
{
    public static Command Create()
    {
        var lists = new Command("lists", "Show the loaded sanctions lists, their versions and counts");
        lists.SetAction(Show);
        lists.Subcommands.Add(ImportCommand());
        lists.Subcommands.Add(ShowEntryCommand());
        lists.Subcommands.Add(DiffCommand());
        lists.Subcommands.Add(UpdateCommand());
        lists.Subcommands.Add(ActivateCommand());
        return lists;
    }

    private static Option<bool> AllowShrink() => new("--allow-shrink") { Description = "Accept a version that loses more entries or names than --max-loss allows (the list really shrank)" };
    private static Option<bool> AllowPartial() => new("--allow-partial") { Description = "Accept an OFAC set without its alias, address or comments file" };
    private static Option<double> MaxLoss() => new("--max-loss")
    {
        Description = "The largest share of the active version's entries or names a new version may lose",
        DefaultValueFactory = _ => ImportChecks.Standard.MaximumLoss,
        Validators = { r => { if (r.GetValueOrDefault<double>() is < 0 or > 1) r.AddError("--max-loss is a share between 0 and 1"); } },
    };

    private static ImportChecks Checks(ParseResult result, Option<double> maxLoss, Option<bool> allowShrink, Option<bool> allowPartial) =>
        new(result.GetValue(maxLoss), result.GetValue(allowShrink), result.GetValue(allowPartial));

    private static int Show(ParseResult result)
    {
        using var session = CliSession.Open(result);
        var active = session.Store.ActiveVersions();
        Console.WriteLine($"database: {session.DatabaseShown}");
        if (active.Count == 0)
        {
            Console.WriteLine("no lists loaded: run `sightline demo` or `sightline lists import PATH`");
            return 0;
        }
        var table = new TextTable("list", "version", "as of", "entries", "persons", "orgs", "vessels", "aircraft", "imported", "status");
        foreach (var list in active)
        {
            foreach (var v in session.Store.Versions(list.List))
            {
                var stale = v.IsStale(session.Clock.GetUtcNow(), session.StaleAfter);
                table.Add(v.List, $"{(v.Active ? "*" : " ")}{v.Number}", v.Published is { } p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "unknown",
                    v.Counts.Total, v.Counts.Persons, v.Counts.Organizations, v.Counts.Vessels, v.Counts.Aircraft,
                    v.ImportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    (v.Active ? "active" : "superseded") + (stale && v.Active ? $", STALE ({(int)(session.Clock.GetUtcNow() - v.AsOf).TotalDays:N0} days old)" : ""));
            }
        }
        table.Write(Console.Out);
        Console.WriteLine($"* active version. A list older than {session.StaleAfter.TotalDays:N0} days is stale (--stale-after, ${GlobalOptions.StaleEnvironmentVariable}).");
        return 0;
    }

    private static Command ImportCommand()
    {
        var paths = new Argument<string[]>("path") { Description = "List files or folders", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = $"The format, when it cannot be detected: {string.Join(", ", ListFormatNames.All)}" };
        var listName = new Option<string?>("--list") { Description = "Name of the list (default: us_ofac_sdn, us_ofac_cons, un_sc_sanctions, or the FtM file name)" };
        var published = new Option<DateTimeOffset?>("--published") { Description = "Publication date of a file that states none (OFAC CSV, FtM)" };
        var (maxLoss, allowShrink, allowPartial) = (MaxLoss(), AllowShrink(), AllowPartial());
        var command = new Command("import", "Import list files as new list versions (a no-op when the content is unchanged); a version that looks cut short or hollowed out is refused")
            { paths, format, listName, published, maxLoss, allowShrink, allowPartial };
        command.SetAction(result =>
        {
            ListFormat? chosen = null;
            if (result.GetValue(format) is { } name)
            {
                if (!ListFormatNames.TryParse(name, out var parsed))
                {
                    Console.Error.WriteLine($"unknown format '{name}'; use one of {string.Join(", ", ListFormatNames.All)}");
                    return 2;
                }
                chosen = parsed;
            }
            using var session = CliSession.Open(result);
            var importer = session.Importer();
            var checks = Checks(result, maxLoss, allowShrink, allowPartial);
            var failed = false;
            var outcomes = new List<ImportOutcome>();
            foreach (var path in result.GetValue(paths)!)
            {
                IReadOnlyList<IListReader> readers;
                try
                {
                    readers = ListReaders.Open(path, chosen, result.GetValue(listName), result.GetValue(published));
                }
                catch (ListFormatException e)
                {
                    Console.WriteLine($"FAILED    {Terminal.Line(e.Message)}");
                    failed = true;
                    continue;
                }
                foreach (var reader in readers)
                {
                    var outcome = importer.Import(reader, checks);
                    OutcomePrinter.Write(Console.Out, outcome, session);
                    failed |= outcome is ImportOutcome.Failed;
                    outcomes.Add(outcome);
                }
            }
            using (var knowledge = KnowledgeSession.Open(result)) knowledge.AfterListImports(outcomes);
            return failed ? 1 : 0;
        });
        return command;
    }

    private static Command ShowEntryCommand()
    {
        var id = new Argument<string>("id") { Description = "The authority's id: OFAC ent_num (28004), UN reference number (IQi.001), FtM id; or LIST:ID" };
        var listName = new Option<string?>("--list") { Description = "Only this list" };
        var version = new Option<int?>("--version") { Description = "A version number of the list instead of the active one" };
        var json = new Option<bool>("--json") { Description = "Print the entry as JSON" };
        var command = new Command("show", "Show one list entry with everything parsed from it") { id, listName, version, json };
        command.SetAction(result =>
        {
            using var session = CliSession.Open(result);
            var (list, entryId) = SplitId(result.GetValue(id)!, result.GetValue(listName));
            var candidates = list is not null ? [list] : session.Store.ListsHolding(entryId);
            var shown = 0;
            foreach (var name in candidates)
            {
                var versions = session.Store.Versions(name);
                var chosen = result.GetValue(version) is { } number ? versions.FirstOrDefault(v => v.Number == number) : versions.FirstOrDefault(v => v.Active);
                if (chosen is null || session.Store.Entry(name, entryId, chosen.Id) is not { } entry) continue;
                if (shown++ > 0) Console.WriteLine();
                if (result.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(entry, new JsonSerializerOptions(EntryJson.Options) { WriteIndented = true }));
                else EntryPrinter.Write(Console.Out, entry, chosen, session.Store.FirstSeen(name, entryId), session);
            }
            if (shown > 0) return 0;
            Console.Error.WriteLine($"no entry {entryId} in {(list ?? "any loaded list")}");
            return 1;
        });
        return command;
    }

    private static (string? List, string Id) SplitId(string id, string? list)
    {
        var colon = id.IndexOf(':');
        return list is null && colon > 0 && !id[..colon].Contains('.') ? (id[..colon], id[(colon + 1)..]) : (list, id);
    }

    private static Command DiffCommand()
    {
        var listName = new Argument<string?>("list") { Description = "The list (default: every list with two or more versions)", Arity = ArgumentArity.ZeroOrOne };
        var from = new Option<int?>("--from") { Description = "Older version number (default: the one before --to)" };
        var to = new Option<int?>("--to") { Description = "Newer version number (default: the active version)" };
        var limit = new Option<int>("--limit") { Description = "Show at most this many entries a list", DefaultValueFactory = _ => 50 };
        var command = new Command("diff", "Show what changed between two versions of a list: added, removed and changed entries") { listName, from, to, limit };
        command.SetAction(result =>
        {
            using var session = CliSession.Open(result);
            var names = result.GetValue(listName) is { } one ? [one] : session.Store.ActiveVersions().Select(v => v.List).ToList();
            var shown = 0;
            foreach (var name in names)
            {
                var versions = session.Store.Versions(name);
                var newer = result.GetValue(to) is { } t ? versions.FirstOrDefault(v => v.Number == t) : versions.FirstOrDefault(v => v.Active);
                var older = result.GetValue(from) is { } f ? versions.FirstOrDefault(v => v.Number == f)
                    : newer is null ? null : versions.LastOrDefault(v => v.Number < newer.Number);
                if (newer is null || older is null)
                {
                    if (result.GetValue(listName) is not null)
                    {
                        Console.Error.WriteLine($"{name}: no such pair of versions (it has {versions.Count})");
                        return 1;
                    }
                    continue;
                }
                if (shown++ > 0) Console.WriteLine();
                DiffPrinter.Write(Console.Out, ListDiff.Compare(session.Store, older, newer), session, result.GetValue(limit));
            }
            if (shown == 0) Console.WriteLine("no list has two versions yet: import a newer file or run `sightline lists update`");
            return 0;
        });
        return command;
    }

    private static Command UpdateCommand()
    {
        var mirror = new Option<string?>("--mirror") { Description = "Fetch from BASE/LIST/FILE instead of the authorities' addresses (an https address)" };
        var sources = new Option<string?>("--sources") { Description = "A JSON file of list sources replacing the official addresses" };
        var only = new Option<string[]>("--list") { Description = "Update only these lists", AllowMultipleArgumentsPerToken = true };
        var allowHttp = new Option<bool>("--allow-http") { Description = "Accept plain-http sources (a mirror inside a trusted network)" };
        var (maxLoss, allowShrink, allowPartial) = (MaxLoss(), AllowShrink(), AllowPartial());
        var queue = new Option<bool>("--queue") { Description = "Queue a download job a list for the workers (sightline worker, PostgreSQL) instead of downloading here; the workers' own sources apply" };
        var command = new Command("update", "Download the current lists from the authorities, verify them, import them and show what changed")
            { mirror, sources, only, allowHttp, maxLoss, allowShrink, allowPartial, queue };
        command.SetAction(async (result, cancel) =>
        {
            IReadOnlyList<ListDownloadSource> chosen;
            try
            {
                chosen = result.GetValue(sources) is { } file ? OfficialSources.Load(file)
                    : result.GetValue(mirror) is { } m ? OfficialSources.Mirrored(MirrorAddress(m))
                    : OfficialSources.Default;
            }
            catch (ListFormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            if (result.GetValue(only) is { Length: > 0 } names) chosen = chosen.Where(s => names.Contains(s.List)).ToList();
            if (result.GetValue(queue)) return QueueDownloads(result, chosen);

            using var session = CliSession.Open(result);
            using var http = ListDownloader.CreateClient(TimeSpan.FromMinutes(5));
            var downloader = new ListDownloader(http) { AllowPlainHttp = result.GetValue(allowHttp) };
            var updater = new ListUpdater(downloader, session.Importer(), Path.GetTempPath(), Checks(result, maxLoss, allowShrink, allowPartial));
            var outcomes = await updater.UpdateAsync(chosen, cancel);
            foreach (var outcome in outcomes) OutcomePrinter.Write(Console.Out, outcome, session);
            using (var knowledge = KnowledgeSession.Open(result)) knowledge.AfterListImports(outcomes);
            return outcomes.Any(o => o is ImportOutcome.Failed) ? 1 : 0;
        });
        return command;
    }

    /// <summary>Queues one download job a list for the workers (ADR-043); 2 on a SQLite database, which has none.</summary>
    private static int QueueDownloads(ParseResult result, IReadOnlyList<ListDownloadSource> chosen)
    {
        try
        {
            var jobs = Jobs.JobEngine.Open(Storage.StoreLocation.Resolve(result.GetValue(GlobalOptions.Database)));
            foreach (var source in chosen) Console.WriteLine($"{source.List}: download queued as job {jobs.DownloadList(source.List)}");
            return 0;
        }
        catch (Jobs.JobsUnavailableException e)
        {
            Console.Error.WriteLine($"sightline lists update --queue: {e.Message}");
            return 2;
        }
    }

    private static Uri MirrorAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new ListFormatException("--mirror", null, null, $"'{text}' is not an http(s) address such as https://mirror.example/lists");

    private static Command ActivateCommand()
    {
        var listName = new Argument<string>("list") { Description = "The list (us_ofac_sdn, un_sc_sanctions, …)" };
        var number = new Argument<int>("version") { Description = "The version number to make active (see sightline lists)" };
        var why = new Option<string>("--why") { Description = "Why: kept in the audit trail", Required = true };
        var command = new Command("activate", "Make an earlier (or later) version of a list the active one, audited, and re-screen the knowledge base") { listName, number, why };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            ListVersion previous, active;
            try
            {
                (previous, active) = session.Review().ActivateListVersion(result.GetValue(listName)!, result.GetValue(number), GlobalOptions.Reviewer(result), result.GetValue(why)!);
            }
            catch (Sightline.Review.ReviewException e)
            {
                Console.Error.WriteLine($"sightline lists activate: {e.Message}");
                return 1;
            }
            Console.WriteLine($"{active.List}: version {active.Number} ({active.Label}, {active.Counts.Total:N0} entries) is active; version {previous.Number} was");
            session.AfterActiveVersionChange(active, ListDiff.Compare(session.Lists.Store, previous, active));
            return 0;
        });
        return command;
    }
}
