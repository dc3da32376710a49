using System.CommandLine;
using Sightline.Access;
using Sightline.Cli.Output;
using Sightline.Storage;
using Sightline.Composition;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline keys add|list|revoke</c>: the API keys the server accepts (ADR-027). A key is printed once;
/// the database keeps its hash. Adding and revoking are recorded in the audit trail under <c>--user</c>.</summary>
internal static class KeyCommands
{
    public static Command Create()
    {
        var command = new Command("keys", "API keys for the server (sent as Authorization: Bearer KEY): who holds each, its role, whether it is revoked");
        command.SetAction(List);
        var list = new Command("list", "Every key: id, holder, role, when made and by whom, revoked or not (never the key itself)");
        list.SetAction(List);
        command.Subcommands.Add(Add());
        command.Subcommands.Add(list);
        command.Subcommands.Add(Revoke());
        return command;
    }

    private static Option<string> Why() => new("--why") { Description = "Why: kept in the audit trail", DefaultValueFactory = _ => "" };

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "Who uses the key: decisions made with it are recorded under this name" };
        var role = new Option<string>("--role") { Description = "reader (reads only), analyst (also uploads, reviews, acknowledges), admin", Required = true };
        role.AcceptOnlyFromAmong("reader", "analyst", "admin");
        var why = Why();
        var command = new Command("add", "Make a key for NAME with a role; the key is printed once and cannot be shown again") { name, role, why };
        command.SetAction(result =>
        {
            using var store = Open(result, out var keys);
            NewAccessKey made;
            try { made = keys.Add(result.GetValue(name)!, AccessRoles.Parse(result.GetValue(role))!.Value, GlobalOptions.Reviewer(result), result.GetValue(why)!); }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"sightline keys add: {Terminal.Line(e.Message)}");
                return 2;
            }
            Console.WriteLine($"key {made.Key.Id} for {Terminal.Line(made.Key.Name)} ({made.Key.Role.Name()})");
            Console.WriteLine($"secret (shown only now; send it as Authorization: Bearer …): {made.Secret}");
            return 0;
        });
        return command;
    }

    private static int List(ParseResult result)
    {
        using var store = Open(result, out var keys);
        var all = keys.List();
        if (all.Count == 0) Console.WriteLine("No keys (sightline keys add NAME --role analyst).");
        foreach (var key in all)
            Console.WriteLine($"{key.Id}  {key.Role.Name(),-7}  {Terminal.Line(key.Name)}  made {key.CreatedAt:yyyy-MM-dd HH:mm} by {Terminal.Line(key.CreatedBy)}" +
                              (key.RevokedAt is { } revoked ? $"  REVOKED {revoked:yyyy-MM-dd HH:mm}" : ""));
        return 0;
    }

    private static Command Revoke()
    {
        var id = new Argument<string>("id") { Description = "The key's id (K-…, from sightline keys list)" };
        var why = Why();
        var command = new Command("revoke", "Stop accepting a key, at once; it stays on record") { id, why };
        command.SetAction(result =>
        {
            using var store = Open(result, out var keys);
            var revoked = keys.Revoke(result.GetValue(id)!, GlobalOptions.Reviewer(result), result.GetValue(why)!);
            Console.WriteLine(revoked ? $"revoked {result.GetValue(id)}" : $"no unrevoked key {result.GetValue(id)} (sightline keys list)");
            return revoked ? 0 : 1;
        });
        return command;
    }

    private static IAccessKeyStore Open(ParseResult result, out AccessKeys keys)
    {
        var store = Stores.OpenAccessKeys(StoreLocation.Resolve(result.GetValue(GlobalOptions.Database)), TimeProvider.System);
        keys = new AccessKeys(store, TimeProvider.System);
        return store;
    }
}
