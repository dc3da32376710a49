using Sightline.Lists.Model;

namespace Sightline.Documents;

/// <summary>What a reader learnt about a document besides its text; every part optional.</summary>
public sealed record DocumentMetadata(
    string? Title = null,
    string? Source = null,
    string? Publisher = null,
    PartialDate? Published = null,
    string? PublishedNote = null,
    string? Language = null);
