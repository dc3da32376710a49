using Sightline.Tests.Support;

namespace Sightline.Tests.Fuzzing;

/// <summary>
/// Runs a parser over its seed corpus (<c>Fuzzing/Corpus/NAME/</c>, every file as it is first) and then over
/// <see cref="Iterations"/> mutated inputs (<see cref="Mutator"/>), one file of the seed set mutated each time. An
/// input fails when the parser throws anything but the exceptions it documents, or is still running after
/// <see cref="HangGuard"/>; it is then written to <c>artifacts/fuzz/</c> so it can be replayed and added to the
/// corpus. <c>SIGHTLINE_FUZZ_ITERATIONS</c> and <c>SIGHTLINE_FUZZ_SEED</c> set the run's length and seed (a short,
/// fixed run by default; DEVELOPERS.md gives the long run).
/// </summary>
internal static class Fuzzer
{
    /// <summary>Generous: a hang, not a slow input. No timing is asserted otherwise.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);

    public static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("SIGHTLINE_FUZZ_ITERATIONS"), out var n) ? n : 120;

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("SIGHTLINE_FUZZ_SEED"), out var s) ? s : 20261130;

    public static string CorpusFolder(string name) => Path.Combine(Repository.Root, "tests", "Sightline.Tests", "Fuzzing", "Corpus", name);

    /// <summary>Runs <paramref name="parse"/> over a corpus whose files form one input (a file set, or one file).</summary>
    /// <param name="expected">The exceptions the parser documents for bad input.</param>
    public static void Run(string corpus, Action<IReadOnlyDictionary<string, byte[]>> parse, Func<Exception, bool> expected)
    {
        var seeds = Directory.GetFiles(CorpusFolder(corpus)).Order(StringComparer.Ordinal)
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes, StringComparer.Ordinal);
        Assert.NotEmpty(seeds);
        var failures = new List<string>();
        Check(corpus, "seed", seeds, parse, e => false, failures);
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        var random = new Random(corpus.Aggregate(Seed, (hash, c) => unchecked(hash * 31 + c))); // HashCode differs by process: the run would not be fixed
        var names = seeds.Keys.ToArray();
        for (var i = 0; i < Iterations && failures.Count < 3; i++)
        {
            var mutated = new Dictionary<string, byte[]>(seeds, StringComparer.Ordinal);
            var target = names[random.Next(names.Length)];
            mutated[target] = Mutator.Mutate(seeds[target], random);
            Check(corpus, $"{Seed}-{i}", mutated, parse, expected, failures);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static void Check(string corpus, string label, IReadOnlyDictionary<string, byte[]> input, Action<IReadOnlyDictionary<string, byte[]>> parse,
        Func<Exception, bool> expected, List<string> failures)
    {
        var run = Task.Run(() => parse(input));
        string? failure = null;
        try
        {
            if (!run.Wait(HangGuard)) failure = $"still running after {HangGuard.TotalSeconds:0} s";
        }
        catch (AggregateException e) when (!expected(e.InnerException!))
        {
            failure = $"{e.InnerException!.GetType().Name}: {e.InnerException.Message}\n{e.InnerException.StackTrace}";
        }
        catch (AggregateException)
        {
        }
        if (failure is null) return;
        var folder = Path.Combine(Repository.Root, "artifacts", "fuzz", $"{corpus}-{label}");
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in input) File.WriteAllBytes(Path.Combine(folder, name), bytes);
        failures.Add($"{corpus} input {label} (saved in {folder}): {failure}");
    }

    /// <summary>Writes an input's files into a fresh folder and gives its path to <paramref name="read"/>.</summary>
    public static void InFolder(IReadOnlyDictionary<string, byte[]> input, Action<string> read)
    {
        using var temp = new TempFolder();
        foreach (var (name, bytes) in input) File.WriteAllBytes(temp.File(name), bytes);
        read(temp.Path);
    }
}
