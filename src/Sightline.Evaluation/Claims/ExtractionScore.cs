namespace Sightline.Claims.Evaluation;

/// <summary>True positives, false positives and false negatives of one field, with the misses named.</summary>
public sealed class FieldScore
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }
    public List<string> Spurious { get; } = [];
    public List<string> Missed { get; } = [];

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores extraction against an annotation by the seeds' rules: names match leniently (<see cref="LenientName"/>),
/// each gold name once, a second spelling of a matched name a false positive; a meeting matches when two of its
/// participants match (one for a one-participant gold meeting) and the dates agree to the precision both give;
/// optional gold meetings neither reward nor penalise; a meeting found twice counts once. Counts are summed over documents.
/// </summary>
public sealed class ExtractionScore
{
    public FieldScore Persons { get; } = new();
    public FieldScore Organizations { get; } = new();
    public FieldScore Meetings { get; } = new();
    public FieldScore Sanctioned { get; } = new();

    /// <summary>The four fields by name, in report order.</summary>
    public IEnumerable<(string Name, FieldScore Score)> Fields =>
        [("persons", Persons), ("organizations", Organizations), ("meetings", Meetings), ("sanctioned", Sanctioned)];

    public void Add(ScoredDocument gold, ScoredDocument predicted)
    {
        Names(gold.Doc, gold.Persons, predicted.Persons, Persons);
        Names(gold.Doc, gold.Organizations, predicted.Organizations, Organizations);
        Names(gold.Doc, gold.Sanctioned, predicted.Sanctioned, Sanctioned);
        MeetingsOf(gold, predicted);
    }

    private static void Names(string doc, IReadOnlyList<string> gold, IReadOnlyList<string> predicted, FieldScore score)
    {
        var used = new bool[gold.Count];
        foreach (var name in predicted)
        {
            var k = Enumerable.Range(0, gold.Count).Where(i => !used[i] && LenientName.Same(gold[i], name)).DefaultIfEmpty(-1).First();
            if (k < 0) k = Enumerable.Range(0, gold.Count).Where(i => !used[i] && LenientName.Matches(gold[i], name)).DefaultIfEmpty(-1).First();
            if (k >= 0) { used[k] = true; score.TruePositives++; }
            else { score.FalsePositives++; score.Spurious.Add($"{doc}: {name}"); }
        }
        for (var i = 0; i < gold.Count; i++)
            if (!used[i]) { score.FalseNegatives++; score.Missed.Add($"{doc}: {gold[i]}"); }
    }

    private void MeetingsOf(ScoredDocument gold, ScoredDocument predicted)
    {
        var found = new bool[gold.Meetings.Count];
        foreach (var meeting in predicted.Meetings)
        {
            var matches = Enumerable.Range(0, gold.Meetings.Count).Where(i => Match(gold.Meetings[i], meeting)).ToList();
            if (matches.Count == 0) { Meetings.FalsePositives++; Meetings.Spurious.Add($"{gold.Doc}: {Describe(meeting)}"); }
            foreach (var i in matches) found[i] = true;
        }
        for (var i = 0; i < gold.Meetings.Count; i++)
        {
            if (gold.Meetings[i].Optional) continue;
            if (found[i]) Meetings.TruePositives++;
            else { Meetings.FalseNegatives++; Meetings.Missed.Add($"{gold.Doc}: {Describe(gold.Meetings[i])}"); }
        }
    }

    /// <summary>True when <paramref name="predicted"/> is the gold meeting: enough participants match and the dates agree.</summary>
    public static bool Match(ScoredMeeting gold, ScoredMeeting predicted)
    {
        var needed = Math.Min(2, gold.Participants.Count);
        var matched = gold.Participants.Count(g => predicted.Participants.Any(p => LenientName.Matches(g, p)));
        return matched >= needed && DatesAgree(gold.Date, predicted.Date);
    }

    public static bool DatesAgree(string? a, string? b)
    {
        if (a is null || b is null) return true;
        var shared = Math.Min(a.Length, b.Length);
        return string.CompareOrdinal(a, 0, b, 0, shared) == 0;
    }

    private static string Describe(ScoredMeeting meeting) => $"{string.Join(" + ", meeting.Participants)} ({meeting.Date ?? "no date"})";
}
