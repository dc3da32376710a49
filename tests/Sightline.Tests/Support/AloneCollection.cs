namespace Sightline.Tests.Support;

/// <summary>Tests that run alone, after those that run in parallel: deployments of several processes whose progress
/// depends on having the machine's cores to themselves.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}
