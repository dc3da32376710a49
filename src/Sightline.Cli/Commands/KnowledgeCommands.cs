using Sightline.Knowledge;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sightline.Cli.Output;
using Sightline.Export;
using Sightline.Export.Contracts;
using Sightline.Knowledge.Queries;

namespace Sightline.Cli.Commands;

/// <summary>Asking the knowledge base: <c>entity</c>, <c>timeline</c>, <c>meetings</c>, <c>graph</c> and <c>path</c>.</summary>
internal static class KnowledgeCommands
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<Command> Create() => [Entity(), Timeline(), Meetings(), Graph(), Path()];

    private static Command Entity()
    {
        var name = new Argument<string>("name") { Description = "A name in any spelling, or an entity id (P-…, O-…)" };
        var json = new Option<bool>("--json") { Description = "Print the profile as one JSON object" };
        var limit = MeetingLimit();
        var command = new Command("entity", "Who is this: names seen, list links and sanctions status, roles, family, and every meeting with its sources") { name, json, limit };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            if (session.Resolve(result.GetValue(name)!, "entity") is not { } id) return 1;
            var profile = session.Profiles().Read(id, Math.Max(0, result.GetValue(limit)))!;
            if (result.GetValue(json))
            {
                using var output = StandardStreams.OpenOutput();
                using (var writer = new Utf8JsonWriter(output, JsonOptions)) JsonSerializer.Serialize(writer, ProfileJson.Of(profile), CoreJsonContext.Default.ProfileJson);
                output.Write("\n"u8);
            }
            else ProfilePrinter.Write(Console.Out, profile);
            return 0;
        });
        return command;
    }

    private static Option<int> MeetingLimit() => new("--limit")
    {
        Description = $"Show the newest this many meetings (0: all); the total is always shown", DefaultValueFactory = _ => ProfileReader.DefaultMeetings,
    };

    private static Command Timeline()
    {
        var name = new Argument<string>("name") { Description = "A name in any spelling, or an entity id" };
        var limit = MeetingLimit();
        var command = new Command("timeline", "Every meeting of one entity in date order, with the other parties' status at the time and the source sentences") { name, limit };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            if (session.Resolve(result.GetValue(name)!, "timeline") is not { } id) return 1;
            ProfilePrinter.WriteTimeline(Console.Out, session.Profiles().Read(id, Math.Max(0, result.GetValue(limit)))!);
            return 0;
        });
        return command;
    }

    private static Command Meetings()
    {
        var sanctioned = new Option<bool>("--sanctioned") { Description = "Only meetings in which at least one party was on a list on the meeting's date (or is listed with the designation date unknown)" };
        var json = new Option<bool>("--json") { Description = "One JSON object a meeting, shaped like a profile's meetings" };
        var limit = new Option<int>("--limit") { Description = "At most this many meetings, newest first (0: all)", DefaultValueFactory = _ => 100 };
        var command = new Command("meetings", "Meeting events, newest first, with each party's status on the meeting's date") { sanctioned, json, limit };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            var meetings = MeetingSelection.Newest(session.Profiles().Events, result.GetValue(sanctioned), Math.Max(0, result.GetValue(limit)));
            if (result.GetValue(json))
            {
                using var output = StandardStreams.OpenOutput();
                foreach (var meeting in meetings)
                {
                    using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                        JsonSerializer.Serialize(writer, MeetingJson.Of(meeting), CoreJsonContext.Default.MeetingJson);
                    output.Write("\n"u8);
                }
                return 0;
            }
            Console.WriteLine($"{meetings.Count} meeting{(meetings.Count == 1 ? "" : "s")}{(result.GetValue(sanctioned) ? " with a party listed on the date" : "")}, newest first:");
            foreach (var meeting in meetings) ProfilePrinter.WriteMeeting(Console.Out, meeting, null);
            return 0;
        });
        return command;
    }

    private static Command Graph()
    {
        var name = new Argument<string>("name") { Description = "The entity at the centre" };
        var depth = new Option<int>("--depth") { Description = "How many meetings away to go", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "graphml, gexf or json", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("graphml", "gexf", "json");
        var command = new Command("graph", "The contact graph around an entity: parties as nodes (sanctioned ones marked), meetings as dated edges with their source") { name, depth, format };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            if (session.Resolve(result.GetValue(name)!, "graph") is not { } id) return 1;
            var (nodes, edges) = new ContactGraph(session.Store).Around(id, Math.Max(1, result.GetValue(depth)));
            using var output = StandardStreams.OpenOutput();
            GraphWriter.Write(output, result.GetValue(format)!, nodes, edges);
            output.Write("\n"u8);
            return 0;
        });
        return command;
    }

    private static Command Path()
    {
        var from = new Argument<string>("from") { Description = "One entity" };
        var to = new Argument<string>("to") { Description = "The other" };
        var json = new Option<bool>("--json") { Description = "Print the chain as JSON" };
        var command = new Command("path", "The shortest chain of meetings between two entities, each link with its source") { from, to, json };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            if (session.Resolve(result.GetValue(from)!, "path") is not { } a || session.Resolve(result.GetValue(to)!, "path") is not { } b) return 1;
            var graph = new ContactGraph(session.Store);
            var path = graph.Path(a, b);
            if (path is null)
            {
                Console.Error.WriteLine($"sightline path: no chain of meetings joins {a} and {b} within 6 meetings");
                return 1;
            }
            var names = graph.Nodes(path.SelectMany(e => new[] { e.From, e.To }).Append(a).Distinct().ToList()).ToDictionary(n => n.Key, n => n.Name);
            if (result.GetValue(json))
            {
                using var output = StandardStreams.OpenOutput();
                using (var writer = new Utf8JsonWriter(output, JsonOptions))
                    JsonSerializer.Serialize(writer, [.. path.Select(GraphEdgeJson.Of)], CoreJsonContext.Default.IReadOnlyListGraphEdgeJson);
                output.Write("\n"u8);
                return 0;
            }
            Console.WriteLine($"{names[a]} to {names[b]} in {path.Count} meeting{(path.Count == 1 ? "" : "s")}:");
            foreach (var edge in path)
            {
                Console.WriteLine($"  {names[edge.From]} — {names[edge.To]}: {edge.Kind}, {edge.Date?.Value ?? "date unknown"}   [{edge.EventId}]");
                var report = edge.Document is { } key ? session.Store.Documents.Listing(key) : null;
                Console.WriteLine($"      \"{edge.Evidence}\" — {(report is null ? edge.Document : ReportLabel.Of(report.Key, report.Title, report.Publisher, report.Published))}");
            }
            return 0;
        });
        return command;
    }
}
