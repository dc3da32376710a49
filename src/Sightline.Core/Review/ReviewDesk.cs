using System.Globalization;
using Sightline.Knowledge;
using Sightline.Knowledge.Events;
using Sightline.Knowledge.Resolution;
using Sightline.Lists;
using Sightline.Knowledge.Storage;
using Sightline.Names;

namespace Sightline.Review;

/// <summary>
/// Analysts' decisions on what Sightline read: confirm or reject a claim, mark a meeting as not a meeting, link or
/// unlink a list entry, merge two entities or split one. Each decision is applied in one transaction together with its
/// audit record (who, when, why). Decisions live where ingestion respects them, so they survive reading the same
/// reports again and list updates: a claim's status is put back on a re-read claim, confirmed and rejected links are
/// never rewritten by the linker, and merges and splits are applied by resolution (<see cref="EntityDecisions"/>).
/// </summary>
public sealed class ReviewDesk(KnowledgeStore store, IListStore lists, TimeProvider clock)
{
    private readonly IReviewStore _reviews = store.Reviews;

    public void ConfirmClaim(string claimId, string user, string reason) => SetClaim(claimId, "confirmed", "confirm-claim", user, reason);

    public void RejectClaim(string claimId, string user, string reason) => SetClaim(claimId, "rejected", "reject-claim", user, reason);

    /// <summary>Rejects every claim of a meeting event: it was not a meeting. The event disappears with them; a report
    /// read again that makes the same claims finds them rejected.</summary>
    public void NotAMeeting(string eventId, string user, string reason)
    {
        using var work = store.Begin();
        var claims = _reviews.ClaimsOfEvent(work, eventId);
        if (claims.Count == 0) throw new ReviewException($"no meeting event {eventId} (ids start with M-; see sightline meetings)");
        foreach (var claim in claims) _reviews.SetClaimStatus(work, claim, "rejected");
        EventGrouper.Refresh(store.Events, work, eventId);
        Record(work, "not-a-meeting", eventId, $"rejected {claims.Count} claim(s): {string.Join(", ", claims)}", user, reason);
        work.Commit();
    }

    /// <summary>Links an entity to a list entry as confirmed by an analyst (it was a candidate, or not even that).</summary>
    public void Link(string entityId, string list, string listId, string user, string reason) => SetLink(entityId, list, listId, "confirmed", "link", user, reason);

    /// <summary>Rejects a link or candidate: the linker will never link the entity to that entry again.</summary>
    public void Unlink(string entityId, string list, string listId, string user, string reason) => SetLink(entityId, list, listId, "rejected", "unlink", user, reason);

    /// <summary>Makes version <paramref name="number"/> of <paramref name="list"/> its active version again (a rollback
    /// after a bad list, or a return to the newest), audited like every decision.</summary>
    /// <returns>The version that was active and the one that now is.</returns>
    public (Lists.ListVersion Previous, Lists.ListVersion Active) ActivateListVersion(string list, int number, string user, string reason)
    {
        CheckReviewer(user, reason);
        var versions = lists.Versions(list);
        if (versions.Count == 0) throw new ReviewException($"no list {list} (see sightline lists)");
        var target = versions.FirstOrDefault(v => v.Number == number)
            ?? throw new ReviewException($"{list} has no version {number} (it has {string.Join(", ", versions.Select(v => v.Number))})");
        var previous = versions.Single(v => v.Active);
        if (target.Active) throw new ReviewException($"{list} version {number} is already the active version");
        lists.Activate(target.Id);
        using var work = store.Begin();
        Record(work, "activate-list", list, $"version {target.Number} ({target.Label}, {target.Counts.Total:N0} entries) replaces version {previous.Number} ({previous.Counts.Total:N0} entries)", user, reason);
        work.Commit();
        return (previous, target with { Active = true });
    }

    /// <summary>Merges <paramref name="fromId"/> into <paramref name="intoId"/>: its names, mentions, claims, links and
    /// watch move over, its events are regrouped, and later ingestion resolves to the merged entity.</summary>
    public void Merge(string fromId, string intoId, string user, string reason)
    {
        if (fromId == intoId) throw new ReviewException("an entity cannot be merged into itself");
        using var work = store.Begin();
        var from = Entity(work, fromId);
        var into = Entity(work, intoId);
        if (from.Kind != into.Kind)
            throw new ReviewException($"{fromId} ({from.Name}) and {intoId} ({into.Name}) are not the same kind of entity (a person and an organisation)");
        var events = _reviews.EventsOfEntity(work, fromId);
        _reviews.Merge(work, fromId, intoId, into.Name);
        foreach (var eventId in events) EventGrouper.Refresh(store.Events, work, eventId);
        Record(work, "merge", intoId, $"merged {fromId} ({from.Name}) into {intoId} ({into.Name})", user, reason);
        work.Commit();
    }

