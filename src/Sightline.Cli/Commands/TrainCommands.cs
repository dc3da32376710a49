using System.CommandLine;
using System.Diagnostics;
using Sightline.Analysis.Tagging;
using Sightline.Claims.Meetings;
using Sightline.Lists.Import;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline train ner</c>: trains the entity tagger on CoNLL-format data and writes the model file;
/// <c>sightline train meetings</c>: trains the meeting model on the annotated corpora (<see cref="MeetingCorpora"/>).</summary>
internal static class TrainCommands
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train") { Description = "CoNLL-format training files (default: CoNLL-2003 train from ../shared/nlp-data and the in-genre training set)", AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string[]>("--dev") { Description = "CoNLL-format development files to choose the epoch (default: CoNLL-2003 dev from ../shared/nlp-data and the in-genre dev set)", AllowMultipleArgumentsPerToken = true };
        var epochs = new Option<int>("--epochs") { Description = "Training passes; the best on the development files is kept", DefaultValueFactory = _ => 12 };
        var output = new Option<string>("--output") { Description = "Where to write the model", DefaultValueFactory = _ => Path.Combine("data", "models", "ner.model") };
        var ner = new Command("ner", "Train the named-entity tagger (averaged perceptron) and write its model") { train, dev, epochs, output };
        ner.SetAction(result =>
        {
            var trainFiles = Defaulted(result.GetValue(train), SharedConll("conllpp_train.txt"), InGenre("train.conll"));
            var devFiles = Defaulted(result.GetValue(dev), SharedConll("conllpp_dev.txt"), InGenre("dev.conll"));
            if (trainFiles.Concat(devFiles).FirstOrDefault(f => !File.Exists(f)) is { } missing)
            {
                Console.Error.WriteLine($"sightline train ner: {missing}: no such file");
                return 2;
            }
            var clock = Stopwatch.StartNew();
            List<ConllDocument> trainDocuments, devDocuments;
            try
            {
                trainDocuments = trainFiles.SelectMany(ConllCorpus.Read).ToList();
                devDocuments = devFiles.SelectMany(ConllCorpus.Read).ToList();
            }
            catch (FormatException error)
            {
                Console.Error.WriteLine($"sightline train ner: {error.Message}");
                return 1;
            }
            var gazetteer = GazetteerBuilder.FromEntries(BundledLists.Open(ProjectPaths.Data("lists")).SelectMany(r => r.ReadEntries()));
            Console.WriteLine($"Training on {trainDocuments.Count:N0} documents ({string.Join(", ", trainFiles)}); choosing the epoch on {devDocuments.Count:N0} ({string.Join(", ", devFiles)}).");
            Console.WriteLine($"Gazetteer: {gazetteer.Count:N0} words from the bundled lists and country names.");
            var provenance = "trained on " + string.Join(" + ", trainFiles.Select(Path.GetFileName)) + "; gazetteer from the bundled lists";
            var model = NerTrainer.Train(trainDocuments, devDocuments, gazetteer, new NerTrainingOptions(result.GetValue(epochs), Provenance: provenance), Console.WriteLine);
            var path = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            model.Save(path);
            Console.WriteLine($"{model.Description}");
            Console.WriteLine($"Wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024:0.0} MB, {model.FeatureCount:N0} features) in {clock.Elapsed.TotalSeconds:0} s.");
            return 0;
        });
        return new Command("train", "Train Sightline's statistical models") { ner, NameFrequenciesCommand(), TrainNames.Create(), Meetings() };
    }

    /// <summary><c>sightline train name-frequencies</c>: derives the bundled table of how common each name word is.</summary>
    private static Command NameFrequenciesCommand()
    {
        var from = new Option<string>("--names-data") { Description = "The names-data folder (Wikidata name pairs)", DefaultValueFactory = _ => Path.Combine("..", "shared", "names-data") };
        var output = new Option<string>("--output") { Description = "Where to write the table", DefaultValueFactory = _ => Path.Combine("data", "names", "token-frequencies.tsv") };
        var command = new Command("name-frequencies", "Count how common each name word is in people's names (Wikidata name pairs) and write the bundled table") { from, output };
        command.SetAction(result =>
        {
            var folder = result.GetValue(from)!;
            var files = new[] { "arabic", "russian", "hebrew" }.Select(s => Path.Combine(folder, $"wikidata-en-{s}-64.tsv")).ToList();
            if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
            {
                Console.Error.WriteLine($"sightline train name-frequencies: {missing}: no such file");
                return 2;
            }
            var table = Sightline.Knowledge.Resolution.NameFrequencies.Derive(files);
            var path = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var writer = new StreamWriter(path) { NewLine = "\n" })
            {
                writer.WriteLine($"# Name-token frequencies: {string.Join(" + ", files.Select(Path.GetFileName))} (names-data, CC0), English tokens folded by the names engine,");
                writer.WriteLine($"# counts summed, tokens counted fewer than {Sightline.Knowledge.Resolution.NameFrequencies.Kept} times left out. Written by `sightline train name-frequencies`.");
                foreach (var (token, count) in table) writer.WriteLine($"{token}\t{count}");
            }
            Console.WriteLine($"Wrote {path}: {table.Count:N0} tokens from {string.Join(", ", files)}.");
            return 0;
        });
        return command;
    }

    /// <summary><c>sightline train meetings</c>: trains the meeting model on the annotated corpora.</summary>
    private static Command Meetings()
    {
        var corpora = new Option<string[]>("--corpus") { Description = "Annotated corpus folders (gold.jsonl with the reports beside it or in docs/); default: data/eval/claims, data/training/*, ../shared/corpus/real-dev, ../shared/corpus/seeds", AllowMultipleArgumentsPerToken = true };
        var epochs = new Option<int>("--epochs") { Description = "Training passes", DefaultValueFactory = _ => new MeetingTrainingOptions().Epochs };
        var output = new Option<string>("--output") { Description = "Where to write the model", DefaultValueFactory = _ => Path.Combine("data", "models", "meetings.model") };
        var command = new Command("meetings", "Train the meeting model (averaged perceptron over candidate parties) and write it") { corpora, epochs, output };
        command.SetAction(result =>
        {
            var clock = Stopwatch.StartNew();
            var folders = result.GetValue(corpora) is { Length: > 0 } given ? given : MeetingCorpora.DefaultTraining();
            List<AnnotatedDocument> documents;
            try
            {
                var analyzer = MeetingCorpora.Analyzer();
                documents = folders.SelectMany(folder => MeetingCorpora.Read(folder, analyzer)).ToList();
            }
            catch (Exception error) when (error is IOException or FormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sightline train meetings: {error.Message}");
                return 2;
            }
            Console.WriteLine($"Training on {documents.Count} annotated reports from {string.Join(", ", folders)}.");
            var model = MeetingTrainer.Train(documents, new MeetingTrainingOptions(result.GetValue(epochs)), Console.WriteLine);
            var path = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            model.Save(path);
            Console.WriteLine(model.Description);
            Console.WriteLine($"Wrote {path} ({new FileInfo(path).Length / 1024.0:0} KB, {model.FeatureCount:N0} features) in {clock.Elapsed.TotalSeconds:0} s.");
            return 0;
        });
        return command;
    }

    private static string[] Defaulted(string[]? given, params string[] defaults) =>
        given is { Length: > 0 } ? given : defaults;

    /// <summary>CoNLL-2003 stays in the shared data folder beside the repository; it is read from there, never copied.</summary>
    private static string SharedConll(string file) => Path.Combine("..", "shared", "nlp-data", "conllpp", file);

    private static string InGenre(string file) => Path.Combine("data", "ner", "genre", file);
}
