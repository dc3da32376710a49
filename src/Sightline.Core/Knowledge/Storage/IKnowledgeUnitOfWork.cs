namespace Sightline.Knowledge.Storage;

/// <summary>
/// One transaction on the knowledge base, begun with <see cref="KnowledgeStore.Begin"/> and handed explicitly to every
/// store method that reads or writes inside it. Its writes land together at <see cref="Commit"/>; disposing it
/// without committing undoes them.
/// </summary>
/// <example><code>
/// using var work = store.Begin();
/// store.Reviews.SetClaimStatus(work, claimId, "rejected");
/// store.Reviews.Record(work, decision);
/// work.Commit();
/// </code></example>
public interface IKnowledgeUnitOfWork : IDisposable
{
    void Commit();
}
