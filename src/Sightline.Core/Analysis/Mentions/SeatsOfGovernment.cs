using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;

namespace Sightline.Analysis.Mentions;

/// <summary>
/// A seat of government that acts is the body that sits there: <c>the Kremlin's press service</c>, <c>the White House
/// said</c>, <c>Kremlin spokesman Dmitry Peskov</c> name an organisation; <c>talks in the Kremlin</c> and <c>flowers near
/// the Kremlin</c> name the building, a place, as the tagger reads it.
/// </summary>
internal static class SeatsOfGovernment
{
    /// <summary>Buildings whose name stands for the government in them, as word sequences.</summary>
    private static readonly string[][] Seats = [["Kremlin"], ["Pentagon"], ["White", "House"], ["Elysee"], ["Élysée"]];

    /// <summary>Words after the name that make it the actor: a possessive, a reporting verb, a spokesperson or a release.</summary>
    private static readonly HashSet<string> ActorCues = new(StringComparer.Ordinal)
    {
        "'s", "’s", "said", "says", "announced", "stated", "confirmed", "denied", "reported", "added", "noted", "warned", "welcomed", "insisted",
        "spokesman", "spokeswoman", "spokesperson", "press", "aide", "aides", "official", "officials", "adviser", "advisor", "statement", "readout",
        "chief", "source", "sources",
    };

    public static List<EntitySpan> Apply(IReadOnlyList<TextToken> tokens, List<EntitySpan> spans)
    {
        foreach (var seat in Seats)
            for (var i = 0; i + seat.Length < tokens.Count; i++)
            {
                if (!Enumerable.Range(0, seat.Length).All(k => tokens[i + k].Text == seat[k]) || !ActorCues.Contains(tokens[i + seat.Length].Text)) continue;
                var (start, end) = (i, i + seat.Length);
                if (spans.Any(s => s.Start < end && start < s.End && (s.Start < start || s.End > end))) continue; // part of a longer name
                spans = [.. spans.Where(s => s.End <= start || s.Start >= end), new EntitySpan(start, end, "ORG")];
            }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }
}
