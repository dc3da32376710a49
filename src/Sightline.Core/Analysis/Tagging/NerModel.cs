using System.IO.Compression;
using System.Text;

namespace Sightline.Analysis.Tagging;

/// <summary>
/// Sightline's named-entity tagger: an averaged perceptron over BILOU labels for PER, ORG, LOC and MISC, decoded
/// greedily with document-level memory, trained by <c>NerTrainer</c> (Sightline.Evaluation). The model file (gzip) holds the weights,
/// the gazetteer and a description of what it was trained on.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "SIGHTLINE-NER-1";
    private readonly FrozenWeights weights;

    internal NerModel(FrozenWeights weights, Gazetteer gazetteer, EntityMemory memory, string description)
    {
        this.weights = weights;
        Gazetteer = gazetteer;
        Memory = memory;
        Description = description;
    }

    public Gazetteer Gazetteer { get; }

    /// <summary>The words of the training data and the entity types they took there.</summary>
    public EntityMemory Memory { get; }

    /// <summary>What the model was trained on, how, and how well it did on the development data.</summary>
    public string Description { get; }

    public int FeatureCount => weights.FeatureCount;

    /// <summary>Tags the sentences of one document (words only) and returns each sentence's entity spans.</summary>
    public List<List<EntitySpan>> Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var view = DocumentView.Build(sentences, Gazetteer, Memory);
        var labels = GreedyDecoder.Decode(view, weights, EntityLabels.Count);
        return labels.Select(EntityLabels.SpansFromLabels).ToList();
    }

    public void Save(string path)
    {
        var partial = path + ".partial";
        using (var file = File.Create(partial))
        using (var zip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new BinaryWriter(zip, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Description);
            writer.Write(EntityLabels.Count);
            var entries = weights.Entries().ToList();
            writer.Write(entries.Count);
            foreach (var (feature, label, weight) in entries)
            {
                writer.Write(feature);
                writer.Write((byte)label);
                writer.Write((Half)weight);
            }
            var words = Gazetteer.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
            writer.Write(words.Count);
            foreach (var (word, flags) in words)
            {
                writer.Write(word);
                writer.Write((byte)flags);
            }
            var remembered = Memory.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
            writer.Write(remembered.Count);
            foreach (var (word, flags) in remembered)
            {
                writer.Write(word);
                writer.Write((byte)flags);
            }
        }
        File.Move(partial, path, overwrite: true);
    }

    public static NerModel Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var zip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(zip, Encoding.UTF8);
            if (reader.ReadString() != Magic) throw new InvalidDataException($"{path}: not a Sightline NER model");
            var description = reader.ReadString();
            var labels = reader.ReadInt32();
            if (labels != EntityLabels.Count) throw new InvalidDataException($"{path}: the model has {labels} labels, this Sightline expects {EntityLabels.Count}");
            var count = reader.ReadInt32();
            var entries = new (ulong, int, float)[count];
            for (var k = 0; k < count; k++) entries[k] = (reader.ReadUInt64(), reader.ReadByte(), (float)reader.ReadHalf());
            var wordCount = reader.ReadInt32();
            var words = new Dictionary<string, GazetteerFlags>(wordCount, StringComparer.OrdinalIgnoreCase);
            for (var k = 0; k < wordCount; k++) words[reader.ReadString()] = (GazetteerFlags)reader.ReadByte();
            var memoryCount = reader.ReadInt32();
            var memory = new Dictionary<string, int>(memoryCount, StringComparer.OrdinalIgnoreCase);
            for (var k = 0; k < memoryCount; k++) memory[reader.ReadString()] = reader.ReadByte();
            return new NerModel(new FrozenWeights(labels, entries), new Gazetteer(words), new EntityMemory(memory), description);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: the model file is truncated");
        }
    }
}
