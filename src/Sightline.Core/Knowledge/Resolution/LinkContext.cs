using Microsoft.Data.Sqlite;
using Sightline.Lists.Model;
using Sightline.Screening;

namespace Sightline.Knowledge.Resolution;

/// <summary>
/// What the reports say about an entity that a list entry can agree with: the sanctions statements about it
/// (authority and programmes), the organisations it holds a role in, and the countries named where it is named
/// (places in the same sentences, and nationality words in its titles such as "Iraqi Prime Minister"). Each part is
/// read from a bounded sample (500 mentions, 200 distinct roles and statements), so a much-reported entity costs no
/// more to link than a rare one.
/// </summary>
public sealed record LinkContext(
    IReadOnlyList<(string Authority, IReadOnlyList<string> Programs)> Statements,
    IReadOnlyList<string> Organizations,
    IReadOnlySet<string> CountryCodes)
{
    public static LinkContext Read(SqliteConnection connection, SqliteTransaction? transaction, string entityId)
    {
        var statements = connection.Query(transaction,
            "SELECT DISTINCT label, payload FROM kb_claims WHERE subject_id = $0 AND kind = 'sanctions' AND status <> 'rejected' AND label IS NOT NULL LIMIT 200",
            r => (r.GetString(0), (IReadOnlyList<string>)ClaimPayload.Programs(r.GetString(1))), entityId);
        var roles = connection.Query(transaction,
            "SELECT DISTINCT c.label, o.name FROM kb_claims c LEFT JOIN kb_entities o ON o.id = c.object_id WHERE c.subject_id = $0 AND c.kind = 'role' AND c.status <> 'rejected' LIMIT 200",
            r => (Title: r.GetString(0), Organization: r.Text(1)), entityId);
        var places = connection.Query(transaction,
            """
            SELECT DISTINCT l.text FROM (SELECT document_key, sentence FROM kb_mentions WHERE entity_id = $0 LIMIT 500) m
            JOIN kb_mentions l ON l.document_key = m.document_key AND l.sentence = m.sentence AND l.type = 'Location'
            """, r => r.GetString(0), entityId);
        var countries = places.Concat(roles.SelectMany(r => r.Title.Split(' ')))
            .Select(Nationalities.CountryCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new LinkContext(statements, roles.Select(r => r.Organization).OfType<string>().Distinct().ToList(), countries);
    }

    /// <summary>The pieces of this context that agree with <paramref name="entry"/>, each as a short reason; empty when none does.</summary>
    public IReadOnlyList<string> AgreesWith(ListEntry entry, IndexedEntry indexed)
    {
        var reasons = new List<string>();
        foreach (var (authority, programs) in Statements)
            if (ListAuthority.Publishes(authority, entry.List) && (programs.Count == 0 || programs.Any(p => entry.Programs.Contains(p, StringComparer.OrdinalIgnoreCase))))
            {
                reasons.Add($"a report says {authority} sanctioned it{(programs.Count > 0 ? " (" + string.Join(", ", programs) + ")" : "")}");
                break;
            }

        var entryWords = EntryText(entry);
        foreach (var organization in Organizations)
        {
            var words = NameNorm.Of(organization).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2 && words.All(entryWords.Contains)) { reasons.Add($"the entry names its organisation {organization}"); break; }
        }

        var shared = indexed.CountryCodes.Where(CountryCodes.Contains).ToList();
        if (shared.Count > 0) reasons.Add($"country {string.Join(", ", shared)} named with it and in the entry");
        return reasons;
    }

    private static HashSet<string> EntryText(ListEntry entry) =>
        entry.Titles.Concat(entry.Relations.Select(r => r.TargetName)).Concat(entry.OtherFacts).Append(entry.Remarks ?? "")
            .SelectMany(t => NameNorm.Of(t).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
}
