using System.Globalization;
using Sightline.Screening;

namespace Sightline.Cli.Output;

/// <summary>Screening results for a terminal: a ranked table, then each result's explanation.</summary>
internal static class ScreeningPrinter
{
    public static void Write(TextWriter writer, ScreeningQuery query, IReadOnlyList<ScreeningResult> results,
        IEnumerable<string> lists, ScreeningIndex index, ScreeningOptions options)
    {
        writer.WriteLine($"Screening \"{query.Name}\" against {index.EntryCount:N0} entries ({index.NameCount:N0} names), threshold {F(options.Threshold)}:");
        foreach (var list in lists) writer.WriteLine($"  {list}");
        writer.WriteLine();
        if (results.Count == 0)
        {
            writer.WriteLine("No results.");
            return;
        }

        var table = new TextTable("#", "Score", "Match", "List", "ID", "Name", "Type");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            table.Add((i + 1).ToString(CultureInfo.InvariantCulture), F(r.Score), r.Match ? "MATCH" : r.Ambiguous ? "ambiguous" : "-",
                r.Entry.List, r.Entry.Id, r.Entry.Name, r.Entry.Schema);
        }
        table.Write(writer);

        writer.WriteLine();
        for (var i = 0; i < results.Count; i++)
        {
            var e = results[i].Explanation;
            var of = e.SameParty is { } met ? $" of {met.List} {met.Id}" : "";
            writer.WriteLine($"{i + 1}. met on \"{e.MatchedName}\" ({e.MatchedNameKind}){of}, name score {F(e.NameScore)}");
            foreach (var t in e.Tokens)
                writer.WriteLine($"     {t.Query} ~ {t.List}: {t.How}, similarity {F(t.Similarity)}, weight {F(t.Weight)} (keys {t.QueryKey} / {t.ListKey})");
            if (e.UnmatchedQueryTokens.Count > 0) writer.WriteLine($"     not on the list name: {string.Join(", ", e.UnmatchedQueryTokens)}");
            if (e.UnmatchedListTokens.Count > 0) writer.WriteLine($"     not in the query: {string.Join(", ", e.UnmatchedListTokens)}");
            if (e.IgnoredQueryWords.Count > 0) writer.WriteLine($"     set aside: {string.Join(", ", e.IgnoredQueryWords)}");
            foreach (var q in e.Qualifiers)
                writer.WriteLine($"     {q.Qualifier}: {q.Query} vs {(q.List.Length > 0 ? q.List : "-")}: {q.Note} ({q.Change:+0.00;-0.00;0})");
            if (e.AmbiguousBecause is { } reason) writer.WriteLine($"     ambiguous: {reason}");
            if (e.SameParty is { } same) writer.WriteLine($"     {same}");
        }
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
