using System.CommandLine;
using Sightline.Cli.Output;
using Sightline.Export;
using Sightline.Knowledge.Queries;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline export</c> (the knowledge base, or one entity's neighbourhood, as FollowTheMoney, GraphML, GEXF or
/// CSV) and <c>sightline import</c> (FollowTheMoney lines back in).</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "ftm (FollowTheMoney JSON lines), graphml, gexf (Gephi) or csv (one row a meeting)", Required = true };
        format.AcceptOnlyFromAmong("ftm", "graphml", "gexf", "csv");
        var entity = new Option<string?>("--entity") { Description = "Only this entity's neighbourhood (a name in any spelling, or an id)" };
        var depth = new Option<int>("--depth") { Description = "With --entity: how many meetings away", DefaultValueFactory = _ => 2 };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Hand the knowledge base to other tools: FollowTheMoney (Aleph, yente, nomenklatura), GraphML and GEXF (Gephi, i2, yEd), CSV") { format, entity, depth, output };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            var graph = new ContactGraph(session.Store);
            IReadOnlySet<string>? keys = null;
            IReadOnlyList<GraphNode> nodes;
            IReadOnlyList<GraphEdge> edges;
            if (result.GetValue(entity) is { } name)
            {
                if (session.Resolve(name, "export") is not { } id) return 1;
                (nodes, edges) = graph.Around(id, Math.Max(1, result.GetValue(depth)));
                keys = nodes.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
            }
            else (nodes, edges) = graph.All();

            using var stream = result.GetValue(output) is { } path ? File.Create(path) : StandardStreams.OpenOutput();
            switch (result.GetValue(format))
            {
                case "ftm":
                    using (var writer = new StreamWriter(stream, leaveOpen: true) { NewLine = "\n" })
                        foreach (var ftm in new FtmExporter(session.Store, session.Lists.Store).Export(keys)) writer.WriteLine(ftm.ToJsonLine());
                    break;
                case "csv":
                    var meetings = keys is null ? session.Profiles().Events.ReadNewest(sanctionedOnly: false, limit: 0)
                        : session.Profiles().Events.Read(edges.Select(e => e.EventId));
                    using (var writer = new StreamWriter(stream, leaveOpen: true) { NewLine = "\r\n" })
                        foreach (var row in MeetingsCsv.Rows(meetings)) writer.WriteLine(row);
                    break;
                default:
                    GraphWriter.Write(stream, result.GetValue(format)!, nodes, edges);
                    break;
            }
            if (result.GetValue(output) is { } written) Console.Error.WriteLine($"wrote {written}");
            return 0;
        });
        return command;
    }

    public static Command Import()
    {
        var file = new Argument<string>("file") { Description = "FollowTheMoney JSON lines, as sightline export --format ftm writes them" };
        var command = new Command("import", "Read FollowTheMoney JSON lines into the knowledge base (all or nothing: any bad line is reported and nothing is written)") { file };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"sightline import: no such file {path}");
                return 2;
            }
            var (count, errors) = FtmImporter.Import(session.Store, path, File.ReadLines(path), session.Lists.Clock.GetUtcNow());
            foreach (var error in errors) Console.Error.WriteLine(error);
            if (errors.Count > 0)
            {
                Console.Error.WriteLine($"sightline import: nothing imported ({errors.Count} problem(s))");
                return 1;
            }
            Console.WriteLine($"imported {count:N0} FollowTheMoney entities from {path}");
            return 0;
        });
        return command;
    }
}
