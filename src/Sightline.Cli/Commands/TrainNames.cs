using System.CommandLine;
using System.Diagnostics;
using Sightline.Names.Transliteration;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline train names</c>: trains the transliteration model on the public name pairs (train slices),
/// calibrates and scores it on their development slices, and writes the model file the library embeds.</summary>
internal static class TrainNames
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The names-data folder (Google ar2en and Wikidata name pairs)", DefaultValueFactory = _ => Path.Combine("..", "shared", "names-data") };
        var output = new Option<string>("--output") { Description = "Where to write the model", DefaultValueFactory = _ => Path.Combine("data", "models", "transliteration.model") };
        var calibrateOnly = new Option<bool>("--calibrate-only") { Description = "Keep the model's probabilities (read from --output) and only calibrate and score it again on the development slices" };
        var command = new Command("names", "Train the transliteration model (Arabic/Persian, Cyrillic, Hebrew to Latin) and report its development accuracy") { data, output, calibrateOnly };
        command.SetAction(result =>
        {
            var folder = result.GetValue(data)!;
            if (TransliterationPairs.Files.SelectMany(f => new[] { f.Train, f.Dev }).Select(f => Path.Combine(folder, f)).FirstOrDefault(f => !File.Exists(f)) is { } missing)
            {
                Console.Error.WriteLine($"sightline train names: {missing}: no such file");
                return 2;
            }
            var clock = Stopwatch.StartNew();
            var train = TransliterationPairs.Read(folder, development: false, out var skippedTrain);
            var dev = TransliterationPairs.Read(folder, development: true, out var skippedDev);
            Console.WriteLine($"Training on {train.Count:N0} pairs ({Counts(train)}; {skippedTrain:N0} lines skipped); development {dev.Count:N0} pairs ({Counts(dev)}; {skippedDev:N0} skipped).");
            var provenance = $"trained by 'sightline train names' on {string.Join(" + ", TransliterationPairs.Files.Select(f => f.Train))}; calibrated on their development slices";
            var path = result.GetValue(output)!;
            TransliterationModel model;
            if (result.GetValue(calibrateOnly))
            {
                using var reader = new StreamReader(path);
                model = TransliterationModel.Load(reader);
            }
            else model = TransliterationTrainer.Train(train, new TransliterationTrainingOptions(), provenance, Console.WriteLine);
            var (calibrated, accuracy) = TransliterationEvaluation.Run(model, dev);
            foreach (var a in accuracy)
                Console.WriteLine($"{a.Script,-9} dev: {a.Words:N0} words, top-1 {a.Top1:P1}, top-5 {a.Top5:P1}; {a.Pairs:N0} pairs, verified at 1% false matches {a.VerifiedAtOnePercent:P1}, at 5% {a.VerifiedAtFivePercent:P1} (threshold {a.Calibration.Threshold:0.000}, median pair {a.Calibration.Typical:0.000})");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            calibrated.Save(path);
            Console.WriteLine($"Wrote {path} ({new FileInfo(path).Length / 1024.0:0} KB, {calibrated.ParameterCount:N0} emissions) in {clock.Elapsed.TotalSeconds:0} s.");
            return 0;
        });
        return command;
    }

    private static string Counts(IReadOnlyList<TransliterationPair> pairs) =>
        string.Join(", ", pairs.GroupBy(p => p.Script).Select(g => $"{g.Key} {g.Count():N0}"));
}
