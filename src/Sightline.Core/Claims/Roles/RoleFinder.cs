using Sightline.Analysis.Mentions;

namespace Sightline.Claims.Roles;

/// <summary>
/// Finds the roles a sentence gives a person, in the three ways this genre writes them: a title before the name
/// (<c>Iraqi Prime Minister Haider al-Abadi</c>), an appositive after it (<c>Qais Al-Khazali, secretary-general of
/// Asa'ib Ahl Al-Haq</c>), and a role, a comma and the name (<c>Chinese ambassador to Iraq, Cui Wei</c>). A role is
/// dated by the sentence's date when it has one, else it holds as of the publication date.
/// </summary>
internal static class RoleFinder
{
    public static IEnumerable<RoleClaim> Find(SentenceFrame frame)
    {
        var date = ClaimDates.EventDates(frame).FirstOrDefault()?.Date;
        var asOf = date?.Shared ?? frame.Analyzed.Document.Published?.ToString();
        foreach (var person in frame.Mentions.Where(m => m.Type == MentionType.Person && m.Mention.Source != "pronoun"))
        {
            foreach (var phrase in Phrases(frame, person))
            {
                var (attribution, _) = AttributionFinder.Find(frame, person.First);
                yield return new RoleClaim(frame.Analyzed.ChainName(person.Mention.Chain), person.Mention.Chain, phrase.Role, phrase.Organization,
                    date, asOf, attribution, frame.EvidenceFor(), ClaimConfidence.For(attribution.IsReport ? 0 : 1));
            }
        }
    }

    private static IEnumerable<RolePhrase> Phrases(SentenceFrame frame, PlacedMention person)
    {
        // A title right before the name.
        var start = person.First;
        while (start - 1 >= 0 && start > person.First - 7 && IsTitleToken(frame, start - 1, person)) start--;
        if (start < person.First && RolePhrase.Read(frame, start, person.First) is { } before && before.End == person.First) yield return before;

        // Role, comma, name.
        if (frame.Word(person.First - 1) == ",")
        {
            var end = person.First - 1;
            var from = end;
            while (from - 1 >= 0 && end - from < 10 && frame.Word(from - 1) is not ("," or "with" or "met" or ";" or ":") && !NamesAPerson(frame, from - 1, person)) from--;
            while (from < end && Lexicon.Determiners.Contains(frame.Word(from))) from++;
            if (RolePhrase.Read(frame, from, end, maxLead: 4) is { } role && role.End == end) yield return role;
        }

        // Name, comma, appositive role.
        if (frame.Word(person.End) == ",")
        {
            var from = person.End + 1;
            var end = from;
            while (end < frame.Count && end - from < 14 && frame.Word(end) is not ("," or "." or ";" or ":" or "who" or "whom" or "which") && !NamesAPerson(frame, end, person)) end++;
            while (from < end && Lexicon.Determiners.Contains(frame.Word(from))) from++;
            if (end < frame.Count && NamesAPerson(frame, end, person)) yield break;
            if (RolePhrase.Read(frame, from, end) is { } role) yield return role;
        }
    }

    /// <summary>Whether token <paramref name="i"/> names a person other than <paramref name="person"/>. The office the
    /// document resolved to <paramref name="person"/> ("X, the Secretary General of Y", a nominal mention in X's chain)
    /// is the role itself.</summary>
    private static bool NamesAPerson(SentenceFrame frame, int i, PlacedMention person) =>
        frame.MentionAt(i) is { Type: MentionType.Person } m && !(m.Mention.Source == "nominal" && m.Mention.Chain == person.Mention.Chain);

    private static bool IsTitleToken(SentenceFrame frame, int i, PlacedMention person)
    {
        if (NamesAPerson(frame, i, person)) return false;
        var text = frame.Tokens[i].Text;
        var word = frame.Word(i);
        return RolePhrase.IsRoleWord(word) || (char.IsUpper(text[0]) && text.Any(char.IsLetter) && !Lexicon.Determiners.Contains(word))
            || word.EndsWith("-based", StringComparison.Ordinal) || word is "news" || (word == "of" && i > 0 && RolePhrase.IsRoleWord(frame.Word(i - 1)));
    }
}
