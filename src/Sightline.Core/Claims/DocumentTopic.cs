using Sightline.Analysis.Mentions;

namespace Sightline.Claims;

/// <summary>
/// The person a passage is about, for pronouns and descriptions: the subject of the latest sentence that opens with a
/// named person. "Khazali has a long history with the US. … He also travelled to Lebanon" makes "He" Khazali.
/// </summary>
internal sealed class DocumentTopic
{
    public Participant? Current { get; private set; }

    /// <summary>Called after each sentence: a sentence that opens with a named person makes that person the topic.</summary>
    public void Update(SentenceFrame f)
    {
        var start = AttributionFinder.LeadingPhraseEnd(f);
        for (var j = start; j < Math.Min(f.Count, start + 4); j++)
        {
            if (f.MentionAt(j) is { Type: MentionType.Person } person && person.Mention.Source != "pronoun")
            {
                Current = Named(f, person, "pronoun");
                return;
            }
            if (f.MentionAt(j) is not null) return;
        }
    }

    /// <summary>A description such as "the militia leader" at token <paramref name="at"/>: the last person named before it in the sentence, else the topic.</summary>
    public Participant? Nominal(SentenceFrame f, int at) => Before(f, at, "nominal") ?? (Current is null ? null : Current with { Via = "nominal" });

    /// <summary>"his" or "her" at token <paramref name="at"/>: the last person named before it in the sentence, else the topic.</summary>
    public Participant? InSentenceOrCurrent(SentenceFrame f, int at) => Before(f, at, "pronoun") ?? Current;

    private static Participant? Before(SentenceFrame f, int at, string via)
    {
        var person = f.Mentions.LastOrDefault(m => m.Type == MentionType.Person && m.End <= at && m.Mention.Source != "pronoun");
        return person is null ? null : Named(f, person, via);
    }

    private static Participant Named(SentenceFrame f, PlacedMention person, string via) =>
        new(f.Analyzed.ChainName(person.Mention.Chain), ParticipantKind.Person, person.Mention.Chain, via);
}
