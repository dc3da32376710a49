namespace Sightline.Storage;

/// <summary>
/// Folders and files that only their owner can read or write: the database holds analysts' decisions and reports that
/// may not be public, so what Sightline creates (the database, its folder, the screening index, uploads) is not left
/// readable by every account on the machine. Existing files keep their permissions. On Windows the folder's inherited
/// access rules apply.
/// </summary>
public static class OwnerOnly
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and its missing parents) for the owner only.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, FolderMode);
    }

    /// <summary>Opens a file for writing, created for the owner only when it is new.</summary>
    public static FileStream Create(string path, System.IO.FileMode mode = System.IO.FileMode.Create)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        return new FileStream(path, options);
    }

    /// <summary>Creates an empty file for the owner only unless it exists, so that what opens it next (SQLite, which
    /// gives its journal files the database's permissions) inherits them.</summary>
    public static void Touch(string path)
    {
        if (File.Exists(path)) return;
        try { using (Create(path, System.IO.FileMode.CreateNew)) { } }
        catch (IOException) when (File.Exists(path)) { } // another process created it first
    }
}
