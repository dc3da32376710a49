using System.IO.Compression;
using System.Text;
using Sightline.Analysis.Tagging;

namespace Sightline.Claims.Meetings;

/// <summary>
/// The learned half of meeting extraction: an averaged perceptron that decides, for each candidate party of a meeting
/// trigger (<see cref="PartyCandidates"/>), whether it took part, from <see cref="MeetingFeatures"/>. Trained by
/// <c>MeetingTrainer</c> (Sightline.Evaluation); the committed model (<c>data/models/meetings.model</c>) travels inside the library
/// and is read once, at first use (<see cref="Bundled"/>).
/// </summary>
public sealed class MeetingModel : IPartyJudge
{
    private const string Magic = "SIGHTLINE-MEETINGS-1";
    private const string ResourceName = "Sightline.meetings.model";
    private static readonly Lazy<MeetingModel> LazyBundled = new(LoadBundled);
    private readonly FrozenWeights weights;

    internal MeetingModel(FrozenWeights weights, float rulePrior, float addMargin, string description)
    {
        this.weights = weights;
        RulePrior = rulePrior;
        AddMargin = addMargin;
        Description = description;
    }

    /// <summary>The model committed with Sightline.</summary>
    public static MeetingModel Bundled => LazyBundled.Value;

    /// <summary>What the model was trained on and how.</summary>
    public string Description { get; }

    public int FeatureCount => weights.FeatureCount;

    /// <summary>How far below zero the margin of a party the rules read as subject or object must fall before the
    /// model drops it.</summary>
    public float RulePrior { get; }

    /// <summary>The margin a party the rules did not read (another name in the sentence, the passage's topic) needs
    /// before the model adds it.</summary>
    public float AddMargin { get; }

    bool IPartyJudge.IsParty(CandidateContext context, PartyCandidate candidate) =>
        Score(MeetingFeatures.For(context, candidate)) > (candidate.ByRule ? -RulePrior : AddMargin);

    /// <summary>The margin of "takes part" over "does not".</summary>
    internal float Score(List<ulong> features)
    {
        Span<float> scores = stackalloc float[2];
        weights.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), scores);
        return scores[1] - scores[0];
    }

    public void Save(string path)
    {
        var partial = path + ".partial";
        using (var file = File.Create(partial))
            Write(file);
        File.Move(partial, path, overwrite: true);
    }

    private void Write(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(zip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Description);
        writer.Write(RulePrior);
        writer.Write(AddMargin);
        var entries = weights.Entries().OrderBy(e => e.Feature).ThenBy(e => e.Label).ToList();
        writer.Write(entries.Count);
        foreach (var (feature, label, weight) in entries)
        {
            writer.Write(feature);
            writer.Write((byte)label);
            writer.Write(weight);
        }
    }

    public static MeetingModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Read(file, path);
    }

    private static MeetingModel LoadBundled()
    {
        using var stream = typeof(MeetingModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"the meeting model ({ResourceName}) is not built into this Sightline; run `sightline train meetings`");
        return Read(stream, ResourceName);
    }

    private static MeetingModel Read(Stream stream, string name)
    {
        try
        {
            using var zip = new GZipStream(stream, CompressionMode.Decompress);
            using var reader = new BinaryReader(zip, Encoding.UTF8);
            if (reader.ReadString() != Magic) throw new InvalidDataException($"{name}: not a Sightline meeting model");
            var description = reader.ReadString();
            var rulePrior = reader.ReadSingle();
            var addMargin = reader.ReadSingle();
            var count = reader.ReadInt32();
            var entries = new (ulong, int, float)[count];
            for (var k = 0; k < count; k++) entries[k] = (reader.ReadUInt64(), reader.ReadByte(), reader.ReadSingle());
            return new MeetingModel(new FrozenWeights(2, entries), rulePrior, addMargin, description);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{name}: the model file is truncated");
        }
        catch (Exception error) when (error is OverflowException or ArgumentException or IOException)
        {
            throw new InvalidDataException($"{name}: not a meeting model this Sightline can read ({error.Message})", error);
        }
    }
}
