namespace Sightline.Analysis.Tagging;

/// <summary>A typed entity over tokens [<see cref="Start"/>, <see cref="End"/>) of one sentence.</summary>
public readonly record struct EntitySpan(int Start, int End, string Type);

/// <summary>
/// The tagger's labels: O, and B(egin), I(nside), L(ast), U(nit) for each of PER, ORG, LOC and MISC (the BILOU
/// encoding, which learns span edges better than the IOB1 of the CoNLL files), and conversions to and from spans.
/// </summary>
public static class EntityLabels
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];
    public const int Outside = 0;
    public static readonly int Count = 1 + 4 * Types.Length;

    private static readonly string[] Names = BuildNames();

    public static string Name(int label) => Names[label];

    public static int TypeIndex(string type) => Array.IndexOf(Types, type);

    private static int Label(int type, int part) => 1 + 4 * type + part; // part: 0 B, 1 I, 2 L, 3 U

    private static int Part(int label) => (label - 1) % 4;

    private static int TypeOf(int label) => (label - 1) / 4;

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> (-1 at a sentence start).</summary>
    public static bool IsAllowed(int previous, int label)
    {
        var open = previous > 0 && Part(previous) is 0 or 1;
        if (open) return label > 0 && TypeOf(label) == TypeOf(previous) && Part(label) is 1 or 2;
        return label == Outside || Part(label) is 0 or 3;
    }

    /// <summary>Spans from CoNLL IOB1 tags (I-X starts an entity unless it follows X; B-X splits two adjacent ones) or IOB2 tags.</summary>
    public static List<EntitySpan> SpansFromIob(IReadOnlyList<string> tags)
    {
        var spans = new List<EntitySpan>();
        string? type = null;
        var start = 0;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var tagType = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            var continues = tagType is not null && tagType == type && tag[0] == 'I';
            if (continues) continue;
            if (type is not null) spans.Add(new EntitySpan(start, i, type));
            type = tagType;
            start = i;
        }
        return spans;
    }

    /// <summary>BILOU labels for <paramref name="length"/> tokens holding <paramref name="spans"/>.</summary>
    public static int[] LabelsFromSpans(IEnumerable<EntitySpan> spans, int length)
    {
        var labels = new int[length];
        foreach (var span in spans)
        {
            var type = TypeIndex(span.Type);
            if (type < 0) continue;
            if (span.End - span.Start == 1) { labels[span.Start] = Label(type, 3); continue; }
            labels[span.Start] = Label(type, 0);
            for (var i = span.Start + 1; i < span.End - 1; i++) labels[i] = Label(type, 1);
            labels[span.End - 1] = Label(type, 2);
        }
        return labels;
    }

    /// <summary>Spans from BILOU labels; an entity left open at a sentence end or a type change is closed there.</summary>
    public static List<EntitySpan> SpansFromLabels(IReadOnlyList<int> labels)
    {
        var spans = new List<EntitySpan>();
        var start = -1;
        var type = -1;
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            if (start >= 0 && (label == Outside || TypeOf(label) != type || Part(label) is 0 or 3))
            {
                spans.Add(new EntitySpan(start, i, Types[type]));
                start = -1;
            }
            if (label == Outside) continue;
            switch (Part(label))
            {
                case 3: spans.Add(new EntitySpan(i, i + 1, Types[TypeOf(label)])); break;
                case 2:
                    spans.Add(new EntitySpan(start >= 0 ? start : i, i + 1, Types[TypeOf(label)]));
                    start = -1;
                    break;
                default:
                    if (start < 0) { start = i; type = TypeOf(label); }
                    break;
            }
        }
        if (start >= 0) spans.Add(new EntitySpan(start, labels.Count, Types[type]));
        return spans;
    }

    private static string[] BuildNames()
    {
        var names = new string[1 + 4 * Types.Length];
        names[0] = "O";
        for (var t = 0; t < Types.Length; t++)
            for (var p = 0; p < 4; p++)
                names[Label(t, p)] = "BILU"[p] + "-" + Types[t];
        return names;
    }
}
