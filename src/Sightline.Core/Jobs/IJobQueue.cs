namespace Sightline.Jobs;

/// <summary>
/// Sightline's background work as the domain asks for it (ADR-043): ingest a stored upload, re-screen the knowledge base
/// after a list version, download and import a list, deliver the webhooks that are due; and what the jobs are doing. A
/// job carries only keys (an upload's key, a version's id, a list's name): what it works on is in the database, so any
/// worker can run it, and running it again changes nothing that the first run did.
/// </summary>
public interface IJobQueue
{
    /// <summary>Queues the ingestion of the upload kept under <paramref name="uploadKey"/>; answers the job's id.</summary>
    string IngestUpload(string uploadKey);

    /// <summary>Queues the re-screening of the knowledge base after list version <paramref name="versionId"/> became
    /// active (<paramref name="previousVersionId"/> was active before; null for a list's first version).</summary>
    string Rescreen(long versionId, long? previousVersionId);

    /// <summary>Queues a download of <paramref name="list"/> from its official source, imported as a new version when
    /// it changed (the re-screen after it is a job of its own).</summary>
    string DownloadList(string list);

    /// <summary>Queues one delivery round of the webhook deliveries that are due.</summary>
    string DeliverWebhooks();

    /// <summary>How many jobs are in each state, and the latest <paramref name="perState"/> jobs of each.</summary>
    JobBoard Board(int perState);

    /// <summary>One job by its id; null when there is none.</summary>
    JobView? Job(string id);
}
