using System.Text.Json;

namespace Sightline.Web.Contracts;

/// <summary>A background job in <c>GET /jobs</c> and <c>GET /jobs/{id}</c>: its id, <c>kind</c> (<c>ingest</c>,
/// <c>rescreen</c>, <c>download-list</c>, <c>deliver-webhooks</c>) and <c>subject</c> (an upload's key, a list version,
/// a list), its <c>state</c> (<c>enqueued</c>, <c>processing</c>, <c>succeeded</c>, <c>failed</c>, …) since <c>at</c>
/// (UTC), the <c>worker</c> running it, its last <c>progress</c> note, the <c>error</c> it failed with, and for an ingest
/// job the <c>upload</c>'s outcome once known.</summary>
public sealed record JobJson(string Id, string Kind, string Subject, string State, DateTimeOffset? At, string? Worker, string? Progress, string? Error, JsonElement? Upload);

/// <summary><c>GET /jobs</c>: how many jobs are in each state, how many workers run, and the latest jobs of each state.</summary>
public sealed record JobBoardJson(long Enqueued, long Processing, long Succeeded, long Failed, int Workers, IReadOnlyList<JobJson> Jobs);

/// <summary>The answer to an upload a server with a worker pool queues (202 Accepted): the job's id, the file, the key
/// it is kept under, and where to poll for the job (also the response's Location).</summary>
public sealed record QueuedUploadJson(string JobId, string FileName, string Upload, string Location);
