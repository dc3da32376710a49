using System.CommandLine;
using Sightline.Cli.Output;
using Sightline.Composition;
using Sightline.Storage;
using Sightline.Storage.Sqlite;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline backup FILE</c> (a consistent copy of the database while it is in use) and
/// <c>sightline restore FILE</c> (the database replaced by a checked copy, the replaced one kept beside it).</summary>
internal static class BackupCommands
{
    public static IEnumerable<Command> Create()
    {
        var backupFile = new Argument<string>("file") { Description = "The backup file to write; it must not exist" };
        var backup = new Command("backup", "Copy the database to a file, consistently, even while Sightline is using it") { backupFile };
        backup.SetAction(result => Run("backup", () =>
        {
            var database = StoreLocation.Resolve(result.GetValue(GlobalOptions.Database));
            var outcome = Stores.Backup(database, result.GetValue(backupFile)!, TimeProvider.System);
            Console.WriteLine(Terminal.Line($"Backed up {database} to {outcome.Path}: schema version {outcome.SchemaVersion}, {outcome.Pages:N0} pages, integrity checked."));
        }));

        var restoreFile = new Argument<string>("file") { Description = "A backup written by sightline backup" };
        var restore = new Command("restore", "Replace the database with a backup, keeping the replaced one as DB.before-restore; stop servers using it first") { restoreFile };
        restore.SetAction(result => Run("restore", () =>
        {
            var database = StoreLocation.Resolve(result.GetValue(GlobalOptions.Database));
            var outcome = Stores.Restore(result.GetValue(restoreFile)!, database, TimeProvider.System);
            Console.WriteLine(Terminal.Line($"Restored {outcome.Path} from {result.GetValue(restoreFile)}: schema version {outcome.SchemaVersion}, {outcome.Pages:N0} pages; the replaced database is kept as {database}.before-restore."));
        }));
        return [backup, restore];
    }

    private static int Run(string verb, Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (BackupException e)
        {
            Console.Error.WriteLine(Terminal.Line($"sightline {verb}: {e.Message}"));
            return 1;
        }
    }
}
