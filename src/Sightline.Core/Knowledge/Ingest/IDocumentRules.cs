using Sightline.Knowledge.Storage;

namespace Sightline.Knowledge.Ingest;

/// <summary>Rules the ingestor runs inside each document's transaction, after the document is stored (the meeting and
/// watch alert rules; the composition root hands them in, so the ingestor does not depend on what they raise).</summary>
public interface IDocumentRules
{
    /// <summary>Looks at a newly stored document and the entities it touched; answers how many things changed.</summary>
    int AfterDocument(IKnowledgeUnitOfWork work, string documentKey, IEnumerable<string> touched);
}
