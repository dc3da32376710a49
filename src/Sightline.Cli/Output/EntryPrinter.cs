using Sightline.Lists;
using Sightline.Lists.Model;

namespace Sightline.Cli.Output;

/// <summary>Prints one list entry with everything parsed from it, and the list version it comes from.</summary>
internal static class EntryPrinter
{
    public static void Write(TextWriter w, ListEntry e, ListVersion version, ListVersion? firstSeen, CliSession session)
    {
        w.WriteLine($"{e.List} {e.Id}  {e.Name}  ({e.Schema})");
        w.WriteLine($"  source:       {session.Describe(version)}");
        Row(w, "programs", string.Join(", ", e.Programs));
        Row(w, "listed", ListedText(e, firstSeen));
        foreach (var (name, i) in e.Names.Select((n, i) => (n, i)))
            Row(w, i == 0 ? "names" : "", $"{name.Text}  [{KindText(name)}]");
        Row(w, "born", string.Join("; ", e.BirthDates));
        Row(w, "birthplace", string.Join("; ", e.BirthPlaces));
        Row(w, "nationality", string.Join("; ", e.Nationalities));
        Row(w, "citizenship", string.Join("; ", e.Citizenships));
        Row(w, "gender", e.Gender);
        Rows(w, "titles", e.Titles);
        Rows(w, "identifiers", e.Identifiers.Select(IdentifierText));
        Rows(w, "addresses", e.Addresses.Select(a => a.ToString()));
        Rows(w, "linked to", e.Relations.Select(r => r.TargetName));
        Rows(w, "other facts", e.OtherFacts);
        Rows(w, "fields", e.Fields.Select(f => $"{f.Key}: {f.Value}"));
        Row(w, "remarks", e.Remarks);
    }

    private static string ListedText(ListEntry e, ListVersion? firstSeen)
    {
        var dates = e.ListingDates.Select(d => $"{d.Date} ({SourceText(d)})").ToList();
        if (firstSeen is not null) dates.Add($"first seen in version {firstSeen.Number} ({firstSeen.AsOf:yyyy-MM-dd})");
        return dates.Count > 0 ? string.Join("; ", dates) : "unknown (the list states no designation date)";
    }

    private static string SourceText(ListingDate d) => d.Source switch
    {
        ListingDateSource.ListField => d.Note ?? "list field",
        ListingDateSource.Remarks => $"remarks: {d.Note}",
        _ => d.Note ?? "first seen",
    };

    private static string KindText(EntryName n) => n.Kind switch
    {
        NameKind.Primary => "primary",
        NameKind.Alias => n.Quality is { } q ? $"a.k.a., {q}" : "a.k.a.",
        NameKind.FormerName => "f.k.a.",
        NameKind.NewName => "n.k.a.",
        NameKind.WeakAlias => "weak a.k.a.",
        _ => "original script",
    };

    private static string IdentifierText(Identifier i) =>
        string.Join(" ", new[] { i.Type, i.Number, i.Country is null ? null : $"({i.Country})", i.Note }.Where(p => !string.IsNullOrEmpty(p)));

    private static void Rows(TextWriter w, string label, IEnumerable<string> values)
    {
        var first = true;
        foreach (var v in values)
        {
            Row(w, first ? label : "", v);
            first = false;
        }
    }

    private static void Row(TextWriter w, string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        w.WriteLine($"  {(label.Length > 0 ? label + ":" : ""),-13} {value}");
    }
}
