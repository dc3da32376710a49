namespace Sightline.Storage;

/// <summary>What <c>sightline db migrate</c> did: the schema version the database had (0 when new) and the one it has now.</summary>
public sealed record SchemaUpgrade(int From, int To);
