using Sightline.Knowledge;
using System.CommandLine;
using System.Text.Json;
using Sightline.Alerts;
using Sightline.Cli.Contracts;
using Sightline.Cli.Output;

namespace Sightline.Cli.Commands;

/// <summary>Alerts and what raises and delivers them: <c>watch</c>, <c>unwatch</c>, <c>alerts</c> (list, <c>ack</c>,
/// <c>deliver</c>) and <c>webhooks</c>.</summary>
internal static class AlertCommands
{
    public static IEnumerable<Command> Create() => [Watch(), Unwatch(), Alerts(), Webhooks()];

    private static Command Watch()
    {
        var name = new Argument<string>("name") { Description = "A name in any spelling, or an entity id" };
        var command = new Command("watch", "Raise an alert whenever a report mentions this entity or tells of it meeting someone") { name };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            if (session.Resolve(result.GetValue(name)!, "watch") is not { } id) return 1;
            Console.WriteLine($"watching {session.Alerts().Watch(id, GlobalOptions.Reviewer(result))} ({id})");
            return 0;
        });
        return command;
    }

    private static Command Unwatch()
    {
        var name = new Argument<string>("name") { Description = "A watched name, or an entity id" };
        var command = new Command("unwatch", "Stop watching an entity") { name };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            if (session.Resolve(result.GetValue(name)!, "unwatch") is not { } id) return 1;
            var removed = session.Alerts().Unwatch(id);
            Console.WriteLine(removed ? $"no longer watching {id}" : $"{id} was not watched");
            return removed ? 0 : 1;
        });
        return command;
    }

    private static Command Alerts()
    {
        var all = new Option<bool>("--all") { Description = "Also the acknowledged alerts" };
        var json = new Option<bool>("--json") { Description = "One JSON object an alert, as webhooks receive it" };
        var limit = new Option<int>("--limit") { Description = "At most this many, most recently updated first (0: all)", DefaultValueFactory = _ => 50 };
        var command = new Command("alerts", "Alerts, most recently updated first: sanctioned meetings, watched entities, list designations and delistings") { all, json, limit };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            var alerts = session.Alerts().List(result.GetValue(all), Math.Max(0, result.GetValue(limit)));
            if (result.GetValue(json))
            {
                foreach (var alert in alerts)
                    Console.WriteLine(JsonSerializer.Serialize(AlertLineJson.Of(alert), CliJsonContext.Default.AlertLineJson));
                return 0;
            }
            if (alerts.Count == 0) Console.WriteLine(result.GetValue(all) ? "No alerts." : "No alerts waiting (--all shows acknowledged ones).");
            foreach (var alert in alerts)
            {
                var ack = alert.AcknowledgedBy is null ? "" : $"  [acknowledged by {alert.AcknowledgedBy} {alert.AcknowledgedAt:yyyy-MM-dd HH:mm}]";
                Console.WriteLine($"{alert.Id}  {alert.Rule,-18}  rev {alert.Revision}  {alert.UpdatedAt:yyyy-MM-dd HH:mm}{ack}");
                Console.WriteLine($"    {Terminal.Line(alert.Summary)}");
                using var payload = JsonDocument.Parse(alert.Payload);
                if (payload.RootElement.TryGetProperty("evidence", out var evidence))
                    foreach (var source in evidence.EnumerateArray().Take(3))
                        Console.WriteLine($"    source: {Report(source)}: \"{Shorten(source.GetProperty("sentence").GetString()!)}\"");
            }
            return 0;
        });
        command.Subcommands.Add(Acknowledge());
        command.Subcommands.Add(Deliver());
        return command;
    }

    private static Command Acknowledge()
    {
        var ids = new Argument<string[]>("id") { Description = "Alert ids (A-…)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ack", "Acknowledge alerts: they leave the list until news about the same subject updates them") { ids };
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            var user = GlobalOptions.Reviewer(result);
            var missing = result.GetValue(ids)!.Where(id => !session.Alerts().Acknowledge(id, user)).ToList();
            foreach (var id in missing) Console.Error.WriteLine($"sightline alerts ack: no alert {id}");
            return missing.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command Deliver()
    {
        var timeout = new Option<double>("--timeout") { Description = "Seconds one webhook request may take", DefaultValueFactory = _ => 10 };
        var command = new Command("deliver", "Send the webhook deliveries that are due (retries with back-off; run it from cron, or let ingest and serve do it)") { timeout };
        command.SetAction(async (result, cancel) =>
        {
            using var session = KnowledgeSession.Open(result);
            var tally = await session.DeliverAlertsAsync(TimeSpan.FromSeconds(result.GetValue(timeout)), cancel);
            if (tally == new DeliveryTally(0, 0, 0)) Console.WriteLine("Nothing due.");
            return 0;
        });
        return command;
    }

    private static Command Webhooks()
    {
        var command = new Command("webhooks", "Where alerts are POSTed as JSON, and how their deliveries stand (pending, delivered, dead)");
        command.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            var hooks = session.Alerts().Webhooks();
            if (hooks.Count == 0) Console.WriteLine("No webhooks (sightline webhooks add URL).");
            foreach (var hook in hooks) Console.WriteLine($"webhook  {hook.Url}{(hook.AllowPrivate ? "  (private targets allowed)" : "")}");
            foreach (var state in session.Alerts().Deliveries())
                Console.WriteLine($"  {state.AlertId} rev {state.Revision}  {state.State,-9} attempts {state.Attempts}  {state.Url}" +
                                  (state.State == "pending" ? $"  next {state.NextAttempt:yyyy-MM-dd HH:mm:ss}" : "") + (state.LastError is { } e && state.State != "delivered" ? $"  last error: {e}" : ""));
            return 0;
        });
        var url = new Argument<string>("url") { Description = "An http or https address" };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Admin setting: let this hook reach loopback, private and link-local addresses (a receiver on this machine or the local network)" };
        var add = new Command("add", "POST every new alert and alert update to this address, signed with a secret shown once (adding an address again makes a new secret)") { url, allowPrivate };
        add.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            string secret;
            try { secret = session.Alerts().AddWebhook(result.GetValue(url)!, result.GetValue(allowPrivate)); }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"sightline webhooks add: {Terminal.Line(e.Message)}");
                return 2;
            }
            Console.WriteLine($"alerts will be POSTed to {Terminal.Line(result.GetValue(url)!)}{(result.GetValue(allowPrivate) ? " (private targets allowed)" : "")}");
            Console.WriteLine($"signing secret (shown only now; the receiver checks {WebhookSignature.SignatureHeader} with it): {secret}");
            return 0;
        });
        var removeUrl = new Argument<string>("url") { Description = "A configured address" };
        var remove = new Command("remove", "Stop POSTing alerts to this address (its pending deliveries stay on record)") { removeUrl };
        remove.SetAction(result =>
        {
            using var session = KnowledgeSession.Open(result);
            var removed = session.Alerts().RemoveWebhook(result.GetValue(removeUrl)!);
            Console.WriteLine(removed ? "removed" : "no such webhook");
            return removed ? 0 : 1;
        });
        command.Subcommands.Add(add);
        command.Subcommands.Add(remove);
        return command;
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "…";

    /// <summary>A report of an alert's evidence by its title, outlet and date (<see cref="ReportLabel"/>).</summary>
    private static string Report(JsonElement source)
    {
        string? Field(string name) => source.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return ReportLabel.Of(Field("document") ?? "", Field("title"), Field("publisher"), Field("published"), maxTitle: 60);
    }
}
