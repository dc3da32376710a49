using System.Diagnostics;
using Sightline.Lists.Formats;
using Sightline.Lists.Import;
using Sightline.Storage.Sqlite;

namespace Sightline.Benchmarks.Imports;

/// <summary>Imports the lists at a path into a database and prints one line: seconds, entries and peak resident memory.</summary>
internal static class ImportOne
{
    public static int Run(string path, string database)
    {
        var watch = Stopwatch.StartNew();
        using var store = SqliteListStore.Open(database, TimeProvider.System);
        var importer = new ListImporter(store, TimeProvider.System);
        var entries = 0;
        foreach (var reader in ListReaders.Open(path))
        {
            if (importer.Import(reader) is not ImportOutcome.Imported imported)
            {
                Console.Error.WriteLine($"{reader.Source.List}: not imported");
                return 1;
            }
            entries += imported.Version.Counts.Total;
        }
        Console.WriteLine($"{watch.Elapsed.TotalSeconds:F2} {entries} {PeakResidentMegabytes()}");
        return 0;
    }

    /// <summary>VmHWM from /proc/self/status: the most resident memory this process has used.</summary>
    private static long PeakResidentMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
