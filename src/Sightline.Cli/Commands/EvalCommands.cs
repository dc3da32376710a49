using System.CommandLine;
using Sightline.Analysis.Tagging;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline eval ner</c>: scores the entity tagger on a CoNLL-format file, entity by entity as conlleval does;
/// <c>sightline eval extract</c> is in <see cref="EvalExtract"/>.</summary>
internal static class EvalCommands
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "A CoNLL-format file with gold entity tags", Required = true };
        var modelPath = new Option<string?>("--model") { Description = "The model file (default: the committed model)" };
        var ner = new Command("ner", "Tag a CoNLL file with the trained model; print precision, recall and F1 per type and overall") { conll, modelPath };
        ner.SetAction(result =>
        {
            var file = result.GetValue(conll)!;
            var path = result.GetValue(modelPath) ?? ProjectPaths.NerModel;
            try
            {
                var model = NerModel.Load(path);
                var documents = ConllCorpus.Read(file);
                Console.WriteLine(NerTrainer.Evaluate(model, documents).Report());
                return 0;
            }
            catch (Exception error) when (error is IOException or FormatException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sightline eval ner: {error.Message}");
                return 1;
            }
        });
        return new Command("eval", "Measure Sightline's models on annotated data") { ner, EvalExtract.Create(), EvalLinks.Create(), EvalMeetings.Create(), EvalSanctionedMeetings.Create() };
    }
}
