using System.CommandLine;
using System.Text.Json;
using Sightline.Cli.Contracts;
using Sightline.Review;

namespace Sightline.Cli.Commands;

/// <summary>Analysts' decisions (<c>review …</c>) and their trail (<c>audit</c>). Every decision takes <c>--why</c> and
/// records the reviewer from <c>--user</c>, <c>$SIGHTLINE_USER</c> or the login name.</summary>
internal static class ReviewCommands
{
    public static IEnumerable<Command> Create() => [Review(), Audit()];

    private static Command Review()
    {
        var command = new Command("review", "Decide on what Sightline read: claims, meetings, list links, merges and splits. Decisions survive re-ingestion and list updates");
        command.Subcommands.Add(OnClaim("confirm", "Confirm a claim (C-…)", (desk, id, user, why) => desk.ConfirmClaim(id, user, why)));
        command.Subcommands.Add(OnClaim("reject", "Reject a claim (C-…): it no longer counts, and stays rejected when the report is read again", (desk, id, user, why) => desk.RejectClaim(id, user, why)));
        command.Subcommands.Add(OnClaim("not-a-meeting", "Mark a meeting event (M-…) as not a meeting: its claims are rejected", (desk, id, user, why) => desk.NotAMeeting(id, user, why)));
        command.Subcommands.Add(OnLink("link", "Link an entity to a list entry (LIST:ID, e.g. us_ofac_sdn:28004)", (desk, entity, list, id, user, why) => desk.Link(entity, list, id, user, why)));
        command.Subcommands.Add(OnLink("unlink", "Reject an entity's link or candidate link to a list entry: it is never made again", (desk, entity, list, id, user, why) => desk.Unlink(entity, list, id, user, why)));
        command.Subcommands.Add(Queue());
        command.Subcommands.Add(Merge());
        command.Subcommands.Add(Split());
        return command;
    }

    private static Option<string> Why() => new("--why") { Description = "Why: kept in the audit trail", Required = true };

    private static Command OnClaim(string name, string description, Action<ReviewDesk, string, string, string> decide)
    {
        var id = new Argument<string>("id") { Description = "The claim or event id" };
        var why = Why();
        var command = new Command(name, description) { id, why };
        command.SetAction(result => Decide(result, name, session => decide(session.Review(), result.GetValue(id)!, GlobalOptions.Reviewer(result), result.GetValue(why)!)));
        return command;
    }

    private static Command OnLink(string name, string description, Action<ReviewDesk, string, string, string, string, string> decide)
    {
        var entity = new Argument<string>("entity") { Description = "A name in any spelling, or an entity id" };
        var entry = new Argument<string>("entry") { Description = "LIST:ID, e.g. us_ofac_sdn:28004" };
        var why = Why();
        var command = new Command(name, description) { entity, entry, why };
        command.SetAction(result => Decide(result, name, session =>
        {
            var parts = result.GetValue(entry)!.Split(':', 2);
            if (parts.Length != 2) throw new ReviewException($"'{result.GetValue(entry)}' is not LIST:ID (e.g. us_ofac_sdn:28004)");
            var id = session.Resolve(result.GetValue(entity)!, $"review {name}") ?? throw new ReviewException("no such entity");
            decide(session.Review(), id, parts[0], parts[1], GlobalOptions.Reviewer(result), result.GetValue(why)!);
        }));
        return command;
    }

