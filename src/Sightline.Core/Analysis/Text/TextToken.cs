namespace Sightline.Analysis.Text;

/// <summary>A token of a document: its text and its character span [<see cref="Start"/>, <see cref="End"/>) in the document text.</summary>
public readonly record struct TextToken(string Text, int Start, int End)
{
    /// <summary>True for a footnote marker such as <c>[12]</c>, which belongs to the sentence before it.</summary>
    public bool IsFootnote => Text.Length > 2 && Text[0] == '[' && Text[^1] == ']' && Text.AsSpan(1, Text.Length - 2).IndexOfAnyExceptInRange('0', '9') < 0;
}
