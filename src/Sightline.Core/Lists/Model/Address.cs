namespace Sightline.Lists.Model;

/// <summary>An address of an entry; every part is optional because authorities often give only a country.</summary>
public sealed record Address(string? Street = null, string? City = null, string? Region = null, string? PostalCode = null, string? Country = null, string? Note = null)
{
    public override string ToString() =>
        string.Join(", ", new[] { Street, City, Region, PostalCode, Country, Note }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
