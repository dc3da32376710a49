namespace Sightline.Knowledge;

/// <summary>What a knowledge-base entity is. Places are kept on mentions, not resolved into entities.</summary>
public enum EntityKind { Person, Organization }
