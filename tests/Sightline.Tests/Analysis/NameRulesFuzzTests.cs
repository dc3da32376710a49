using Sightline.Analysis.Mentions;
using Sightline.Analysis.Tagging;
using Sightline.Analysis.Text;

namespace Sightline.Tests.Analysis;

/// <summary>
/// The name rules fed random sentences of the words they react to, with random tagger spans of every type: every
/// span they return lies inside the sentence and is not empty, and nothing throws. (A sentence opening "At the" before
/// an organisation of three words or more once read the token before the first.)
/// </summary>
public sealed class NameRulesFuzzTests
{
    private static readonly string[] Words =
    [
        "the", "The", "of", "for", "in", "and", "to", "a", "A", "An", ",", ".", "(", ")", "'s", "-", "At", "In", "With",
        "Sheikh", "Sayyid", "Mr.", "Secretary", "General", "Prime", "Minister", "minister", "ambassador", "envoy", "head", "Deputy", "Senior",
        "Al", "al-Amiri", "Al-Hakim", "bin", "ibn", "Abu", "Abd", "Ali", "Hassan", "Mohammed", "Karimov", "Okafor",
        "UN", "IRGC", "ABC", "Hezbollah", "Islamic", "Resistance", "Movement", "Council", "Front", "Organization", "Party", "Ministry",
        "Foreign", "Affairs", "Center", "Political", "Bureau", "Jaysh", "Ahl", "Iraq", "Iraqi", "Lebanese", "Street", "daily", "news",
        "Telegram", "Shia", "May", "channel", "movement", "Specially", "Designated", "SDGT", "Treasury", "Wally", "Jones", "Security",
    ];

    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    [Fact]
    public void Random_sentences_and_spans_give_spans_inside_the_sentence()
    {
        var random = new Random(17);
        for (var round = 0; round < 30_000; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 14)).Select(_ => Words[random.Next(Words.Length)]).ToList();
            var tokens = Tokenizer.Tokenize(string.Join(' ', words));
            if (tokens.Count == 0) continue;
            var spans = new List<EntitySpan>();
            for (var start = 0; start < tokens.Count;)
            {
                var length = random.Next(1, 6);
                if (random.Next(3) > 0 && start + length <= tokens.Count) spans.Add(new EntitySpan(start, start + length, Types[random.Next(Types.Length)]));
                start += length;
            }
            List<EntitySpan> result;
            try { result = NameRules.Apply(tokens, spans); }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name} on \"{string.Join(' ', tokens.Select(t => t.Text))}\" with [{string.Join(", ", spans)}]: {e.Message}\n{e.StackTrace}");
                return;
            }
            foreach (var span in result)
                Assert.True(span.Start >= 0 && span.End <= tokens.Count && span.Start < span.End, $"span {span} outside \"{string.Join(' ', tokens.Select(t => t.Text))}\"");
        }
    }
}
