using Sightline.Analysis.Mentions;

namespace Sightline.Claims.Roles;

/// <summary>
/// A noun phrase naming a role: <c>head of the UN Assistance Mission for Iraq</c>, <c>Chinese ambassador to Iraq</c>,
/// <c>former US Special Envoy for Syria</c>. <see cref="Role"/> is the title with its modifiers and any place it is
/// "to" or "for"; <see cref="Organization"/> the organisation it is "of" or "at", as the document names it.
/// </summary>
internal sealed record RolePhrase(string Role, string? Organization, int? OrganizationChain, int Start, int End, int RoleWord)
{
    private static readonly HashSet<string> Modifiers = ["former", "current", "acting", "deputy", "senior", "top", "then", "late", "new", "interim"];

    /// <summary>True when the title alone stands for an office with a holder (an ambassador to Iraq), not a description (the militia leader).</summary>
    public bool IsOffice(SentenceFrame frame) =>
        Lexicon.OfficeWords.Contains(frame.Word(RoleWord)) || Organization is not null || Role.Contains(" to ", StringComparison.Ordinal) || Role.Contains(" of ", StringComparison.Ordinal);

    /// <summary>Reads a role phrase in tokens [<paramref name="start"/>, <paramref name="end"/>): the first role word within
    /// <paramref name="maxLead"/> tokens of the start, its modifiers, and what it is of, to or for.</summary>
    public static RolePhrase? Read(SentenceFrame frame, int start, int end, int maxLead = 6)
    {
        var roleWord = -1;
        for (var i = start; i < end && i <= start + maxLead; i++)
        {
            var mention = NameAt(frame, i);
            if (mention is { Type: MentionType.Person }) return null;
            if (mention is null && IsRoleWord(frame.Word(i))) { roleWord = i; break; }
        }
        if (roleWord < 0) return null;
        // Multi-word titles: Prime Minister, Secretary of State, Secretary-General.
        var last = roleWord;
        while (last + 1 < end && NameAt(frame, last + 1) is null && IsRoleWord(frame.Word(last + 1))) last++;
        if (frame.Word(last) == "secretary" && frame.Word(last + 1) == "of" && last + 2 < end && char.IsUpper(frame.Tokens[last + 2].Text[0])) last += 2;

        var first = roleWord;
        while (first - 1 >= start && IsModifier(frame, first - 1)) first--;

        string? organization = null;
        int? organizationChain = null;
        var stop = last + 1;
        if (frame.Word(stop) is "of" or "at" or "for" or "to" or "in")
        {
            var k = stop + 1;
            while (k < end && Lexicon.Determiners.Contains(frame.Word(k))) k++;
            // Skip descriptive words before the organisation: "of the Iran-backed Iraqi militia Asa'ib Ahl Al-Haq".
            var probe = k;
            while (probe < end && probe < k + 5 && frame.MentionAt(probe) is not { IsParty: true } && frame.Word(probe) is not ("," or "and" or "." or ";")) probe++;
            if (frame.MentionAt(probe) is { Type: MentionType.Organization } org && frame.Word(stop) is not "to")
            {
                organization = frame.Analyzed.ChainName(org.Mention.Chain);
                organizationChain = org.Mention.Chain;
                stop = org.End;
            }
            else if (frame.MentionAt(k) is { Type: MentionType.Location or MentionType.Organization } place)
                stop = place.End;
        }
        var role = frame.Span(first, Math.Min(stop, end));
        if (organization is not null) role = frame.Span(first, last + 1);
        return new RolePhrase(role, organization, organizationChain, first, Math.Min(stop, end), roleWord);
    }

    public static bool IsRoleWord(string lower) =>
        Lexicon.RoleWords.Contains(lower) || (lower.Contains('-') && lower.Split('-').Any(Lexicon.RoleWords.Contains) && !lower.EndsWith("-based", StringComparison.Ordinal));

    /// <summary>The mention at token <paramref name="i"/>, except an office the document resolved to its holder ("the
    /// Secretary General", a nominal mention): its words are the role being read.</summary>
    private static PlacedMention? NameAt(SentenceFrame frame, int i) =>
        frame.MentionAt(i) is { } m && !(m.Type == MentionType.Person && m.Mention.Source == "nominal") ? m : null;

    private static bool IsModifier(SentenceFrame frame, int i)
    {
        var word = frame.Word(i);
        if (Modifiers.Contains(word)) return true;
        if (NameAt(frame, i) is { Type: MentionType.Person }) return false;
        var text = frame.Tokens[i].Text;
        return char.IsUpper(text[0]) && text.Any(char.IsLetter) || IsRoleWord(word) || word.EndsWith("-based", StringComparison.Ordinal) || word == "news";
    }
}
