using Sightline.Alerts;
using Sightline.Composition;
using Sightline.Cli.Commands;
using Sightline.Cli.Output;
using Sightline.Knowledge;
using Sightline.Knowledge.Ingest;
using Sightline.Knowledge.Queries;
using Sightline.Lists;
using Sightline.Lists.Import;
using Sightline.Review;

namespace Sightline.Cli;

/// <summary>The knowledge base next to the lists in the same database file, and what ingesting and asking need.</summary>
internal sealed class KnowledgeSession : IDisposable
{
    private KnowledgeSession(CliSession lists, SightlinePipeline sightline)
    {
        Lists = lists;
        Sightline = sightline;
    }

    public CliSession Lists { get; }

    /// <summary>Sightline as every host puts it together (<see cref="SightlineBuilder"/>): a writer that has to wait
    /// for another says so once on standard error, then waits as long as it takes.</summary>
    public SightlinePipeline Sightline { get; }

    public KnowledgeStore Store => Sightline.Store;

    public static KnowledgeSession Open(System.CommandLine.ParseResult result, string? suffix = null)
    {
        var lists = CliSession.Open(result, suffix);
        var sightline = new SightlineBuilder(lists.DatabasePath)
            .UseClock(lists.Clock)
            .WaitForWriters(null, note: Console.Error.WriteLine)
            .UseScreeningIndex(_ => lists.ScreeningIndex())
            .UseTaggerModel(ProjectPaths.NerModel)
            .Build();
        return new KnowledgeSession(lists, sightline);
    }

    /// <summary>An ingestor over the active lists (the bundled ones on a fresh database), with the stored entities loaded.</summary>
    public Ingestor Ingestor(Documents.DocumentLimits? limits = null)
    {
        Lists.ListsOrBundled();
        return StepStatus.Run("Loading the tagger and the names on the lists", () => Sightline.Ingestor(limits));
    }

    public ProfileReader Profiles() => Sightline.Profiles();

    public AlertStore Alerts() => Sightline.Alerts();

    public ReviewDesk Review() => Sightline.Review();

    /// <summary>Sends the alert deliveries that are due, once each, and says what happened; a receiver that hangs costs
    /// at most <paramref name="timeout"/> a delivery.</summary>
    public async Task<DeliveryTally> DeliverAlertsAsync(TimeSpan timeout, CancellationToken cancel)
    {
        using var dispatcher = new WebhookDispatcher(Store, Lists.Clock, WebhookOptions.Default with { Timeout = timeout });
        var tally = await dispatcher.DeliverDueAsync(cancel);
        if (tally != new DeliveryTally(0, 0, 0))
            Console.WriteLine($"Webhooks: {tally.Delivered} delivered, {tally.Failed} failed (will be retried), {tally.Dead} given up (see sightline webhooks)");
        return tally;
    }

    /// <summary>Re-screens the knowledge base after each list import that made a new version (a list's first version
    /// too, once there are entities), raising designation and delisting alerts, and prints them.</summary>
    public void AfterListImports(IEnumerable<ImportOutcome> outcomes)
    {
        foreach (var imported in outcomes.OfType<ImportOutcome.Imported>()) AfterActiveVersionChange(imported.Version, imported.Diff);
    }

    /// <summary>Re-screens the knowledge base after a list's active version changed, by an import or by activating an
    /// earlier version (<paramref name="diff"/> from the version that was active to this one), and prints the alerts.</summary>
    public void AfterActiveVersionChange(ListVersion version, ListDiff? diff)
    {
        var (_, rescreened, raised) = Sightline.AfterActiveVersionChange(version, diff);
        if (!rescreened) return;
        Console.WriteLine($"knowledge base re-screened against {version.List} version {version.Number}: {raised} alert(s) raised");
        foreach (var alert in Alerts().List().Where(a => a.Rule is AlertRules.Designated or AlertRules.Delisted).Take(raised))
            Console.WriteLine($"  ALERT {alert.Id} {alert.Rule}: {Terminal.Line(alert.Summary)}");
    }

    /// <summary>The entity a name or id means, or null after telling the user why not.</summary>
    public string? Resolve(string query, string command)
    {
        var found = EntityLookup.Find(Store, query);
        if (found.Count == 0)
        {
            Console.Error.WriteLine($"sightline {command}: no entity in the knowledge base is named \"{query}\" (ingest reports first: sightline ingest PATH)");
            return null;
        }
        if (found.Count > 1 && found[1].Score >= found[0].Score)
            Console.Error.WriteLine($"sightline {command}: \"{query}\" also names {string.Join(", ", found.Skip(1).Take(4).Select(f => $"{f.Name} ({f.Id})"))}; showing {found[0].Name} ({found[0].Id})");
        return found[0].Id;
    }

    public void Dispose()
    {
        Sightline.Dispose();
        Lists.Dispose();
    }
}
