using NetArchTest.Rules;

namespace Sightline.Tests.Architecture;

/// <summary>
/// The library's top folders depend one way, following the flow (ADR-024): the lists side (Names, Lists, Screening)
/// the dates reports write (Dates) and Documents first, then Analysis, Claims, Knowledge, analysts' notes and cases
/// (Casework), and last what reads the knowledge base (Alerts, Export, Review), and last of all the composition root
/// that puts them together for the hosts. <c>Storage</c> (where files live, and the writers' lock) depends on nothing;
/// <c>Storage/Relational</c> (SQL both databases read alike), <c>Storage/Sqlite</c> and <c>Storage/Postgres</c> implement the domain's store interfaces and may use every folder. Every wrong-way edge fails
/// here: none is tolerated.
/// </summary>
public sealed class FolderDependencyTests
{
    /// <summary>Each folder and the folders it may use (its own sub-folders always).</summary>
    private static readonly (string Folder, string[] MayUse)[] Folders =
    [
        ("Storage", []),
        ("Names", ["Storage"]),
        ("Lists", ["Storage", "Names"]),
        ("Screening", ["Storage", "Names", "Lists"]),
        // Dates as reports write them: a document's header or dateline as much as the sentences of its text.
        ("Dates", ["Storage", "Names", "Lists"]),
        ("Documents", ["Storage", "Names", "Lists", "Dates"]),
        ("Analysis", ["Storage", "Names", "Lists", "Dates", "Documents"]),
        ("Claims", ["Storage", "Names", "Lists", "Dates", "Documents", "Analysis"]),
        ("Knowledge", ["Storage", "Names", "Lists", "Screening", "Dates", "Documents", "Analysis", "Claims"]),
        // Analysts' notes and cases (ADR-036): kept in the knowledge base, read by the exports.
        ("Casework", ["Storage", "Names", "Lists", "Screening", "Dates", "Documents", "Analysis", "Claims", "Knowledge"]),
        ("Alerts", ["Storage", "Names", "Lists", "Screening", "Dates", "Documents", "Analysis", "Claims", "Knowledge"]),
        ("Export", ["Storage", "Names", "Lists", "Screening", "Dates", "Documents", "Analysis", "Claims", "Knowledge", "Casework"]),
        ("Review", ["Storage", "Names", "Lists", "Screening", "Dates", "Documents", "Analysis", "Claims", "Knowledge"]),
        // Who may use the server (API keys and roles, ADR-027): beside the flow, on storage alone.
        ("Access", ["Storage"]),
        // The composition root puts every part together for the hosts (ADR-028), the SQLite stores included.
        ("Composition", ["Storage", "Storage.Relational", "Storage.Sqlite", "Storage.Postgres", "Names", "Lists", "Screening", "Dates", "Documents", "Analysis", "Claims", "Knowledge", "Casework", "Alerts", "Export", "Review", "Access"]),
        // Background jobs (ADR-043): what each job does, on Sightline as the composition root puts it together.
        ("Jobs", ["Storage", "Names", "Lists", "Screening", "Dates", "Documents", "Analysis", "Claims", "Knowledge", "Casework", "Alerts", "Export", "Review", "Access", "Composition"]),
    ];

    [Fact]
    public void Every_folder_depends_only_on_the_folders_before_it_in_the_flow()
    {
        var types = Types.InAssembly(Architecture.Core);
        var all = Folders.Select(f => f.Folder).Append("Storage.Relational").Append("Storage.Sqlite").Append("Storage.Postgres").ToArray();
        var edges = new List<string>();
        foreach (var (folder, mayUse) in Folders)
            foreach (var other in all.Where(o => o != folder && !mayUse.Contains(o)))
            {
                var result = types.That().ResideInNamespaceMatching(InFolder(folder))
                    .ShouldNot().HaveDependencyOn("Sightline." + other).GetResult();
                edges.AddRange(Architecture.OuterTypes(result).Select(type => $"{type} -> {other}"));
            }
        Assert.True(edges.Count == 0, "Folder dependencies against the flow (see ADR-024):\n  " + string.Join("\n  ", edges));
    }

    [Fact]
    public void Every_namespace_of_the_library_is_in_a_known_folder()
    {
        var folders = Folders.Select(f => f.Folder).Append("Storage.Relational").Append("Storage.Sqlite").Append("Storage.Postgres").ToArray();
        var outside = Types.InAssembly(Architecture.Core).GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(ns => ns.StartsWith("Sightline", StringComparison.Ordinal))
            .Where(ns => !folders.Any(f => ns == "Sightline." + f || ns.StartsWith("Sightline." + f + ".", StringComparison.Ordinal)))
            .Distinct().ToList();
        Assert.True(outside.Count == 0, "Namespaces outside the folders these tests check (add them to the flow): " + string.Join(", ", outside));
    }

    /// <summary>The folder's namespace and those below it; <c>Storage</c> alone, as <c>Storage/Sqlite</c> is its own folder here.</summary>
    private static string InFolder(string folder) =>
        folder == "Storage" ? @"^Sightline\.Storage$" : $@"^Sightline\.{folder.Replace(".", @"\.")}(\.|$)";
}
