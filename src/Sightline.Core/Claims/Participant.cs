namespace Sightline.Claims;

/// <summary>What a meeting participant is: a named person, a named organisation (or its delegation), or an office-holder named only by title.</summary>
public enum ParticipantKind { Person, Organization, OfficeHolder }

/// <summary>
/// One side of a meeting. <see cref="Name"/> is the fullest name the document gives (the chain's name) or, for an
/// office-holder, the title as written (<c>Chinese ambassador to Iraq</c>). <see cref="Chain"/> is the document's
/// mention chain, null for an office-holder. <see cref="Via"/> says how the text names it here: <c>name</c>,
/// <c>pronoun</c> (him, he), <c>nominal</c> (the militia leader), <c>delegation</c> (a Hamas delegation) or <c>title</c>.
/// <see cref="Office"/> is the title a person was named with here (<c>the Russian ambassador to Iraq, Elbrus
/// Kutrashev</c>), so that a later "similar meetings were held in 2021" repeats the office, not the person.
/// </summary>
public sealed record Participant(string Name, ParticipantKind Kind, int? Chain, string Via, string? Office = null);
