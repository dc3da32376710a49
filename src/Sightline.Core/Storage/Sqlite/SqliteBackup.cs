using Dapper;
using Microsoft.Data.Sqlite;

namespace Sightline.Storage.Sqlite;

/// <summary>What a backup or restore did: the file written, its schema version and how many pages it holds.</summary>
public sealed record BackupOutcome(string Path, int SchemaVersion, long Pages);

/// <summary>A backup or restore that could not be made, with the reason in words; nothing was changed.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>
/// Copies of a Sightline database made with SQLite's online backup, which reads a consistent snapshot while other
/// connections go on writing. A backup is written beside its target under a temporary name, checked, and only then
/// moved into place, owner-only; a restore checks the copy (a Sightline database, intact, of a schema this build can
/// read), keeps the database it replaces beside it as <c>DB.before-restore</c>, and replaces the content in one step,
/// so a failure at any point leaves the database as it was.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Writes a copy of the database at <paramref name="databasePath"/> to <paramref name="backupPath"/>,
    /// which must not exist.</summary>
    public static BackupOutcome Backup(string databasePath, string backupPath, TimeProvider clock)
    {
        if (!File.Exists(databasePath)) throw new BackupException($"{databasePath}: no database here to back up");
        if (File.Exists(backupPath)) throw new BackupException($"{backupPath}: already exists; choose a new file name");
        var folder = Path.GetDirectoryName(Path.GetFullPath(backupPath))!;
        if (!Directory.Exists(folder)) OwnerOnly.CreateFolder(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(backupPath)}.{Guid.NewGuid():N}.partial");
        try
        {
            using (var source = SqliteDatabase.Open(databasePath, clock))
            {
                OwnerOnly.Touch(temporary);
                using var target = OpenPlain(temporary);
                source.BackupDatabase(target);
                using var journal = target.CreateCommand();
                journal.CommandText = "PRAGMA journal_mode=DELETE";
                journal.ExecuteNonQuery();
            }
            var outcome = Check(temporary, backupPath);
            File.Move(temporary, backupPath);
            return outcome with { Path = backupPath };
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(temporary);
        }
    }

    /// <summary>Replaces the content of the database at <paramref name="databasePath"/> with the backup at
    /// <paramref name="backupPath"/>, keeping what it replaces as <c>DB.before-restore</c>. Stop servers using the
    /// database first: a restore under a running server leaves it holding what it had cached.</summary>
    public static BackupOutcome Restore(string backupPath, string databasePath, TimeProvider clock)
    {
        if (!File.Exists(backupPath)) throw new BackupException($"{backupPath}: no such file");
        var outcome = Check(backupPath, backupPath);
        if (File.Exists(databasePath))
        {
            var kept = databasePath + ".before-restore";
            File.Delete(kept);
            try
            {
                Backup(databasePath, kept, clock);
            }
            catch (Exception e) when (e is BackupException or SqliteException or InvalidOperationException)
            {
                // A database SQLite cannot read is what a restore is for: keep its bytes, and replace the file whole.
                File.Copy(databasePath, kept);
                ReplaceFile(backupPath, databasePath);
                return Migrated(outcome, databasePath, clock);
            }
        }
        using (var backup = OpenPlain(backupPath, readOnly: true))
        using (var database = SqliteDatabase.Open(databasePath, clock))
            backup.BackupDatabase(database);
        return Migrated(outcome, databasePath, clock);
    }

    /// <summary>Replaces a database file SQLite cannot open with a copy of the backup, its journal files removed.</summary>
    private static void ReplaceFile(string backupPath, string databasePath)
    {
        var temporary = databasePath + $".{Guid.NewGuid():N}.partial";
        File.Copy(backupPath, temporary);
        File.Move(temporary, databasePath, overwrite: true);
        File.Delete(databasePath + "-wal");
        File.Delete(databasePath + "-shm");
    }

    private static BackupOutcome Migrated(BackupOutcome outcome, string databasePath, TimeProvider clock)
    {
        // Migrate a backup made by an older Sightline now, so the first command after a restore does not.
        using (SqliteDatabase.Open(databasePath, clock)) { }
        SqliteConnection.ClearAllPools();
        return outcome with { Path = databasePath };
    }

    /// <summary>Checks a copy: a SQLite file that passes <c>PRAGMA integrity_check</c> and holds Sightline's schema
    /// at a version this build can read. <paramref name="shownAs"/> names the file in messages.</summary>
    private static BackupOutcome Check(string path, string shownAs)
    {
        try
        {
            using var connection = OpenPlain(path, readOnly: true);
            var integrity = connection.ExecuteScalar<string>("PRAGMA integrity_check");
            if (integrity != "ok") throw new BackupException($"{shownAs}: the copy fails SQLite's integrity check ({integrity})");
            if (connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") == 0)
                throw new BackupException($"{shownAs}: not a Sightline database (no schema_migrations table)");
            var version = connection.ExecuteScalar<int>("SELECT coalesce(max(version), 0) FROM schema_migrations");
            if (version > SqliteMigrations.Latest)
                throw new BackupException($"{shownAs}: schema version {version} is newer than this Sightline reads ({SqliteMigrations.Latest}); upgrade Sightline first");
            var pages = connection.ExecuteScalar<long>("PRAGMA page_count");
            return new BackupOutcome(shownAs, version, pages);
        }
        catch (SqliteException e)
        {
            throw new BackupException($"{shownAs}: not a readable SQLite database ({e.Message})");
        }
    }

    private static SqliteConnection OpenPlain(string path, bool readOnly = false)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