    /// <summary>Splits what <paramref name="documentKey"/> says about an entity off into a new entity (the document
    /// meant someone else); answers the new entity's id. Later versions of that document resolve to the new entity.</summary>
    public string Split(string entityId, string documentKey, string user, string reason)
    {
        using var work = store.Begin();
        var (name, kind) = Entity(work, entityId);
        var names = _reviews.NamesIn(work, entityId, documentKey);
        if (names.Count == 0) throw new ReviewException($"{documentKey} does not name {entityId} ({name})");
        if (_reviews.DocumentsNaming(work, entityId) < 2)
            throw new ReviewException($"{entityId} ({name}) is named by {documentKey} alone: there is nothing to split it from");
        var newId = StableIds.Entity(kind, documentKey, $"{names[0]} split from {entityId}");
        var events = _reviews.EventsOfEntity(work, entityId);
        _reviews.Split(work, entityId, documentKey, newId, kind, names[0]);
        RebuildNameKeys(work, entityId);
        RebuildNameKeys(work, newId);
        foreach (var eventId in events) EventGrouper.Refresh(store.Events, work, eventId);
        Record(work, "split", entityId, $"split {documentKey}'s {string.Join(" / ", names)} off {entityId} ({name}) into {newId}", user, reason);
        work.Commit();
        return newId;
    }

    /// <summary>The audit trail, newest first.</summary>
    public List<Decision> Audit(int limit = 0) =>
        _reviews.Audit(limit).Select(d => new Decision(d.Id, d.Action, d.Target, d.Detail, d.User, d.Reason, DateTimeOffset.Parse(d.DecidedAt, CultureInfo.InvariantCulture))).ToList();

    private void SetClaim(string claimId, string status, string action, string user, string reason)
    {
        using var work = store.Begin();
        var claim = _reviews.Claim(work, claimId) ?? throw new ReviewException($"no claim {claimId} (ids start with C-; see sightline entity NAME --json)");
        _reviews.SetClaimStatus(work, claimId, status);
        foreach (var eventId in _reviews.EventsOfClaim(work, claimId)) EventGrouper.Refresh(store.Events, work, eventId);
        Record(work, action, claimId, $"{claim.Kind} claim: {claim.Evidence}", user, reason);
        work.Commit();
    }

    private void SetLink(string entityId, string list, string listId, string state, string action, string user, string reason)
    {
        using var work = store.Begin();
        var (name, _) = Entity(work, entityId);
        var entry = lists.Entry(list, listId) ?? throw new ReviewException($"no entry {listId} in the active version of {list} (see sightline lists show {listId})");
        var held = _reviews.Link(work, entityId, list, listId);
        _reviews.SaveLink(work, entityId, list, listId, held?.Score ?? 0.0, state, held?.MatchedName ?? name, $"{state} by {user}: {reason}");
        Record(work, action, entityId, $"{name} {(state == "confirmed" ? "is" : "is not")} {list} {listId} ({entry.Name})", user, reason);
        work.Commit();
    }

    private void RebuildNameKeys(IKnowledgeUnitOfWork work, string entityId) =>
        _reviews.ReplaceNameKeys(work, entityId, _reviews.Names(work, entityId).SelectMany(name => NameNorm.Keys(NameParser.Parse(name))).Distinct(StringComparer.Ordinal).ToList());

    private (string Name, EntityKind Kind) Entity(IKnowledgeUnitOfWork work, string entityId) =>
        _reviews.Entity(work, entityId) ?? throw new ReviewException($"no entity {entityId} (ids start with P- or O-; see sightline entity NAME)");

    private static void CheckReviewer(string user, string reason)
    {
        if (string.IsNullOrWhiteSpace(user)) throw new ReviewException("a decision needs a reviewer: give --user or set SIGHTLINE_USER");
        if (string.IsNullOrWhiteSpace(reason)) throw new ReviewException("a decision needs a reason: give --why");
    }

    private void Record(IKnowledgeUnitOfWork work, string action, string target, string detail, string user, string reason)
    {
        CheckReviewer(user, reason);
        _reviews.Record(work, new AuditEntry
        {
            Action = action, Target = target, Detail = detail, User = user, Reason = reason,
            DecidedAt = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        });
    }
}