    private static Command Queue()
    {
        var json = new Option<bool>("--json") { Description = "One JSON object a link" };
        var limit = new Option<int>("--limit") { Description = "At most this many (0: all)", DefaultValueFactory = _ => 20 };
        var probableOnly = new Option<bool>("--probable") { Description = "Only probable links, not candidates" };
        var command = new Command("queue", "List links waiting for an analyst, most consequential first (meetings with alerts): probable links, which count already, and candidates") { json, limit, probableOnly };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            var queued = LinkQueue.Read(session.Store, session.Lists.Store, Math.Max(0, result.GetValue(limit)), !result.GetValue(probableOnly));
            foreach (var q in queued)
            {
                if (result.GetValue(json))
                {
                    Console.WriteLine(JsonSerializer.Serialize(QueuedLinkLineJson.Of(q), CliJsonContext.Default.QueuedLinkLineJson));
                    continue;
                }
                Console.WriteLine($"{q.State.ToUpperInvariant(),-9} {q.EntityName} ({q.EntityId}) ~ {q.List}:{q.ListId} {q.EntryName} — {q.Meetings} meeting(s), {q.AlertedMeetings} with an alert");
                Console.WriteLine($"          {q.Reason}");
                Console.WriteLine($"          confirm: sightline review link {q.EntityId} {q.List}:{q.ListId} --why \"…\"   reject: sightline review unlink {q.EntityId} {q.List}:{q.ListId} --why \"…\"");
            }
            if (queued.Count == 0 && !result.GetValue(json)) Console.WriteLine("No links wait for review.");
            return 0;
        });
        return command;
    }

    private static Command Merge()
    {
        var from = new Argument<string>("from") { Description = "The entity that is the same as the other (name or id); it disappears" };
        var into = new Argument<string>("into") { Description = "The entity it is merged into (name or id)" };
        var why = Why();
        var command = new Command("merge", "Merge two entities that are one: names, mentions, claims and links move to the second") { from, into, why };
        command.SetAction(result => Decide(result, "merge", session =>
        {
            var fromId = session.Resolve(result.GetValue(from)!, "review merge") ?? throw new ReviewException("no such entity");
            var intoId = session.Resolve(result.GetValue(into)!, "review merge") ?? throw new ReviewException("no such entity");
            session.Review().Merge(fromId, intoId, GlobalOptions.Reviewer(result), result.GetValue(why)!);
        }));
        return command;
    }

    private static Command Split()
    {
        var entity = new Argument<string>("entity") { Description = "The entity (name or id)" };
        var document = new Option<string>("--document") { Description = "The document (its key or D- id, as the document page and API give them) that names someone else", Required = true };
        var why = Why();
        var command = new Command("split", "Split what one document says off an entity into a new entity: that document meant someone else") { entity, document, why };
        command.SetAction(result => Decide(result, "split", session =>
        {
            var id = session.Resolve(result.GetValue(entity)!, "review split") ?? throw new ReviewException("no such entity");
            var named = result.GetValue(document)!;
            var key = named.StartsWith("D-", StringComparison.Ordinal) ? session.Store.Documents.KeyOf(named) ?? named : named;
            var newId = session.Review().Split(id, key, GlobalOptions.Reviewer(result), result.GetValue(why)!);
            Console.WriteLine($"new entity {newId}");
        }));
        return command;
    }

    private static int Decide(ParseResult result, string name, Action<KnowledgeSession> decide)
    {
        using var session = KnowledgeSession.Open(result);
        try { decide(session); }
        catch (ReviewException e)
        {
            Console.Error.WriteLine($"sightline review {name}: {e.Message}");
            return 1;
        }
        var decision = session.Review().Audit(1)[0];
        Console.WriteLine($"recorded #{decision.Id} {decision.Action} {decision.Target} by {decision.User}: {decision.Detail}");
        return 0;
    }

    private static Command Audit()
    {
        var json = new Option<bool>("--json") { Description = "One JSON object a decision" };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first (0: all)", DefaultValueFactory = _ => 0 };
        var command = new Command("audit", "Every review decision: who, when, what and why, newest first") { json, limit };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            var decisions = session.Review().Audit(Math.Max(0, result.GetValue(limit)));
            foreach (var d in decisions)
                Console.WriteLine(result.GetValue(json)
                    ? JsonSerializer.Serialize(DecisionLineJson.Of(d), CliJsonContext.Default.DecisionLineJson)
                    : $"#{d.Id}  {d.DecidedAt:yyyy-MM-dd HH:mm}  {d.User,-12}  {d.Action,-13}  {d.Target}\n      {d.Detail}{(d.Reason.Length > 0 ? $"\n      why: {d.Reason}" : "")}");
            if (decisions.Count == 0 && !result.GetValue(json)) Console.WriteLine("No decisions yet.");
            return 0;
        });
        return command;
    }
}
