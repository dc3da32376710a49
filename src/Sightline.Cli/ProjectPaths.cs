namespace Sightline.Cli;

/// <summary>Where the program finds what travels with it (lists, models, sample reports, training data).</summary>
internal static class ProjectPaths
{
    public static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    /// <summary>The committed entity-tagger model.</summary>
    public static string NerModel => Data("models", "ner.model");
}
