namespace Sightline.Tests.Support;

/// <summary>Paths inside the repository: the bundled lists and the built command-line program.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Lists => Path.Combine(Root, "data", "lists");
    public static string Samples => Path.Combine(Root, "samples");
    public static string SdnFolder => Path.Combine(Lists, "us_ofac_sdn");
    public static string ConsFolder => Path.Combine(Lists, "us_ofac_cons");
    public static string UnFile => Path.Combine(Lists, "un_sc_sanctions", "UN_consolidated.xml");

    /// <summary>The built <c>sightline.dll</c> (same configuration as the tests).</summary>
    public static string CliAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(Root, "src", "Sightline.Cli", "bin", configuration, "net10.0", "sightline.dll");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sightline.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Sightline.slnx not found above " + AppContext.BaseDirectory);
    }
}
