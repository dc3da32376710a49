using Microsoft.Extensions.Time.Testing;
using Sightline.Storage.Sqlite;
using Sightline.Tests.Support;

namespace Sightline.Tests.Storage;

/// <summary>What Sightline creates on disk is its owner's alone: the database and its folder, and what SQLite writes
/// beside the database.</summary>
public sealed class OwnerOnlyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_new_database_and_its_folder_are_created_for_the_owner_only()
    {
        var path = Path.Combine(_temp.Path, "new-folder", "sightline.db");
        using (var connection = SqliteDatabase.Open(path, new FakeTimeProvider()))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path + "-wal"));
        }
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
    }
}
