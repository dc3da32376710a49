using Sightline.Knowledge.Status;
using Sightline.Knowledge.Storage;

namespace Sightline.Knowledge.Queries;

/// <summary>Loads meeting events with their parties (each with its list links and status on the meeting's date) and
/// their evidence, a few queries for any number of events.</summary>
public sealed class EventReader(IProfileQueries queries, SanctionsReader sanctions)
{
    public EventReader(KnowledgeStore store, SanctionsReader sanctions) : this(store.Profiles, sanctions) { }

    /// <summary>Events read a chunk of ids at a time, well under SQLite's limit on parameters.</summary>
    private const int Chunk = 500;

    /// <summary>The newest meeting events (all of them when <paramref name="limit"/> is 0), only those with a linked party
    /// when <paramref name="sanctionedOnly"/>, oldest first; undated events last.</summary>
    public List<MeetingEvent> ReadNewest(bool sanctionedOnly, int limit) => Read(queries.NewestEventIds(sanctionedOnly, limit));

    /// <summary>The newest <paramref name="limit"/> meetings the party took part in (all when 0), oldest first; undated
    /// events last.</summary>
    public List<MeetingEvent> ReadOfParty(string partyKey, int limit) => Read(queries.EventIdsOfParty(partyKey, limit));

    /// <summary>The events with these ids, oldest first; undated events last. Read in chunks, so any number of ids will
    /// do; inside <paramref name="work"/> when given (the alert rules read the events of the document being stored).</summary>
    public List<MeetingEvent> Read(IEnumerable<string> eventIds, IKnowledgeUnitOfWork? work = null)
    {
        var ids = eventIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return [];
        var events = ByIds(ids, chunk => queries.Events(work, chunk))
            .Select(e => (e.Id, e.Kind, Date: DayRange.Parse(e.DateStart, e.DateEnd), e.Place, e.Reports, e.Sources))
            .OrderBy(e => e.Date is null).ThenBy(e => e.Date?.Start).ThenBy(e => e.Date?.End).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

        var parties = ByIds(ids, chunk => queries.Parties(work, chunk)).OrderBy(p => p.Order).ToLookup(p => p.EventId);
        var evidence = ByIds(ids, chunk => queries.Evidence(work, chunk))
            .Select(x => (Event: x.EventId, Source: new SourceSentence(x.DocumentKey, x.Title, x.Publisher, x.Sentence, x.Evidence, x.AttributedTo) { Published = x.Published }))
            // Reports in publication order (undated last), then by name: the order does not depend on how reports are keyed.
            .OrderBy(e => e.Source.Published is null).ThenBy(e => e.Source.Published, StringComparer.Ordinal).ThenBy(e => e.Source.Label, StringComparer.Ordinal)
            .ThenBy(e => e.Source.Document, StringComparer.Ordinal).ThenBy(e => e.Source.Sentence).ToLookup(e => e.Event);

        var entityIds = parties.SelectMany(g => g).Select(p => p.EntityId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var links = sanctions.Links(entityIds, work);
        var designations = sanctions.Designations(links, work);
        return events.Select(e => new MeetingEvent(e.Id, e.Date, e.Place, e.Kind, e.Reports, e.Sources,
            parties[e.Id].Select(p =>
            {
                var partyLinks = p.EntityId is not null && links.TryGetValue(p.EntityId, out var l) ? l.Where(SanctionsReader.IsLink).ToList() : [];
                var designation = p.EntityId is not null ? designations.GetValueOrDefault(p.EntityId) : null;
                return new EventParty(p.PartyKey.StartsWith("office:", StringComparison.Ordinal) ? $"[{p.Name}]" : p.Name, p.EntityId, partyLinks, SanctionsReader.StatusAt(partyLinks, designation, e.Date), designation);
            }).ToList(),
            evidence[e.Id].Select(x => x.Source).ToList())).ToList();
    }

    private static List<T> ByIds<T>(IReadOnlyList<string> ids, Func<string[], IReadOnlyList<T>> read) => ids.Chunk(Chunk).SelectMany(read).ToList();
}
