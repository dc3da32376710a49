using Sightline.Claims;
using Sightline.Dates;
using Sightline.Knowledge.Events;
using Sightline.Knowledge.Storage;

namespace Sightline.Knowledge.Ingest;

/// <summary>
/// Stores a document's claims, each with its evidence, attribution, confidence and the entities it is about, and
/// collects the meetings that took place for <see cref="EventGrouper"/>. An office-holder party ("the Chinese ambassador
/// to Iraq") becomes a person only when a stored role claim for that office is dated and its date covers the meeting's.
/// </summary>
internal sealed class ClaimRows(IIngestStore store, IKnowledgeUnitOfWork work, ExtractedDocument extracted, IReadOnlyDictionary<int, string> chainEntities)
{
    private readonly string _key = extracted.Analyzed.Document.Key;

    public List<EventGrouper.MeetingToPlace> Meetings { get; } = [];

    public void WriteAll()
    {
        // Roles first, so that a meeting with an office-holder in the same report can lean on them.
        foreach (var role in extracted.Roles)
            Insert("role", role, chainEntities.GetValueOrDefault(role.PersonChain), OrganizationEntity(role.Organization), role.Role, role.Date,
                $"{role.Person}|{role.Role}|{role.Organization}", ClaimPayload.Of(role));
        foreach (var family in extracted.Family)
            Insert("family", family, chainEntities.GetValueOrDefault(family.PersonChain), chainEntities.GetValueOrDefault(family.RelativeChain), family.Relation, null,
                $"{family.Person}|{family.Relation}|{family.Relative}", ClaimPayload.Of(family));
        foreach (var statement in extracted.Sanctions)
            Insert("sanctions", statement, chainEntities.GetValueOrDefault(statement.Chain), null, statement.Authority, statement.Date,
                $"{statement.Name}|{statement.Authority}|{string.Join(";", statement.Bases)}", ClaimPayload.Of(statement));
        foreach (var meeting in extracted.Meetings) WriteMeeting(meeting);
    }

    private void WriteMeeting(MeetingClaim meeting)
    {
        var id = Insert("meeting", meeting, null, null, meeting.Kind.Name(), meeting.Date,
            $"{string.Join("|", meeting.Participants.Select(p => p.Name))}|{meeting.Date?.Value}|{meeting.Kind.Name()}", ClaimPayload.Of(meeting));
        if (id is null) return;
        var date = DayRange.Of(meeting.Date);
        var keys = new List<string>();
        for (var position = 0; position < meeting.Participants.Count; position++)
        {
            var participant = meeting.Participants[position];
            var (key, entity, via) = Party(participant, date);
            store.AddClaimParty(work, id, position, key, entity, participant.Name, participant.Kind.ToString(), via);
            keys.Add(key);
        }
        if (meeting.Kind.Happened() && keys.Distinct(StringComparer.Ordinal).Count() >= 2)
            Meetings.Add(new EventGrouper.MeetingToPlace(id, keys, date, extracted.Analyzed.Document.Published is { } published ? DayRange.Of(published) : null));
    }

    private (string Key, string? Entity, string Via) Party(Participant participant, DayRange? date)
    {
        if (participant.Chain is { } chain && chainEntities.TryGetValue(chain, out var entity)) return (entity, entity, participant.Via);
        if (participant.Kind != ParticipantKind.OfficeHolder) return ("name:" + NameNorm.Of(participant.Name), null, participant.Via);
        var office = Office(participant.Name);
        if (date is { } d)
        {
            var holders = store.OfficeHolders(work, office, d.StartText, d.EndText);
            if (holders.Count == 1) return (holders[0], holders[0], "office");
        }
        return ("office:" + office, null, participant.Via);
    }

    /// <summary>An office's comparable form: lower case, single spaces, without a leading article.</summary>
    public static string Office(string title)
    {
        var words = title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w is "the" or "a" or "an");
        return string.Join(' ', words);
    }

    private string? OrganizationEntity(string? organization)
    {
        if (organization is null) return null;
        foreach (var chain in extracted.Analyzed.Chains)
            if (chain.Type == Sightline.Analysis.Mentions.MentionType.Organization && string.Equals(chain.Name, organization, StringComparison.OrdinalIgnoreCase) && chainEntities.TryGetValue(chain.Id, out var id))
                return id;
        var mention = extracted.Analyzed.Mentions.FirstOrDefault(m => m.Type == Sightline.Analysis.Mentions.MentionType.Organization && string.Equals(m.Text, organization, StringComparison.OrdinalIgnoreCase));
        return mention is not null ? chainEntities.GetValueOrDefault(mention.Chain) : null;
    }

    /// <summary>Inserts one claim; null when the document already holds the same claim (the same words in the same sentence).</summary>
    private string? Insert(string kind, IClaim claim, string? subject, string? @object, string? label, ReportedDate? date, string content, string payload)
    {
        var evidence = claim.Evidence;
        var id = StableIds.Claim(_key, kind, evidence.Text, content);
        var range = DayRange.Of(date);
        var inserted = store.AddClaim(work, new IngestedClaim(id, _key, kind, subject, @object, label, label is null ? null : Office(label), date?.Value, range?.StartText, range?.EndText,
            evidence.Sentence, evidence.Start, evidence.End, evidence.Text, claim.AttributedTo.Source, claim.Confidence, payload));
        return inserted ? id : null;
    }
}
