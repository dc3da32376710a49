namespace Sightline.Tests.Support;

/// <summary>A fresh folder under the system temp folder, made when its path is first asked for and deleted on dispose.
/// Made on first use, a test class whose constructor skips its test (a PostgreSQL test without a server) or never
/// writes a file leaves no empty folder behind.</summary>
public sealed class TempFolder : IDisposable
{
    private readonly string _path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sightline-tests", Guid.NewGuid().ToString("N"));
    private bool _made;

    public string Path
    {
        get
        {
            if (!_made) Directory.CreateDirectory(_path);
            _made = true;
            return _path;
        }
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Copies a folder's files into <paramref name="name"/> under this folder and returns its path.</summary>
    public string CopyFolder(string source, string name)
    {
        var target = File(name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        return target;
    }

    public void Dispose()
    {
        if (!_made) return;
        try { Directory.Delete(_path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
