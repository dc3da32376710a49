namespace Sightline.Names;

/// <summary>The writing system a name token was written in.</summary>
public enum NameScript
{
    Latin,
    Arabic,
    Cyrillic,
    Hebrew,
    Other,
}

/// <summary>
/// One word of a name, made comparable: <see cref="Text"/> is the word folded to lower-case ASCII Latin (transliterated
/// when written in another script), and <see cref="Keys"/> its phonetic skeletons, which a word meets across spellings
/// and scripts (<c>Qais</c>, <c>Qays</c>, <c>Kais</c> and <c>قيس</c> all have the key <c>KS</c>).
/// </summary>
/// <param name="Original">The word or words as written, for explanations (<c>Abdul Rahman</c>).</param>
/// <param name="Text">Folded Latin form (<c>abdrahman</c>); compared with Jaro-Winkler between Latin-written tokens.</param>
/// <param name="Keys">One or two phonetic skeletons; the first is the main one. Never empty.</param>
/// <param name="Script">The script the token was written in.</param>
/// <param name="Optional">An honorific or title (<c>Sheikh</c>, <c>Mr</c>, <c>General</c>): never evidence of who
/// the bearer is, on either side; it is kept only to be shown as set aside.</param>
/// <param name="Source">For a word written in Arabic, Cyrillic or Hebrew script, the form the transliteration model
/// reads (<see cref="Transliteration.TransliterationModel.SourceForm"/>); null for Latin.</param>
/// <param name="Family">Written before the comma of a <c>FAMILY, Given</c> name: a family name.</param>
public sealed record NameToken(string Original, string Text, IReadOnlyList<string> Keys, NameScript Script, bool Optional = false,
    string? Source = null, bool Family = false)
{
    public string Key => Keys[0];

    /// <summary>Whether the token's letters were written in Latin script (or transliterated from Cyrillic, whose
    /// spelling the transliteration keeps), so its <see cref="Text"/> can be compared letter by letter.</summary>
    public bool HasSpelling => Script is NameScript.Latin or NameScript.Cyrillic;

    public override string ToString() => Original;
}

/// <summary>A name split into comparable tokens, with the words that were set aside and why.</summary>
/// <param name="Tokens">The tokens that identify the bearer, in written order.</param>
/// <param name="Ignored">Honorifics, particles and connectors set aside, each as <c>word (reason)</c>.</param>
public sealed record ParsedName(IReadOnlyList<NameToken> Tokens, IReadOnlyList<string> Ignored)
{
    public static readonly ParsedName Empty = new([], []);

    public bool IsEmpty => Tokens.Count == 0;
}
