using Sightline.Knowledge;
using Sightline.Knowledge.Storage;

namespace Sightline.Casework;

/// <summary>Notes' and cases' entries in the audit trail (<c>kb_decisions</c>), written in the change's unit of work.</summary>
internal static class CaseworkAudit
{
    public static void Record(KnowledgeStore store, IKnowledgeUnitOfWork work, string action, string target, string detail, string user, string reason, string at) =>
        store.Reviews.Record(work, new AuditEntry { Action = action, Target = target, Detail = detail, User = user, Reason = reason, DecidedAt = at });

    /// <summary>The start of a text, on one line, for the trail.</summary>
    public static string Excerpt(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 120 ? line : line[..117] + "…";
    }
}
