using Sightline.Analysis.Mentions;

namespace Sightline.Claims.Family;

/// <summary>
/// Finds family ties: <c>his brother Laith</c>, <c>Qais's brother Laith</c>, <c>Laith, the brother of Qais</c>.
/// "His" is the last person named before it in the sentence, else the person the passage is about.
/// </summary>
internal static class FamilyFinder
{
    public static IEnumerable<FamilyClaim> Find(SentenceFrame f, DocumentTopic topic)
    {
        for (var i = 0; i + 1 < f.Count; i++)
        {
            if (!Lexicon.Relations.Contains(f.Word(i))) continue;
            var (attribution, _) = AttributionFinder.Find(f, i);
            // "his brother Laith", "Qais's brother Laith"
            var next = f.Word(i + 1) == "," ? i + 2 : i + 1;
            if (f.MentionAt(next) is { Type: MentionType.Person } relative && relative.Mention.Source != "pronoun")
            {
                Participant? person = null;
                var supplied = 0;
                if (f.Word(i - 1) is "his" or "her")
                {
                    person = topic.InSentenceOrCurrent(f, i - 1);
                    supplied = 1;
                }
                else if (PartyReaderPossessor(f, i) is { } owner) person = owner;
                if (person?.Chain is int chain && chain != relative.Mention.Chain)
                    yield return Claim(f, person.Name, chain, f.Word(i), relative, attribution, supplied);
                continue;
            }
            // "Laith, the brother of Qais"
            if (f.Word(i + 1) == "of" && f.MentionAt(i + 2) is { Type: MentionType.Person } of && Appositive(f, i) is { } subject && subject.Mention.Chain != of.Mention.Chain)
                yield return Claim(f, f.Analyzed.ChainName(of.Mention.Chain), of.Mention.Chain, f.Word(i), subject, attribution, 0);
        }
    }

    private static FamilyClaim Claim(SentenceFrame f, string person, int chain, string relation, PlacedMention relative, Attribution attribution, int supplied) =>
        new(person, chain, relation, f.Analyzed.ChainName(relative.Mention.Chain), relative.Mention.Chain, attribution, f.EvidenceFor(),
            ClaimConfidence.For(supplied + (attribution.IsReport ? 0 : 1)));

    private static Participant? PartyReaderPossessor(SentenceFrame f, int relation)
    {
        if (!Meetings.PartyReader.IsPossessive(f.Word(relation - 1)) || f.MentionAt(relation - 2) is not { Type: MentionType.Person } owner) return null;
        return new Participant(f.Analyzed.ChainName(owner.Mention.Chain), ParticipantKind.Person, owner.Mention.Chain, "name");
    }

    /// <summary>The person an appositive "…, the brother of X" describes: "Laith, the brother of Qais".</summary>
    private static PlacedMention? Appositive(SentenceFrame f, int relation)
    {
        var k = relation - 1;
        if (f.Word(k) == "the") k--;
        return f.Word(k) == "," && f.MentionAt(k - 1) is { Type: MentionType.Person } person ? person : null;
    }
}
