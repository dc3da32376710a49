namespace Sightline.Knowledge.Storage;

/// <summary>
/// Uploaded report files waiting for a worker to ingest them (ADR-043): the bytes are kept in the database, where every
/// worker reads them, and a job carries only the upload's key. An upload is kept under the key of its content and name,
/// so the same file uploaded again is the same upload.
/// </summary>
public interface IUploadStore
{
    /// <summary>Keeps an upload, <c>queued</c>; an upload with the same key is queued again, with its bytes.</summary>
    void Keep(IKnowledgeUnitOfWork work, UploadRow upload);

    /// <summary>The upload with this key; null when there is none.</summary>
    UploadRow? Find(string key);

    /// <summary>Records how an upload's ingestion ended: <paramref name="state"/> (<c>ingested</c> or <c>failed</c>) and
    /// the outcome of each document, as JSON. With <paramref name="releaseBytes"/> the upload's bytes are let go (kept
    /// empty): every document is stored with its text, so nothing reads them again, and a database taking a wire feed all
    /// day does not keep every file twice.</summary>
    void Finish(IKnowledgeUnitOfWork work, string key, string state, string outcome, string at, bool releaseBytes = false);
}

/// <summary>One kept upload: its key (<c>HASH/NAME</c>), the file name it came with, its bytes (empty once every document
/// is stored), when it was received, its state (<c>queued</c>, <c>ingested</c>, <c>failed</c>) and, once ingested, the
/// outcome of each document as JSON.</summary>
public sealed record UploadRow(string Key, string FileName, byte[] Bytes, string ReceivedAt, string State, string? Outcome, string? FinishedAt);
