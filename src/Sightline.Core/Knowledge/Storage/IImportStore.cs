namespace Sightline.Knowledge.Storage;

/// <summary>
/// What an import writes into the knowledge base, all in one unit of work. Every write keeps what is already there: an
/// id present on both sides is left as it is.
/// </summary>
public interface IImportStore
{
    /// <summary>Records a report the imported claims cite, marked as imported.</summary>
    void AddDocument(IKnowledgeUnitOfWork work, string documentKey, string path, string at);

    void AddEntity(IKnowledgeUnitOfWork work, string entityId, string kind, string name);

    /// <summary>Records that a report gives the entity this name (<paramref name="norm"/>: its comparable form).</summary>
    void AddName(IKnowledgeUnitOfWork work, string entityId, string name, string norm, string documentKey);

    /// <summary>Makes the entity findable by one phonetic key of one of its names.</summary>
    void AddNameKey(IKnowledgeUnitOfWork work, string key, string entityId);

    void AddEvent(IKnowledgeUnitOfWork work, ExportEvent meeting);

    void AddEventParty(IKnowledgeUnitOfWork work, string eventId, string partyKey, string? entityId, string name, string? dateStart);

    /// <summary>Stores every pair of the event's parties, by which later meeting claims find it.</summary>
    void IndexPairs(IKnowledgeUnitOfWork work, string eventId);

    /// <summary>Records a meeting claim behind an imported event, with its report, sentence and who said it.</summary>
    void AddMeetingClaim(IKnowledgeUnitOfWork work, string claimId, string documentKey, ExportEvent meeting, string evidence, string attributedTo, string payload);

    void AddClaimParty(IKnowledgeUnitOfWork work, string claimId, int position, string partyKey, string? entityId, string name, string kind);

    void AddEventClaim(IKnowledgeUnitOfWork work, string claimId, string eventId);

    /// <summary>Records a role or family claim.</summary>
    void AddRelation(IKnowledgeUnitOfWork work, ImportedRelation relation);

    void AddLink(IKnowledgeUnitOfWork work, string entityId, string list, string listId, double score, string state, string matchedName, string reason);
}

/// <summary>A role (<c>role</c>) or family (<c>family</c>) claim as an import carries it; <see cref="LabelNorm"/> is a
/// role's office in comparable form.</summary>
public sealed record ImportedRelation(string Id, string DocumentKey, string Kind, string? SubjectId, string? ObjectId, string? Label, string? LabelNorm,
    string? DateValue, string? DateStart, string? DateEnd, string Evidence, string AttributedTo);
