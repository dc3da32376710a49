using System.Security.Cryptography;
using Sightline.Knowledge;
using Sightline.Knowledge.Queries;
using Sightline.Knowledge.Status;
using Sightline.Knowledge.Storage;
using Sightline.Lists;

namespace Sightline.Casework;

/// <summary>A case as listed: its id, name, who opened it and when, and how many entities, reports and meetings it holds.</summary>
public sealed record CaseSummary(string Id, string Name, string CreatedBy, DateTimeOffset CreatedAt, int Entities, int Documents, int Meetings)
{
    internal static CaseSummary Of(CaseRow row) =>
        new(row.Id, row.Name, row.CreatedBy, CaseworkTime.Parse(row.CreatedAt), row.Entities, row.Documents, row.Meetings);
}

/// <summary>One member of a case: an entity, meeting or report by its page id and the label its page shows.</summary>
public sealed record CaseMember(string Id, string Kind, string Label, string AddedBy, DateTimeOffset AddedAt);

/// <summary>Everything a case's page shows: its members, the notes on them, and the meetings among its members.</summary>
public sealed record CaseFile(CaseSummary Case, IReadOnlyList<CaseMember> Members, IReadOnlyList<Note> Notes, IReadOnlyList<MeetingEvent> Meetings);

/// <summary>
/// Named cases gathering entities, reports and meetings. Opening a case, adding and removing a member are each one unit
/// of work with their audit record (<c>create-case</c>, <c>add-to-case</c>, <c>remove-from-case</c>). A case's meetings
/// are the meetings it holds and every meeting in which two of its entities took part (ADR-036).
/// </summary>
public sealed class CaseFiles(KnowledgeStore store, IListStore lists, TimeProvider clock)
{
    /// <summary>The longest case name, in characters.</summary>
    public const int MaxNameLength = 200;

    private readonly ICaseworkStore _cases = store.Casework;

    public CaseSummary Create(string name, string user)
    {
        var title = (name ?? "").Trim();
        if (title.Length == 0) throw new CaseworkException("a case needs a name");
        if (title.Length > MaxNameLength) throw new CaseworkException($"a case name holds at most {MaxNameLength} characters");
        if (title.StartsWith("CS-", StringComparison.Ordinal)) throw new CaseworkException("a case name cannot start with CS-, which case ids do");
        Notebook.CheckAuthor(user);
        using var work = store.Begin();
        if (_cases.Case(work, title) is { } held) throw new CaseworkException($"there is already a case named \"{held.Name}\" ({held.Id})");
        var row = new CaseRow { Id = "CS-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)), Name = title, CreatedBy = user, CreatedAt = CaseworkTime.Text(clock.GetUtcNow()) };
        _cases.CreateCase(work, row);
        CaseworkAudit.Record(store, work, "create-case", row.Id, $"opened case \"{title}\"", user, "", row.CreatedAt);
        work.Commit();
        return CaseSummary.Of(row);
    }

    /// <summary>Adds the entity, meeting or report <paramref name="member"/> names (by its page id) to a case (by id or
    /// name); false when the case held it already, which is not audited again.</summary>
    public bool Add(string caseRef, string member, string user)
    {
        Notebook.CheckAuthor(user);
        var kind = CaseworkTargets.KindOf(member) ?? throw new CaseworkException($"'{member}' is not an entity (P-, O-), meeting (M-) or report (D-) id");
        using var work = store.Begin();
        var held = Case(work, caseRef);
        var label = _cases.Label(work, kind, member) ?? throw new CaseworkException($"no {kind} {member} in the knowledge base");
        var at = CaseworkTime.Text(clock.GetUtcNow());
        if (!_cases.AddMember(work, new CaseMemberRow { CaseId = held.Id, Member = member, Kind = kind, AddedBy = user, AddedAt = at })) return false;
        CaseworkAudit.Record(store, work, "add-to-case", held.Id, $"added {kind} {member} ({label}) to \"{held.Name}\"", user, "", at);
        work.Commit();
        return true;
    }

    /// <summary>Removes a member from a case; false when the case did not hold it.</summary>
    public bool Remove(string caseRef, string member, string user, string? why)
    {
        Notebook.CheckAuthor(user);
        using var work = store.Begin();
        var held = Case(work, caseRef);
        if (!_cases.RemoveMember(work, held.Id, member)) return false;
        CaseworkAudit.Record(store, work, "remove-from-case", held.Id, $"removed {member} from \"{held.Name}\"", user, why ?? "", CaseworkTime.Text(clock.GetUtcNow()));
        work.Commit();
        return true;
    }

    /// <summary>Every case by name, or only those holding <paramref name="member"/>.</summary>
    public IReadOnlyList<CaseSummary> List(string? member = null) => _cases.Cases(member).Select(CaseSummary.Of).ToList();

    /// <summary>A case (by id or name) with its members, their notes and the meetings among them; null when there is none.</summary>
    public CaseFile? Read(string caseRef)
    {
        if (_cases.Case(null, caseRef) is not { } row) return null;
        var members = _cases.Members(row.Id)
            .Select(m => new CaseMember(m.Member, m.Kind, m.Label ?? "(no longer in the knowledge base)", m.AddedBy, CaseworkTime.Parse(m.AddedAt))).ToList();
        var notes = new Notebook(store, clock).On(members.Select(m => m.Id).ToList());
        return new CaseFile(CaseSummary.Of(row), members, notes, Meetings(members));
    }

    /// <summary>The meetings a case holds and those in which two or more of its entities took part, oldest first.</summary>
    private List<MeetingEvent> Meetings(IReadOnlyList<CaseMember> members)
    {
        var entities = members.Where(m => m.Kind == CaseworkTargets.Entity).Select(m => m.Id).ToList();
        var shared = entities.SelectMany(id => store.Profiles.EventIdsOfParty(id, 0)).GroupBy(id => id, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2).Select(g => g.Key);
        var held = members.Where(m => m.Kind == CaseworkTargets.Meeting).Select(m => m.Id);
        return new EventReader(store, new SanctionsReader(store, lists)).Read(held.Concat(shared));
    }

    private CaseRow Case(IKnowledgeUnitOfWork work, string caseRef) =>
        _cases.Case(work, caseRef) ?? throw new CaseworkException($"no case {caseRef} (see sightline cases list)");
}
