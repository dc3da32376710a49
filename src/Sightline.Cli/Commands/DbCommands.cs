using System.CommandLine;
using System.Diagnostics;
using Sightline.Cli.Output;
using Sightline.Composition;
using Sightline.Storage;
using Sightline.Storage.Copying;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline db migrate</c> (the database at <c>--db</c> brought to this build's schema) and
/// <c>sightline db copy --from A --to B</c> (a database copied into an empty PostgreSQL one, verified by row counts and
/// checksums, committed only when every table matches), ADR-041.</summary>
internal static class DbCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply the schema migrations the database (--db, SIGHTLINE_DB or the default) lacks, and say from which version to which");
        migrate.SetAction(result => Run("migrate", () =>
        {
            var address = StoreAddress.Resolve(result.GetValue(GlobalOptions.Database));
            var upgrade = StoreMaintenance.Migrate(address, TimeProvider.System);
            Console.WriteLine(Terminal.Line(upgrade.From == upgrade.To
                ? $"{address.Display}: schema version {upgrade.To}, the latest this build knows; nothing to migrate."
                : $"{address.Display}: migrated from schema version {upgrade.From} to {upgrade.To}."));
            return 0;
        }));

        var from = new Option<string>("--from") { Description = "The database to copy: a SQLite file (sqlite:PATH or a path) or a PostgreSQL address", Required = true };
        var to = new Option<string>("--to") { Description = "The PostgreSQL database to copy into (postgres://user:pass@host:port/db or Host=…;Database=…), migrated first; it must be empty", Required = true };
        var replace = new Option<bool>("--replace") { Description = "Empty the target's tables first (in the same transaction) instead of refusing a target that holds data" };
        var copy = new Command("copy", "Copy a database into an empty PostgreSQL database table by table in one transaction, verify every table's row count and checksum, and commit only when all match") { from, to, replace };
        copy.SetAction(result => Run("copy", () =>
        {
            var source = StoreAddress.Parse(result.GetValue(from)!);
            var target = StoreAddress.Parse(result.GetValue(to)!);
            var clock = Stopwatch.StartNew();
            var outcome = StoreMaintenance.Copy(source, target, result.GetValue(replace), TimeProvider.System,
                StandardStreams.ErrorIsTerminal ? null : step => Console.Error.WriteLine($"{step}…"));
            Write(outcome);
            var rows = outcome.Tables.Sum(t => t.TargetRows);
            if (outcome.Committed)
            {
                Console.WriteLine(Terminal.Line($"Copied {rows:N0} rows in {outcome.Tables.Count} tables from {source.Display} to {target.Display} in {clock.Elapsed.TotalSeconds:0.0} s; every table's row count and checksum match; committed."));
                return 0;
            }
            var differing = outcome.Tables.Where(t => !t.Matches).Select(t => t.Table);
            Console.Error.WriteLine(Terminal.Line($"sightline db copy: {string.Join(", ", differing)} differ between {source.Display} and {target.Display} after writing; nothing was committed."));
            return 1;
        }));

        return new Command("db", "The database itself: migrate its schema, copy it into PostgreSQL") { migrate, copy };
    }

    private static void Write(CopyOutcome outcome)
    {
        var table = new TextTable("Table", "Rows read", "Rows written", "Checksum read", "Checksum written", "");
        foreach (var t in outcome.Tables)
            table.Add(t.Table, t.SourceRows.ToString("N0"), t.TargetRows.ToString("N0"), t.SourceChecksum, t.TargetChecksum, t.Matches ? "same" : "DIFFERENT");
        table.Write(Console.Out);
    }

    private static int Run(string verb, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (StoreCopyException e)
        {
            Console.Error.WriteLine(Terminal.Line($"sightline db {verb}: {e.Message}"));
            return 1;
        }
    }
}
