using Sightline.Analysis;
using Sightline.Claims.Evaluation;

namespace Sightline.Claims.Meetings;

/// <summary>
/// Labels candidate parties from an annotation while a document is read for training: a candidate takes part when its
/// name matches (<see cref="LenientName"/>) a participant of an annotated meeting whose evidence overlaps the sentence,
/// or when it and another candidate of the same trigger match two participants of one annotated meeting (the same
/// meeting told again: "The two discussed the truce with …" after the sentence the annotation cites).
/// Records each candidate's features with its label, and answers with the label so that what the reader carries to
/// later sentences follows the annotation.
/// </summary>
internal sealed class MeetingLabels : IPartyJudge
{
    private readonly List<(int Start, int End, IReadOnlyList<string> Participants)> told = [];
    private readonly List<IReadOnlyList<string>> meetings = [];

    public MeetingLabels(AnalyzedDocument analyzed, ScoredDocument gold)
    {
        var text = analyzed.Document.Text;
        foreach (var meeting in gold.Meetings)
        {
            meetings.Add(meeting.Participants);
            if (meeting.Evidence is not { Length: > 0 } evidence) continue;
            var (start, length) = EvidenceSpan.Find(text, evidence);
            if (start < 0) Unplaced++;
            else told.Add((start, start + length, meeting.Participants));
        }
    }

    /// <summary>Annotated meetings whose evidence the document text does not contain.</summary>
    public int Unplaced { get; }

    public List<(List<ulong> Features, bool Label)> Examples { get; } = [];

    /// <summary>The index of the participant of <paramref name="meeting"/> the candidate is, if any.</summary>
    private static int? Matches(IReadOnlyList<string> meeting, PartyCandidate candidate)
    {
        for (var k = 0; k < meeting.Count; k++)
            if (LenientName.Matches(meeting[k], candidate.Party.Name)) return k;
        return null;
    }

    public bool IsParty(CandidateContext context, PartyCandidate candidate)
    {
        var sentence = context.Frame.Sentence;
        var label = told.Any(t => t.Start < sentence.End && t.End > sentence.Start && t.Participants.Any(p => LenientName.Matches(p, candidate.Party.Name)))
            || meetings.Any(m => Matches(m, candidate) is int mine && context.Candidates.Any(other => other != candidate && Matches(m, other) is int theirs && theirs != mine));
        Examples.Add((MeetingFeatures.For(context, candidate), label));
        return label;
    }
}

/// <summary>Finds an evidence string in a document's text, exactly or with runs of white space read as one space.</summary>
internal static class EvidenceSpan
{
    /// <summary>The start and length of <paramref name="evidence"/> in <paramref name="text"/>, or (−1, 0).</summary>
    public static (int Start, int Length) Find(string text, string evidence)
    {
        var exact = text.IndexOf(evidence, StringComparison.Ordinal);
        if (exact >= 0) return (exact, evidence.Length);
        var (folded, map) = Fold(text);
        var (needle, _) = Fold(evidence.Trim());
        var at = folded.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0 || needle.Length == 0) return (-1, 0);
        var start = map[at];
        var end = map[at + needle.Length - 1] + 1;
        return (start, end - start);
    }

    private static (string Folded, List<int> Map) Fold(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (builder.Length > 0 && builder[^1] == ' ') continue;
                builder.Append(' ');
            }
            else builder.Append(text[i]);
            map.Add(i);
        }
        return (builder.ToString(), map);
    }
}
