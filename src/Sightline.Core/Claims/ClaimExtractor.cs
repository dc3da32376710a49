using Sightline.Analysis;
using Sightline.Analysis.Mentions;
using Sightline.Claims.Family;
using Sightline.Claims.Meetings;
using Sightline.Claims.Roles;
using Sightline.Claims.Sanctions;

namespace Sightline.Claims;

/// <summary>
/// The claims stage: an <see cref="AnalyzedDocument"/> in, an <see cref="ExtractedDocument"/> out. Reads the sentences
/// in order so that pronouns, descriptions, undated meetings and recurrences can lean on what came before.
/// Documents without English analysis (Arabic, Persian) keep their names and get no claims.
/// </summary>
public static class ClaimExtractor
{
    /// <summary>Extracts the document's claims, meetings decided by the bundled learned model.</summary>
    public static ExtractedDocument Extract(AnalyzedDocument analyzed) => Extract(analyzed, MeetingModel.Bundled);

    /// <summary>Extracts the document's claims with the bundled model; <paramref name="cancel"/> is looked at sentence by sentence.</summary>
    public static ExtractedDocument Extract(AnalyzedDocument analyzed, CancellationToken cancel) => Extract(analyzed, (IPartyJudge)MeetingModel.Bundled, cancel);

    /// <summary>Extracts the document's claims, meetings decided by <paramref name="model"/>, or by the rules alone when null.</summary>
    public static ExtractedDocument Extract(AnalyzedDocument analyzed, MeetingModel? model) => Extract(analyzed, model ?? (IPartyJudge)RuleJudge.Instance);

    internal static ExtractedDocument Extract(AnalyzedDocument analyzed, IPartyJudge judge, CancellationToken cancel = default)
    {
        var bySentence = analyzed.Mentions.ToLookup(m => m.Sentence);
        var topic = new DocumentTopic();
        var roles = new List<RoleClaim>();
        var meetings = new MeetingFinder(topic, roles, judge);
        var sanctions = new SanctionsFinder();
        var family = new List<FamilyClaim>();
        var statements = new List<SanctionsStatement>();
        var claimsRead = analyzed.Document.Language is "en" or "und";
        foreach (var sentence in analyzed.Sentences)
        {
            if (!claimsRead) break;
            cancel.ThrowIfCancellationRequested();
            var dates = analyzed.Dates.Where(d => d.Start >= sentence.Start && d.End <= sentence.End).ToList();
            var frame = new SentenceFrame(analyzed, sentence, bySentence[sentence.Index].ToList(), dates);
            roles.AddRange(RoleFinder.Find(frame));
            family.AddRange(FamilyFinder.Find(frame, topic));
            statements.AddRange(sanctions.Read(frame));
            meetings.Read(frame);
            topic.Update(frame);
        }
        return new ExtractedDocument(analyzed, Names(analyzed, MentionType.Person), Names(analyzed, MentionType.Organization),
            Names(analyzed, MentionType.Location), meetings.Claims, roles, family, Merge(statements));
    }

    /// <summary>The named chains of a type, each once under its fullest name, in order of first mention.</summary>
    private static List<string> Names(AnalyzedDocument analyzed, MentionType type)
    {
        var named = analyzed.Mentions.Where(m => m.Type == type && m.Source is not ("pronoun" or "nominal")).Select(m => m.Chain).Distinct();
        return named.Select(analyzed.ChainName).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>One statement per name, authority and basis: the same designation told twice is one statement.</summary>
    private static List<SanctionsStatement> Merge(List<SanctionsStatement> statements) =>
        statements.GroupBy(s => (s.Chain, s.Authority, string.Join(";", s.Bases))).Select(g => g.First()).ToList();
}
