namespace Sightline.Claims;

/// <summary>
/// Finds who asserts what a sentence says: "According to X, …", "X reported that …", "X published photos of …", or a
/// trailing ", X said." Without one, the report asserts it. Returns the attribution and the token where the
/// reported clause starts, so the source is never taken for a party of the claim.
/// </summary>
internal static class AttributionFinder
{
    public static (Attribution Attribution, int ClauseStart) Find(SentenceFrame frame, int trigger)
    {
        for (var i = 0; i + 1 < trigger; i++)
            if (frame.Word(i) == "according" && frame.Word(i + 1) == "to")
            {
                var end = i + 2;
                while (end < trigger && frame.Word(end) != ",") end++;
                if (end > i + 2) return (new Attribution(frame.Span(i + 2, end), "according to"), end + 1);
            }

        var start = LeadingPhraseEnd(frame);
        for (var v = trigger - 1; v > start; v--)
        {
            var word = frame.Word(v);
            if (!Lexicon.ReportingVerbs.Contains(word) || word == "according") continue;
            var sourceEnd = v;
            for (var k = start; k < v; k++)
                if (frame.Word(k) == ",") { sourceEnd = k; break; }
            if (sourceEnd <= start) continue;
            var verb = word is "published" or "posted" ? $"{word} {frame.Word(v + 1)}".Trim() : word;
            var clause = frame.Word(v + 1) == "that" ? v + 2 : v + 1;
            return (new Attribution(Trim(frame.Span(start, sourceEnd)), verb), clause);
        }

        // A trailing ", X said." after the claim.
        for (var c = trigger + 1; c + 2 < frame.Count; c++)
        {
            if (frame.Word(c) != ",") continue;
            for (var v = c + 2; v < Math.Min(frame.Count, c + 8); v++)
            {
                if (!Lexicon.ReportingVerbs.Contains(frame.Word(v)) || frame.Word(v + 1) is not ("." or "," or "")) continue;
                var from = c;
                for (var k = c + 1; k < v; k++) if (frame.Word(k) == ",") from = k;
                if (from + 1 >= v) continue; // ", officials , said.": no source between the last comma and the verb
                return (new Attribution(Trim(frame.Span(from + 1, v)), frame.Word(v)), start);
            }
        }
        return (Attribution.Report, start);
    }

    /// <summary>The token after a leading date or place phrase ("On May 13, 2024, …"), else 0.</summary>
    public static int LeadingPhraseEnd(SentenceFrame frame)
    {
        if (frame.Dates.Count > 0 && frame.Dates[0].First <= 1 && frame.Word(frame.Dates[0].End) == ",") return frame.Dates[0].End + 1;
        return 0;
    }

    private static string Trim(string source) => source.Trim().TrimEnd(',').Trim();
}
