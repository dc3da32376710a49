namespace Sightline.Analysis.Mentions;

/// <summary>What a mention names.</summary>
public enum MentionType { Person, Organization, Location, Misc }

/// <summary>
/// A span of a document that names something: its type, character span, text, sentence, and the chain (the thing
/// it refers to within the document) it belongs to. <see cref="Source"/> says how it was found: <c>tagger</c>,
/// <c>rule</c> (a title, particle or appositive rule), <c>list</c> (a name the lists know), <c>pronoun</c> or <c>nominal</c>.
/// </summary>
public sealed record Mention(MentionType Type, int Start, int End, string Text, int Sentence, int Chain, string Source);

/// <summary>One thing a document refers to: its chain id, type, the fullest name it is given, and how often it is mentioned.</summary>
public sealed record MentionChain(int Id, MentionType Type, string Name, int Mentions);
