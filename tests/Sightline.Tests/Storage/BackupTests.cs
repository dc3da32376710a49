using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Sightline.Storage.Sqlite;
using Sightline.Tests.Support;

namespace Sightline.Tests.Storage;

/// <summary><c>sightline backup</c> and <c>restore</c>: a round trip gives back what was saved, the replaced database is
/// kept, and a copy that is not a healthy Sightline database is refused with nothing changed.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly FakeTimeProvider _clock = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_backup_restored_gives_back_what_was_saved_and_keeps_what_it_replaced()
    {
        var database = _temp.File("sightline.db");
        Write(database, "judgement made before the backup");
        var backup = SqliteBackup.Backup(database, _temp.File("copies/monday.db"), _clock);
        Assert.Equal(SqliteMigrations.Latest, backup.SchemaVersion);
        Write(database, "judgement made after the backup");

        SqliteBackup.Restore(_temp.File("copies/monday.db"), database, _clock);

        Assert.Equal(["judgement made before the backup"], Read(database));
        Assert.Equal(["judgement made before the backup", "judgement made after the backup"], Read(database + ".before-restore"));
        Assert.Empty(Directory.GetFiles(_temp.File("copies"), "*.partial", SearchOption.AllDirectories));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_backup_is_its_owners_alone()
    {
        var database = _temp.File("sightline.db");
        Write(database, "a decision");
        SqliteBackup.Backup(database, _temp.File("backup.db"), _clock);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_temp.File("backup.db")));
    }

    [Fact]
    public void A_backup_never_overwrites_a_file()
    {
        var database = _temp.File("sightline.db");
        Write(database, "a decision");
        var existing = _temp.Write("backup.db", "yesterday's notes");
        var refused = Assert.Throws<BackupException>(() => SqliteBackup.Backup(database, existing, _clock));
        Assert.Contains("already exists", refused.Message);
        Assert.Equal("yesterday's notes", File.ReadAllText(existing));
    }

    [Fact]
    public void A_file_that_is_not_a_sightline_database_is_not_restored()
    {
        var database = _temp.File("sightline.db");
        Write(database, "a decision");
        var notes = _temp.Write("notes.db", "not a database at all");
        var refused = Assert.Throws<BackupException>(() => SqliteBackup.Restore(notes, database, _clock));
        Assert.Contains("notes.db", refused.Message);

        var other = _temp.File("other.db");
        using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t (x)";
            command.ExecuteNonQuery();
        }
        Assert.Contains("not a Sightline database", Assert.Throws<BackupException>(() => SqliteBackup.Restore(other, database, _clock)).Message);
        Assert.Equal(["a decision"], Read(database));
        Assert.False(File.Exists(database + ".before-restore"));
    }

    [Fact]
    public void A_database_sqlite_cannot_read_is_replaced_and_its_bytes_kept()
    {
        var database = _temp.File("sightline.db");
        Write(database, "a decision");
        SqliteBackup.Backup(database, _temp.File("backup.db"), _clock);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }) File.Delete(file);
        File.WriteAllText(database, "overwritten by accident");

        SqliteBackup.Restore(_temp.File("backup.db"), database, _clock);

        Assert.Equal(["a decision"], Read(database));
        Assert.Equal("overwritten by accident", File.ReadAllText(database + ".before-restore"));
    }

    private void Write(string database, string note)
    {
        using var connection = SqliteDatabase.Open(database, _clock);
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE IF NOT EXISTS notes (text TEXT NOT NULL); INSERT INTO notes VALUES ($note)";
        command.Parameters.AddWithValue("$note", note);
        command.ExecuteNonQuery();
    }

    private List<string> Read(string database)
    {
        using var connection = SqliteDatabase.Open(database, _clock);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM notes ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var notes = new List<string>();
        while (reader.Read()) notes.Add(reader.GetString(0));
        return notes;
    }
}
