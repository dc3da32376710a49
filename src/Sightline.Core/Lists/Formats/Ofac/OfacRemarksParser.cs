using System.Text.RegularExpressions;
using Sightline.Lists.Model;

namespace Sightline.Lists.Formats.Ofac;

/// <summary>
/// Turns OFAC's Remarks text (<c>DOB 20 Jun 1974; alt. DOB 1974; POB Baghdad, Iraq; nationality Iraq;
/// Gender Male; Passport A10537439 (Iraq) expires 16 Oct 2023; a.k.a. 'AAH'; Linked To: HIZBALLAH.</c>)
/// into structured facts. A segment it does not recognise is kept verbatim in <see cref="OfacRemarks.OtherFacts"/>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static partial class OfacRemarksParser
{
    public static OfacRemarks Parse(string? remarks)
    {
        var result = new OfacRemarks();
        if (string.IsNullOrWhiteSpace(remarks)) return result;

        var text = remarks.Trim();
        if (text.EndsWith('.')) text = text[..^1];
        foreach (var raw in text.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            ParseSegment(raw, result);
        return result;
    }

    private static void ParseSegment(string segment, OfacRemarks into)
    {
        var alternative = segment.StartsWith("alt. ", StringComparison.Ordinal);
        var body = alternative ? segment[5..] : segment;
        Match m;

        if ((m = Prefixed().Match(body)).Success)
        {
            var value = m.Groups["value"].Value.Trim();
            switch (m.Groups["key"].Value)
            {
                case "DOB" when TryParseDateFact(value, alternative, out var dob):
                    into.BirthDates.Add(dob);
                    return;
                case "POB":
                    into.BirthPlaces.Add(value);
                    return;
                case "nationality":
                    into.Nationalities.Add(value);
                    return;
                case "citizen":
                    into.Citizenships.Add(value);
                    return;
                case "Gender":
                    into.Gender = value;
                    return;
            }
        }
        if ((m = QuotedAlias().Match(body)).Success)
        {
            var kind = m.Groups["kind"].Value switch { "f.k.a." => NameKind.FormerName, "n.k.a." => NameKind.NewName, _ => NameKind.WeakAlias };
            into.Names.Add(new EntryName(m.Groups["name"].Value.Trim(), kind, "weak"));
            return;
        }
        if ((m = LinkedTo().Match(body)).Success)
        {
            into.Relations.Add(new Relation("Linked To", m.Groups["name"].Value.Trim()));
            return;
        }
        if ((m = ListingDateSegment().Match(body)).Success && PartialDate.TryParse(m.Groups["date"].Value, out var listed))
        {
            into.ListingDates.Add(new ListingDate(listed, ListingDateSource.Remarks, m.Groups["label"].Value.Trim()));
            return;
        }
        if ((m = IdentifierSegment().Match(body)).Success)
        {
            var note = m.Groups["note"].Success ? m.Groups["note"].Value.Trim() : null;
            var country = m.Groups["country"].Success ? m.Groups["country"].Value.Trim() : null;
            into.Identifiers.Add(new Identifier(m.Groups["type"].Value.Trim(), m.Groups["number"].Value.Trim(), country,
                alternative ? JoinNote("alt.", note) : note));
            return;
        }
        into.OtherFacts.Add(segment);
    }

    /// <summary>Reads OFAC date forms: <c>20 Jun 1974</c>, <c>Jun 1974</c>, <c>1974</c>, <c>circa 1951</c>,
    /// <c>1960 to 1962</c>, <c>01 Jan 1960 to 31 Dec 1962</c>, <c>circa 1958-1960</c>.</summary>
    public static bool TryParseDateFact(string text, bool alternative, out DateFact fact)
    {
        fact = null!;
        var s = text.Trim().TrimEnd('.');
        var approximate = s.StartsWith("circa ", StringComparison.OrdinalIgnoreCase);
        if (approximate) s = s[6..].Trim();

        var parts = s.Split(" to ", 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && YearRange().Match(s) is { Success: true } yr) parts = [yr.Groups[1].Value, yr.Groups[2].Value];

        if (!PartialDate.TryParse(parts[0], out var from)) return false;
        PartialDate? to = null;
        if (parts.Length == 2)
        {
            if (!PartialDate.TryParse(parts[1], out var end)) return false;
            to = end;
        }
        fact = new DateFact(from, to, approximate, alternative);
        return true;
    }

    private static string JoinNote(string a, string? b) => b is null ? a : $"{a} {b}";

    [GeneratedRegex(@"^(?<key>DOB|POB|nationality|citizen|Gender) (?<value>.+)$")]
    private static partial Regex Prefixed();

    [GeneratedRegex(@"^(?<kind>a\.k\.a\.|f\.k\.a\.|n\.k\.a\.) '(?<name>.+)'$")]
    private static partial Regex QuotedAlias();

    [GeneratedRegex(@"^Linked To: (?<name>.+)$")]
    private static partial Regex LinkedTo();

    [GeneratedRegex(@"^(?<label>Listing Date(?: \([^)]*\))?):? (?<date>\d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z][a-z]{2} \d{4}|\d{4})$")]
    private static partial Regex ListingDateSegment();

    [GeneratedRegex(@"^(\d{4})\s*-\s*(\d{4})$")]
    private static partial Regex YearRange();

    // An identifier: a label ending in a word that names a number (No., Number, ID, #, Code, ...), then the
    // number up to an optional "(Country)" and an optional "issued ..."/"expires ..." note.
    [GeneratedRegex(@"^(?<type>(?:Passport|Identification Number|MMSI|D\.N\.I\.|SSN|C\.U\.R\.P\.|R\.F\.C\.|SWIFT/BIC|Equity Ticker|Digital Currency Address - [A-Z0-9]+|[A-Z][A-Za-z .,'/&-]*?(?:No\.?|Number|ID|#|Code|License|Card|Certificate|Identification(?: IMO)?|IMO|\([A-Z/ ]+\)|\(also called [^)]*\))))\s+(?!No\.?\s|#\s|Number\s)(?<number>[^\s(][^(]*?)(?:\s+\((?<country>[^)]+)\))?(?:\s+(?<note>(?:issued|expires|Issue Date|Expiration Date)\b.*))?$")]
    private static partial Regex IdentifierSegment();
}
