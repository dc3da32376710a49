using System.Data.Common;
using Dapper;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Relational;

/// <summary><see cref="IUploadStore"/> on <c>kb_uploads</c> (SQLite's migration 15, PostgreSQL's 4), in SQL both
/// databases read alike (ADR-045).</summary>
internal sealed class RelationalUploadStore(RelationalConnection db) : IUploadStore
{
    private readonly DbConnection connection = db.Connection;

    public void Keep(IKnowledgeUnitOfWork work, UploadRow upload) => connection.Execute(
        """
        INSERT INTO kb_uploads (key, file_name, bytes, received_at, state) VALUES (@Key, @FileName, @Bytes, @ReceivedAt, 'queued')
        ON CONFLICT (key) DO UPDATE SET bytes = excluded.bytes, received_at = excluded.received_at, state = 'queued', outcome = NULL, finished_at = NULL
        """, upload, db.In(work));

    public UploadRow? Find(string key) => connection.QueryFirstOrDefault<UploadRow>(
        "SELECT key AS Key, file_name AS FileName, bytes AS Bytes, received_at AS ReceivedAt, state AS State, outcome AS Outcome, finished_at AS FinishedAt FROM kb_uploads WHERE key = @key",
        new { key });

    public void Finish(IKnowledgeUnitOfWork work, string key, string state, string outcome, string at, bool releaseBytes = false) => connection.Execute(
        releaseBytes
            ? "UPDATE kb_uploads SET state = @state, outcome = @outcome, finished_at = @at, bytes = @none WHERE key = @key"
            : "UPDATE kb_uploads SET state = @state, outcome = @outcome, finished_at = @at WHERE key = @key",
        new { key, state, outcome, at, none = Array.Empty<byte>() }, db.In(work));
}
