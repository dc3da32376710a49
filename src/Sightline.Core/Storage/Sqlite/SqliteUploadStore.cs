using Dapper;
using Microsoft.Data.Sqlite;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Sqlite;

/// <summary><see cref="IUploadStore"/> on <c>kb_uploads</c> (migration 15).</summary>
internal sealed class SqliteUploadStore(SqliteConnection connection) : IUploadStore
{
    public void Keep(IKnowledgeUnitOfWork work, UploadRow upload) => connection.Execute(
        """
        INSERT INTO kb_uploads (key, file_name, bytes, received_at, state) VALUES (@Key, @FileName, @Bytes, @ReceivedAt, 'queued')
        ON CONFLICT (key) DO UPDATE SET received_at = excluded.received_at, state = 'queued', outcome = NULL, finished_at = NULL
        """, upload, SqliteUnitOfWork.Of(work, connection));

    public UploadRow? Find(string key) => connection.QueryFirstOrDefault<UploadRow>(
        "SELECT key AS Key, file_name AS FileName, bytes AS Bytes, received_at AS ReceivedAt, state AS State, outcome AS Outcome, finished_at AS FinishedAt FROM kb_uploads WHERE key = @key",
        new { key });

    public void Finish(IKnowledgeUnitOfWork work, string key, string state, string outcome, string at) => connection.Execute(
        "UPDATE kb_uploads SET state = @state, outcome = @outcome, finished_at = @at WHERE key = @key",
        new { key, state, outcome, at }, SqliteUnitOfWork.Of(work, connection));
}
