using Sightline.Screening.Evaluation;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Sightline.Benchmarks.Imports;

/// <summary>
/// The whole-process import benchmark: each bundled list, then a generated FtM file of N entities, each imported
/// into a fresh database by a child process, so every peak-memory figure is that import's own.
/// </summary>
internal static class ImportScale
{
    public static async Task<int> RunAsync(string[] args)
    {
        var entities = args.Length >= 2 && args[0] == "--entities" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var root = FindRoot();
        var work = Path.Combine(Path.GetTempPath(), "sightline-bench");
        Directory.CreateDirectory(work);

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine("| input | entries | seconds | entries/s | peak memory (MB) | database (MB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var list in new[] { "us_ofac_sdn", "us_ofac_cons", "un_sc_sanctions" })
            await MeasureAsync(list, Path.Combine(root, "data", "lists", list), work);

        var ftm = Path.Combine(work, $"generated-{entities}.ftm.json");
        if (!File.Exists(ftm)) SyntheticFtm.Write(ftm, entities);
        await MeasureAsync($"generated FtM, {entities:N0} lines ({new FileInfo(ftm).Length / 1_048_576:N0} MB)", ftm, work);
        return 0;
    }

    private static async Task MeasureAsync(string label, string path, string work)
    {
        var database = Path.Combine(work, $"bench-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        foreach (var a in new[] { typeof(ImportScale).Assembly.Location, "import-one", path, database }) start.ArgumentList.Add(a);
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) != "dotnet") start.ArgumentList.RemoveAt(0);
        using var process = Process.Start(start)!;
        var output = (await process.StandardOutput.ReadToEndAsync()).Trim().Split(' ');
        await process.WaitForExitAsync();
        var size = new FileInfo(database).Length / 1_048_576.0;
        foreach (var f in Directory.GetFiles(work, Path.GetFileName(database) + "*")) File.Delete(f);
        if (process.ExitCode != 0 || output.Length < 3)
        {
            Console.WriteLine($"| {label} | failed | | | | |");
            return;
        }
        var seconds = double.Parse(output[0], System.Globalization.CultureInfo.InvariantCulture);
        var entries = int.Parse(output[1], System.Globalization.CultureInfo.InvariantCulture);
        Console.WriteLine($"| {label} | {entries:N0} | {seconds:F2} | {entries / seconds:N0} | {output[2]} | {size:N0} |");
    }

    /// <summary>The repository root: the folder above this program holding Sightline.slnx.</summary>
    internal static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sightline.slnx"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the Sightline repository");
    }
}
