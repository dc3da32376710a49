using System.Runtime.CompilerServices;
using Sightline.Knowledge.Storage;
using Sightline.Lists.Model;
using Sightline.Screening;

namespace Sightline.Knowledge.Resolution;

/// <summary>
/// What the reports say about an entity that a list entry can agree or disagree with: the sanctions statements about it
/// (authority and programmes), its roles (titles, and the organisations it holds them in with the programmes of the
/// list entries those organisations are linked to), the countries named where it is named (places in the same
/// sentences) and in its own titles ("Iraqi Prime Minister"), and its relatives' links. Each part is read from a bounded
/// sample (its first <see cref="SampledMentions"/> mentions; 200 distinct roles, statements and relatives), so a much-reported entity costs no more to link
/// than a rare one.
/// </summary>
public sealed record LinkContext(
    IReadOnlyList<(string Authority, IReadOnlyList<string> Programs, string? Date)> Statements,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<(string Organization, IReadOnlyList<string> Programs)> OrganizationPrograms,
    IReadOnlySet<string> PlaceCountries,
    IReadOnlySet<string> TitleCountries,
    IReadOnlyList<RelativeLink> RelativeLinks,
    ReportDescriptions.Described? Described = null,
    IReadOnlySet<string>? DocumentCountries = null,
    IReadOnlyList<string>? SentenceOrganizations = null)
{
    /// <summary>How many characters of a report are read on each side of a mention for <see cref="ReportDescriptions"/>.</summary>
    private const int Window = 240;

    /// <summary>How many of an entity's mentions (its first, in the order they were stored) the context is read from: the
    /// places and organisations named in their sentences, and the text around them. Fifty gives the same links as five
    /// hundred on a generated base of 30,000 reports, and an entity reaches it ten times sooner (ADR-044).</summary>
    public const int SampledMentions = 50;

    /// <summary>Reads the context of <paramref name="entityId"/>. <paramref name="organizationEntries"/> finds the list
    /// entries an organisation's name means (for "Quds Force" in a title), each with its programmes.</summary>
    public static LinkContext Read(IResolutionStore store, IKnowledgeUnitOfWork? work, string entityId,
        Func<string, IReadOnlyList<IndexedEntry>> organizationEntries, Func<string, string, ListEntry?> entryOf)
    {
        var statements = store.SanctionsStatements(work, entityId)
            .Select(s => (s.Authority, (IReadOnlyList<string>)ClaimPayload.Programs(s.Payload), s.DateStart)).ToList();
        var roles = store.Roles(work, entityId);
        var places = store.PlacesNamedWith(work, entityId, SampledMentions);
        var relatives = store.RelativesLinks(work, entityId)
            .Select(r => new RelativeLink(r.Relation, r.List, r.ListId, entryOf(r.List, r.ListId) is { } e ? FamilyName(e) : new HashSet<string>())).ToList();

        var described = ReportDescriptions.Read(store.MentionWindows(work, entityId, SampledMentions, Window)
            .Select(w => new ReportDescriptions.Window(w.Before, w.After, w.OtherPeople,
                w.Published is { Length: >= 4 } published && int.TryParse(published[..4], System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null))
            .ToList());
        var sentenceOrganizations = store.OrganizationsNamedWith(work, entityId, SampledMentions);
        var documentPlaces = store.PlacesInReportsOf(work, entityId);

        var titles = roles.Select(r => r.Title).Concat(described.Titles).Distinct(StringComparer.Ordinal).ToList();
        var organizations = roles.Select(r => r.Organization).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var organizationPrograms = new List<(string, IReadOnlyList<string>)>();
        foreach (var organization in organizations.Concat(titles.Select(TitleWords.Subject).OfType<string>()).Distinct(StringComparer.Ordinal))
            foreach (var entry in organizationEntries(organization)) organizationPrograms.Add((organization, entry.Programs));

        return new LinkContext(statements, titles, organizations, organizationPrograms,
            places.Select(Nationalities.CountryCode).OfType<string>().ToHashSet(StringComparer.Ordinal),
            roles.Select(r => r.Title).Concat(described.OwnTitles).SelectMany(TitleWords.Countries).ToHashSet(StringComparer.Ordinal),
            relatives, described,
            documentPlaces.Select(Nationalities.CountryCode).OfType<string>().ToHashSet(StringComparer.Ordinal), sentenceOrganizations);
    }

    /// <summary>The pieces of this context that agree with <paramref name="entry"/>, each as a short reason, and whether
    /// it is strong (the reports tie the person to what the entry says: a sanctions statement, a title, an organisation,
    /// a relative) or weak (a country, which many people share). A sanctions statement dated after
    /// <paramref name="listAsOf"/> (the date of the list version the entry is read from) tells of a designation that
    /// version cannot hold, so it does not agree with its entries.</summary>
    public IReadOnlyList<Agreement> AgreesWith(ListEntry entry, IndexedEntry indexed, DateOnly? listAsOf = null)
    {
        var reasons = new List<Agreement>();
        foreach (var (authority, programs, date) in Statements)
            if (ListAuthority.Publishes(authority, entry.List) && (programs.Count == 0 || programs.Any(p => entry.Programs.Contains(p, StringComparer.OrdinalIgnoreCase)))
                && !(listAsOf is { } asOf && DateOnly.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, out var stated) && stated > asOf))
            {
                reasons.Add(new($"a report says {authority} sanctioned it{(programs.Count > 0 ? " (" + string.Join(", ", programs) + ")" : "")}", true));
                break;
            }

        EntryWords? read = null;
        EntryWords Words() => read ??= WordsOf(entry); // read only when there is something to look for in them
        foreach (var organization in Organizations)
            if (TitleWords.Named(organization, Words().Text) is { } named) { reasons.Add(new($"the entry names its organisation {organization} ({named})", true)); break; }

        foreach (var title in Titles)
        {
            if (TitleWords.Agree(title, Words().Titles, DocumentCountries) is { } agreed)
            {
                reasons.Add(new($"its title \"{title}\" agrees with the entry's \"{agreed}\"", true));
                break;
            }
            if (TitleWords.Subject(title) is { } subject && TitleWords.Named(subject, Words().Text) is { } named)
            {
                reasons.Add(new($"its title \"{title}\" names {subject}, as the entry does ({named})", true));
                break;
            }
        }

        if (!reasons.Any(r => r.Strong))
        {
            foreach (var organization in SentenceOrganizations ?? [])
                if (TitleWords.Named(organization, Words().Own) is { } named)
                {
                    reasons.Add(new($"{organization}, named with it, is named in the entry's titles ({named})", false, Affiliated: true));
                    break;
                }
        }

        if (Described?.BirthYears.FirstOrDefault(y => BirthYearMeets(y, entry, 0)) is { } born)
            reasons.Add(new($"born {born.Year}{(born.Tolerance > 0 ? " or a year before" : "")} (\"{born.Evidence}\"), as the entry says", true));

        foreach (var (organization, programs) in OrganizationPrograms)
        {
            var shared = programs.Where(p => entry.Programs.Contains(p, StringComparer.OrdinalIgnoreCase) && !BroadPrograms.Contains(p)).ToList();
            if (shared.Count > 0) { reasons.Add(new($"its organisation {organization} is listed under {string.Join(", ", shared)} like the entry", true)); break; }
        }

        var family = FamilyName(entry);
        foreach (var relative in RelativeLinks)
            if (!(relative.List == entry.List && relative.ListId == entry.Id) && relative.FamilyName.Overlaps(family))
            {
                reasons.Add(new($"its {relative.Relation} is linked to {relative.List} {relative.ListId}, of the same family name", true));
                break;
            }

        var personal = PersonalCountries(entry, indexed).ToHashSet(StringComparer.Ordinal);
        var countries = personal.Concat(entry.Addresses.Select(a => Countries.Code(a.Country)).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        var fromTitles = countries.Where(TitleCountries.Contains).ToList();
        if (fromTitles.Count > 0)
            reasons.Add(new($"country {string.Join(", ", fromTitles)} in its title and in the entry", false, fromTitles.Any(personal.Contains)));
        else
        {
            var shared = countries.Where(PlaceCountries.Contains).ToList();
            if (shared.Count > 0) reasons.Add(new($"country {string.Join(", ", shared)} named with it and in the entry", false));
        }
        return reasons;
    }

    /// <summary>What in this context says the entry is somebody else: a nationality in its titles that the entry's
    /// stated nationalities do not include, or the entry being a relative's link.</summary>
    public IReadOnlyList<string> ConflictsWith(ListEntry entry)
    {
        var conflicts = new List<string>();
        foreach (var relative in RelativeLinks)
            if (relative.List == entry.List && relative.ListId == entry.Id)
                conflicts.Add($"the entry is its {relative.Relation}'s link");
        if (Described is { } described)
        {
            if (described.BirthYears.Count > 0 && entry.BirthDates.Count > 0 && !described.BirthYears.Any(y => BirthYearMeets(y, entry, 1)))
                conflicts.Add($"a report gives its birth year as {described.BirthYears[0].Year} (\"{described.BirthYears[0].Evidence}\"), the entry {string.Join("; ", entry.BirthDates)}");
            if (described.Gender is { } gender && entry.Gender is { } entryGender && !string.Equals(gender, entryGender, StringComparison.OrdinalIgnoreCase))
                conflicts.Add($"a report speaks of it as {gender.ToLowerInvariant()}, the entry says {entryGender.ToLowerInvariant()}");
            if (described.Denial is { } denial)
                conflicts.Add($"a report says it is not another of the name (\"{denial}\")");
        }
        var stated = entry.Nationalities.Concat(entry.Citizenships).Select(Countries.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (TitleCountries.Count > 0 && stated.Count > 0 && !TitleCountries.Overlaps(stated))
            conflicts.Add($"its title says {string.Join(", ", TitleCountries)}, the entry's nationality {string.Join(", ", stated)}");
        return conflicts;
    }

    /// <summary>Whether the years a report's birth year allows (<c>Year - Tolerance</c> to <c>Year</c>) meet one of the
    /// entry's birth dates, widened by two years for a date the entry gives as approximate and by <paramref name="slack"/>.</summary>
    private static bool BirthYearMeets(ReportDescriptions.BirthYear year, ListEntry entry, int slack) =>
        entry.BirthDates.Any(d =>
        {
            var margin = slack + (d.Approximate ? 2 : 0);
            return year.Year - year.Tolerance <= (d.To?.Year ?? d.From.Year) + margin && year.Year >= d.From.Year - margin;
        });

    /// <summary>Programmes that cover a whole category of people (every global terrorist, every human-rights abuser):
    /// sharing one of them says nothing about being the same network.</summary>
    private static readonly HashSet<string> BroadPrograms = new(StringComparer.OrdinalIgnoreCase) { "SDGT", "GLOMAG", "SDNT", "SDNTK", "FTO" };

    /// <summary>The countries an entry says a person is of: nationalities, citizenships and the countries of its
    /// birthplaces (for an organisation, the countries of its addresses too).</summary>
    private static IEnumerable<string> PersonalCountries(ListEntry entry, IndexedEntry indexed) =>
        indexed.CountryCodes
            .Concat(entry.BirthPlaces.Select(p => Countries.Code(p.Split(',').Last().Trim())).OfType<string>())
            .Distinct(StringComparer.Ordinal);

    /// <summary>The family name of an entry's primary name, folded: the words before the comma of "FAMILY, Given"
    /// (OFAC's form), else the last word.</summary>
    private static IReadOnlySet<string> FamilyName(ListEntry entry)
    {
        var comma = entry.Name.IndexOf(',');
        var tokens = Sightline.Names.NameParser.Parse(comma > 0 ? entry.Name[..comma] : entry.Name).Tokens;
        if (tokens.Count == 0) return new HashSet<string>();
        return (comma > 0 ? tokens.Select(t => t.Text) : [tokens[^1].Text]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>An entry's words as <see cref="AgreesWith"/> compares them: all its text; its titles and "Linked To"; and
    /// those alone as words (a fact line such as "HAMAS - Jerusalem" is shared by many entries, so an organisation merely
    /// named with the person is looked for in these only).</summary>
    private sealed record EntryWords(TitleWords.EntryText Text, TitleWords.EntryTitles Titles, TitleWords.EntryText Own);

    /// <summary>Each entry's words, read once per entry as the linker holds it: reading them again for every name compared
    /// made linking a much-reported person cost more with every role the reports gave it.</summary>
    private static readonly ConditionalWeakTable<ListEntry, EntryWords> EntryWordsRead = new();

    private static EntryWords WordsOf(ListEntry entry) => EntryWordsRead.GetValue(entry, e =>
    {
        var titles = e.Titles.Concat(e.Relations.Select(r => r.TargetName)).ToList();
        return new EntryWords(
            new(NormWords(titles.Concat(e.OtherFacts).Append(e.Remarks ?? ""))),
            new(titles),
            new(NormWords(titles)));
    });

    private static HashSet<string> NormWords(IEnumerable<string> texts) =>
        texts.SelectMany(t => NameNorm.Of(t).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
}

/// <summary>One piece of context that agrees with a list entry, and whether it is strong evidence or only a country
/// (<paramref name="OwnCountry"/>: the person's own title names a country of the entry's nationality or birthplace;
/// <paramref name="Affiliated"/>: an organisation named in a sentence with the person is named in the entry's titles or
/// "Linked To").</summary>
public sealed record Agreement(string Reason, bool Strong, bool OwnCountry = false, bool Affiliated = false);

/// <summary>A relative of the entity (the family claim's relation) and the list entry that relative is linked to.</summary>
public sealed record RelativeLink(string Relation, string List, string ListId, IReadOnlySet<string> FamilyName);
