using System.Runtime.CompilerServices;

namespace Sightline.Tests.Support;

/// <summary>
/// The test process's data folder (<c>XDG_DATA_HOME</c>, where Sightline keeps a PostgreSQL database's stored screening
/// index and its default database): a folder of the run's own, removed when the process exits, which the programs the
/// tests start inherit unless given their own. Without it every command a test ran on a PostgreSQL database left a
/// screening index of a few megabytes in the home folder of whoever ran the tests.
/// </summary>
internal static class RunDataFolder
{
    public static string Path { get; private set; } = "";

#pragma warning disable CA2255 // the folder must be in place before any test, fixture or static constructor runs
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Use()
    {
        Path = Directory.CreateTempSubdirectory("sightline-test-data-").FullName;
        Environment.SetEnvironmentVariable("XDG_DATA_HOME", Path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { } // a program a test started still holds a file: the temp folder's owner cleans it later
        };
    }
}
