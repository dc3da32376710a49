namespace Sightline.Claims;

/// <summary>Where a claim is read: the document (key and version), the sentence, and the character span of that sentence.</summary>
public sealed record Evidence(string DocumentKey, string DocumentVersion, int Sentence, int Start, int End, string Text);
