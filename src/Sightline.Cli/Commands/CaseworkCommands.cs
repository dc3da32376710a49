using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sightline.Casework;
using Sightline.Cli.Output;
using Sightline.Export;
using Sightline.Export.Contracts;

namespace Sightline.Cli.Commands;

/// <summary>Analysts' notes (<c>notes add|list|edit|delete</c>) and cases (<c>cases create|add|remove|list|export</c>).
/// Each change is recorded under <c>--user</c>, <c>$SIGHTLINE_USER</c> or the login name, and audited (ADR-036).</summary>
internal static class CaseworkCommands
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<Command> Create() => [Notes(), Cases()];

    private static Argument<string> Target(string description = "What the note is on: an entity (a name in any spelling, or its P-/O- id), a meeting (M-…) or a report (D-…)") =>
        new("target") { Description = description };

    private static Command Notes()
    {
        var command = new Command("notes", "Analysts' notes on entities, meetings and reports: each is kept with its author, edits keep the earlier text, and every change is audited");
        var target = Target();
        var text = new Argument<string>("text") { Description = "The note" };
        var add = new Command("add", "Attach a note to an entity, meeting or report") { target, text };
        add.SetAction(result => Change(result, "notes add", session =>
        {
            var id = TargetId(session, result.GetValue(target)!, "notes add");
            if (id is null) return 1;
            var note = session.Sightline.Notes().Add(id, result.GetValue(text)!, GlobalOptions.Reviewer(result));
            Console.WriteLine($"noted {note.Id} on {note.TargetKind} {note.Target} by {note.Author}");
            return 0;
        }));

        var listTarget = Target("An entity (name or id), a meeting (M-…) or a report (D-…)");
        var json = new Option<bool>("--json") { Description = "One JSON object a note" };
        var list = new Command("list", "The notes on an entity, meeting or report, oldest first") { listTarget, json };
        list.SetAction(result => Change(result, "notes list", session =>
        {
            var id = TargetId(session, result.GetValue(listTarget)!, "notes list");
            if (id is null) return 1;
            var notes = session.Sightline.Notes().On(id);
            if (result.GetValue(json))
            {
                WriteLines(notes.Select(NoteJson.Of), CoreJsonContext.Default.NoteJson);
                return 0;
            }
            if (notes.Count == 0) Console.WriteLine($"No notes on {id}.");
            foreach (var n in notes)
                Console.WriteLine($"{n.Id}  {n.CreatedAt:yyyy-MM-dd HH:mm}  {n.Author}{(n.EditedBy is null ? "" : $" (edited by {n.EditedBy} {n.EditedAt:yyyy-MM-dd HH:mm})")}\n      {Terminal.Line(n.Text)}");
            return 0;
        }));

        var noteId = new Argument<string>("id") { Description = "The note (N-…)" };
        var newText = new Argument<string>("text") { Description = "Its new text; the old one stays in its history" };
        var edit = new Command("edit", "Replace a note's text, keeping the earlier one") { noteId, newText };
        edit.SetAction(result => Change(result, "notes edit", session =>
        {
            var note = session.Sightline.Notes().Edit(result.GetValue(noteId)!, result.GetValue(newText)!, GlobalOptions.Reviewer(result));
            Console.WriteLine($"edited {note.Id} on {note.TargetKind} {note.Target}");
            return 0;
        }));

        var deleteId = new Argument<string>("id") { Description = "The note (N-…)" };
        var why = new Option<string?>("--why") { Description = "Why: kept in the audit trail" };
        var delete = new Command("delete", "Delete a note from the pages; its history and the audit trail keep it") { deleteId, why };
        delete.SetAction(result => Change(result, "notes delete", session =>
        {
            session.Sightline.Notes().Delete(result.GetValue(deleteId)!, GlobalOptions.Reviewer(result), result.GetValue(why));
            Console.WriteLine($"deleted {result.GetValue(deleteId)}");
            return 0;
        }));
        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        command.Subcommands.Add(edit);
        command.Subcommands.Add(delete);
        return command;
    }

    private static Command Cases()
    {
        var command = new Command("cases", "Named cases gathering entities, meetings and reports, with their notes; every change is audited");
        var name = new Argument<string>("name") { Description = "The case's name" };
        var create = new Command("create", "Open a case") { name };
        create.SetAction(result => Change(result, "cases create", session =>
        {
            var opened = session.Sightline.Cases().Create(result.GetValue(name)!, GlobalOptions.Reviewer(result));
            Console.WriteLine($"opened {opened.Id} \"{opened.Name}\"");
            return 0;
        }));

        var caseRef = new Argument<string>("case") { Description = "The case: its id (CS-…) or name" };
        var members = new Argument<string[]>("members") { Description = "Entities (names or P-/O- ids), meetings (M-…) or reports (D-…)", Arity = ArgumentArity.OneOrMore };
        var add = new Command("add", "Add entities, meetings or reports to a case") { caseRef, members };
        add.SetAction(result => Change(result, "cases add", session =>
        {
            foreach (var member in result.GetValue(members)!)
            {
                if (TargetId(session, member, "cases add") is not { } id) return 1;
                var added = session.Sightline.Cases().Add(result.GetValue(caseRef)!, id, GlobalOptions.Reviewer(result));
                Console.WriteLine(added ? $"added {id}" : $"{id} is in the case already");
            }
            return 0;
        }));

        var removeCase = new Argument<string>("case") { Description = "The case: its id (CS-…) or name" };
        var member = new Argument<string>("member") { Description = "The member's id (P-, O-, M- or D-…) or entity name" };
        var why = new Option<string?>("--why") { Description = "Why: kept in the audit trail" };
        var remove = new Command("remove", "Remove a member from a case") { removeCase, member, why };
        remove.SetAction(result => Change(result, "cases remove", session =>
        {
            if (TargetId(session, result.GetValue(member)!, "cases remove") is not { } id) return 1;
            var removed = session.Sightline.Cases().Remove(result.GetValue(removeCase)!, id, GlobalOptions.Reviewer(result), result.GetValue(why));
            Console.WriteLine(removed ? $"removed {id}" : $"{id} was not in the case");
            return removed ? 0 : 1;
        }));

        var json = new Option<bool>("--json") { Description = "One JSON object a case" };
        var list = new Command("list", "Every case, with how many entities, reports and meetings it holds") { json };
        list.SetAction(result => Change(result, "cases list", session =>
        {
            var cases = session.Sightline.Cases().List();
            if (result.GetValue(json))
            {
                WriteLines(cases.Select(CaseSummaryJson.Of), CoreJsonContext.Default.CaseSummaryJson);
                return 0;
            }
            if (cases.Count == 0) Console.WriteLine("No cases yet (sightline cases create NAME).");
            foreach (var c in cases)
                Console.WriteLine($"{c.Id}  {c.Name}  — {c.Entities} entit{(c.Entities == 1 ? "y" : "ies")}, {c.Documents} report(s), {c.Meetings} meeting(s); opened by {c.CreatedBy} {c.CreatedAt:yyyy-MM-dd}");
            return 0;
        }));

        command.Subcommands.Add(create);
        command.Subcommands.Add(add);
        command.Subcommands.Add(remove);
        command.Subcommands.Add(list);
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command Export()
    {
        var caseRef = new Argument<string>("case") { Description = "The case: its id (CS-…) or name" };
        var format = new Option<string>("--format") { Description = "json (members, notes, meetings), ftm (FollowTheMoney lines) or csv (one row a meeting)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(CaseExport.Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Hand a case to other tools: its members, their notes and the meetings among them") { caseRef, format, output };
        command.SetAction(result => Change(result, "cases export", session =>
        {
            var file = session.Sightline.Cases().Read(result.GetValue(caseRef)!)
                ?? throw new CaseworkException($"no case {result.GetValue(caseRef)} (see sightline cases list)");
            using var stream = result.GetValue(output) is { } path ? File.Create(path) : StandardStreams.OpenOutput();
            switch (result.GetValue(format))
            {
                case "ftm":
                    using (var writer = new StreamWriter(stream, leaveOpen: true) { NewLine = "\n" })
                        foreach (var entity in new CaseExport(session.Store, session.Lists.Store).Ftm(file)) writer.WriteLine(entity.ToJsonLine());
                    break;
                case "csv":
                    using (var writer = new StreamWriter(stream, leaveOpen: true) { NewLine = "\r\n" })
                        foreach (var row in CaseExport.Csv(file)) writer.WriteLine(row);
                    break;
                default:
                    using (var writer = new Utf8JsonWriter(stream, JsonOptions with { Indented = true })) JsonSerializer.Serialize(writer, CaseJson.Of(file), CoreJsonContext.Default.CaseJson);
                    stream.Write("\n"u8);
                    break;
            }
            if (result.GetValue(output) is { } written) Console.Error.WriteLine($"wrote {written}");
            return 0;
        }));
        return command;
    }

    /// <summary>The page id a target means: an id as given, else the entity a name means (null after saying why not).</summary>
    private static string? TargetId(KnowledgeSession session, string target, string command) =>
        CaseworkTargets.KindOf(target) is not null || target.StartsWith("CS-", StringComparison.Ordinal) ? target : session.Resolve(target, command);

    private static void WriteLines<T>(IEnumerable<T> values, JsonTypeInfo<T> info)
    {
        using var output = StandardStreams.OpenOutput();
        foreach (var value in values)
        {
            using (var writer = new Utf8JsonWriter(output, JsonOptions)) JsonSerializer.Serialize(writer, value, info);
            output.Write("\n"u8);
        }
    }

    private static int Change(ParseResult result, string name, Func<KnowledgeSession, int> change)
    {
        using var session = KnowledgeSession.Open(result);
        try { return change(session); }
        catch (CaseworkException e)
        {
            Console.Error.WriteLine($"sightline {name}: {e.Message}");
            return 1;
        }
    }
}
