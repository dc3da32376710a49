using System.Text.Json;
using Sightline.Knowledge;
using Sightline.Knowledge.Search;
using Sightline.Knowledge.Storage;

namespace Sightline.Tests.Storage.Postgres;

/// <summary>
/// Every read query of the knowledge base answers the same on SQLite and on PostgreSQL over the same ingested base
/// (<see cref="IngestedOnBothStores"/>): the same rows in the same order, compared as JSON. Where a query promises no
/// order, its rows are compared sorted.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class ReadQueryParityTests(IngestedOnBothStores both) : IClassFixture<IngestedOnBothStores>
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    private static string Of(object? value) => JsonSerializer.Serialize(value, Json);

    /// <summary>Asks both stores and compares; returns SQLite's answer, so that a test can go on from it.</summary>
    private T Same<T>(Func<KnowledgeStore, T> query)
    {
        var (sqlite, postgres) = both.Stores;
        var expected = query(sqlite);
        Assert.Equal(Of(expected), Of(query(postgres)));
        return expected;
    }

    /// <summary>Compares an answer that promises no order, sorted.</summary>
    private void SameSet<T>(Func<KnowledgeStore, IEnumerable<T>> query) =>
        Same(store => query(store).Select(row => Of(row)).Order(StringComparer.Ordinal).ToList());

    private IReadOnlyList<DocumentListing> Reports() => Same(s => s.Documents.List(1000));

    private IReadOnlyList<StoredEntity> Entities() => Same(s => s.Exports.Entities());

    [Fact]
    public void The_reports_their_texts_mentions_claims_and_extractions()
    {
        var reports = Reports();
        Assert.Equal(5, reports.Count);
        foreach (var report in reports)
        {
            Same(s => s.Documents.Listing(report.Key));
            Same(s => s.Documents.Text(report.Id!));
            Same(s => s.Documents.KeyOf(report.Id!));
            Same(s => s.Documents.Mentions(report.Key));
            Same(s => s.Documents.Claims(report.Key));
            Same(s => s.Documents.Extraction(report.Key));
        }
        Same(s => s.Documents.Paths());
        Same(s => s.Documents.Text("D-000000000000"));
    }

    [Fact]
    public void The_entities_their_links_and_the_totals()
    {
        var entities = Entities();
        Assert.NotEmpty(entities);
        Same(s => s.Entities.Totals());
        Same(s => s.Entities.Any());
        Same(s => s.Entities.BusiestLinkedEntity());
        foreach (var entity in entities)
        {
            Same(s => s.Entities.Exists(entity.Id));
            Same(s => s.Entities.NameOf(entity.Id));
            var links = Same(s => s.Entities.CountingLinks(entity.Id));
            foreach (var (list, listId) in links) Same(s => s.Entities.LinkedTo(list, listId));
            SameSet(s => s.Entities.ByRarestKey(NameNorm.Keys(Sightline.Names.NameParser.Parse(entity.Name)).ToList()));
        }
        Same(s => s.Entities.Exists("P-000000000000"));
    }

    [Fact]
    public void The_profiles_claims_links_and_statements()
    {
        var entities = Entities();
        var ids = entities.Select(e => e.Id).ToList();
        foreach (var entity in entities)
        {
            Same(s => s.Profiles.Entity(entity.Id));
            Same(s => s.Profiles.Names(entity.Id, 3));
            foreach (var kind in new[] { "meeting", "role", "family", "sanctions" })
            {
                Same(s => s.Profiles.Claims(entity.Id, kind, false, 50));
                Same(s => s.Profiles.Claims(entity.Id, kind, true, 50));
            }
        }
        Same(s => s.Profiles.Links(null, ids));
        SameSet(s => s.Profiles.SanctionsStatements(null, ids));
    }

    [Fact]
    public void The_meeting_events_their_parties_and_evidence()
    {
        var newest = Same(s => s.Profiles.NewestEventIds(false, 0));
        Assert.NotEmpty(newest);
        Same(s => s.Profiles.NewestEventIds(true, 0));
        Same(s => s.Profiles.NewestEventIds(false, 3));
        SameSet(s => s.Profiles.Events(null, newest));
        SameSet(s => s.Profiles.Evidence(null, newest));
        // The stores number the parties differently; what counts is the order they give each event's parties.
        Same(s => s.Profiles.Parties(null, newest).GroupBy(p => p.EventId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(p => p.Order).Select(p => (p.PartyKey, p.EntityId, p.Name)).ToList()).ToList());
        foreach (var party in Same(s => s.Graph.PartyKeys().Order(StringComparer.Ordinal).ToList()))
        {
            Same(s => s.Profiles.EventIdsOfParty(party, 0));
            Same(s => s.Profiles.MeetingCount(party));
            Same(s => s.Graph.Meetings(party));
        }
    }

    [Fact]
    public void The_contact_graph()
    {
        var keys = Same(s => s.Graph.PartyKeys().Order(StringComparer.Ordinal).ToList());
        Assert.NotEmpty(keys);
        Same(s => s.Graph.Parties(keys));
    }

    [Fact]
    public void The_exports()
    {
        Same(s => s.Exports.CountingLinks());
        Same(s => s.Exports.Entities());
        Same(s => s.Exports.Names());
        Same(s => s.Exports.Offices());
        Same(s => s.Exports.Events());
        Same(s => s.Exports.EventParties());
        Same(s => s.Exports.EventClaims());
        Same(s => s.Exports.Relations());
    }

    [Theory]
    [InlineData("militia")]
    [InlineData("Guterres Iraq")]
    [InlineData("Khazali ambassador")]
    [InlineData("sanctioned leader")]
    [InlineData("the")]
    public void Searching_the_reports(string typed)
    {
        var hits = Same(s => s.Search.Documents(TextSearch.Parse(typed)!, 50));
        Assert.NotEmpty(hits);
    }

    [Theory]
    [InlineData("Khazali")]
    [InlineData("qais")]
    [InlineData("al")]
    [InlineData("an")]
    [InlineData("قيس الخزعلي")]
    public void Searching_the_names(string typed)
    {
        if (NameSearch.Parse(typed) is not { } search) return;
        Same(s => s.Search.Names(search, 50));
    }
}
