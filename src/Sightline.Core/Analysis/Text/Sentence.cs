namespace Sightline.Analysis.Text;

/// <summary>A sentence: its tokens, and its span in the document text.</summary>
public sealed record Sentence(int Index, IReadOnlyList<TextToken> Tokens)
{
    public int Start => Tokens[0].Start;
    public int End => Tokens[^1].End;

    /// <summary>The sentence as written in <paramref name="documentText"/>.</summary>
    public string TextIn(string documentText) => documentText[Start..End];
}
