namespace Sightline.Analysis.Tagging;

/// <summary>Scores every label for a set of features.</summary>
internal interface ILabelScorer
{
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}

/// <summary>
/// The weights of an averaged perceptron while it learns: a weight a feature and label, and the running sum needed
/// to average them (Daumé's trick: keep <c>w</c> and <c>u = Σ c·Δw</c>; the average is <c>w − u/c</c>).
/// A feature gets weights only when it first takes part in a mistake, so the table holds what mattered.
/// </summary>
internal sealed class PerceptronWeights(int labels) : ILabelScorer
{
    private readonly Dictionary<ulong, int> index = new();
    private float[] weights = new float[1 << 16];
    private float[] sums = new float[1 << 16];

    public int Labels { get; } = labels;

    public int FeatureCount => index.Count;

    /// <summary>The score of each label: the sum of the known features' weight rows (a row holds one weight a label).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (!index.TryGetValue(feature, out var row)) continue;
            var w = weights.AsSpan(row * Labels, Labels);
            for (var l = 0; l < w.Length; l++) scores[l] += w[l];
        }
    }

    /// <summary>Moves weight from the predicted label to the gold one for each feature, at step <paramref name="step"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted, long step)
    {
        foreach (var feature in features)
        {
            var row = Row(feature) * Labels;
            weights[row + gold] += 1;
            sums[row + gold] += step;
            weights[row + predicted] -= 1;
            sums[row + predicted] -= step;
        }
    }

    /// <summary>The averaged weights after <paramref name="steps"/> steps, with near-zero weights left out.</summary>
    public IEnumerable<(ulong Feature, int Label, float Weight)> Averaged(long steps)
    {
        foreach (var (feature, row) in index)
            for (var l = 0; l < Labels; l++)
            {
                var average = weights[row * Labels + l] - sums[row * Labels + l] / steps;
                if (Math.Abs(average) >= 1e-3f) yield return (feature, l, average);
            }
    }

    private int Row(ulong feature)
    {
        if (index.TryGetValue(feature, out var row)) return row;
        row = index.Count;
        if ((row + 1) * Labels > weights.Length)
        {
            Array.Resize(ref weights, weights.Length * 2);
            Array.Resize(ref sums, sums.Length * 2);
        }
        index.Add(feature, row);
        return row;
    }
}

/// <summary>
/// The frozen, averaged weights of a trained model, in a flat open-addressing table: feature hashes in one array
/// (linear probing, at most half full), their weight rows in another, so that scoring a token touches no dictionary.
/// </summary>
internal sealed class FrozenWeights : ILabelScorer
{
    private readonly ulong[] keys;
    private readonly int[] rows;
    private readonly int mask;
    private readonly float[] weights;
    private readonly bool hasZero;
    private readonly int zeroRow;

    public FrozenWeights(int labels, IEnumerable<(ulong Feature, int Label, float Weight)> entries)
    {
        Labels = labels;
        var index = new Dictionary<ulong, int>();
        var table = new List<float>();
        foreach (var (feature, label, weight) in entries)
        {
            if (!index.TryGetValue(feature, out var row))
            {
                row = index.Count;
                index.Add(feature, row);
                for (var l = 0; l < labels; l++) table.Add(0);
            }
            table[row * labels + label] = weight;
        }
        weights = [.. table];
        var capacity = 16;
        while (capacity < index.Count * 2) capacity <<= 1;
        keys = new ulong[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        foreach (var (feature, row) in index)
        {
            if (feature == 0) { (hasZero, zeroRow) = (true, row); continue; } // 0 marks an empty slot
            var slot = (int)(feature & (ulong)mask);
            while (keys[slot] != 0) slot = (slot + 1) & mask;
            keys[slot] = feature;
            rows[slot] = row;
        }
        FeatureCount = index.Count;
    }

    public int Labels { get; }

    public int FeatureCount { get; }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            var row = Find(feature);
            if (row < 0) continue;
            var w = weights.AsSpan(row * Labels, Labels);
            for (var l = 0; l < w.Length; l++) scores[l] += w[l];
        }
    }

    /// <summary>Every non-zero weight, for saving.</summary>
    public IEnumerable<(ulong Feature, int Label, float Weight)> Entries()
    {
        if (hasZero)
            for (var l = 0; l < Labels; l++)
                if (weights[zeroRow * Labels + l] != 0) yield return (0, l, weights[zeroRow * Labels + l]);
        for (var slot = 0; slot < keys.Length; slot++)
        {
            if (keys[slot] == 0) continue;
            var row = rows[slot];
            for (var l = 0; l < Labels; l++)
                if (weights[row * Labels + l] != 0) yield return (keys[slot], l, weights[row * Labels + l]);
        }
    }

    private int Find(ulong feature)
    {
        if (feature == 0) return hasZero ? zeroRow : -1;
        var slot = (int)(feature & (ulong)mask);
        while (true)
        {
            var key = keys[slot];
            if (key == feature) return rows[slot];
            if (key == 0) return -1;
            slot = (slot + 1) & mask;
        }
    }
}
