using Sightline.Lists.Model;

namespace Sightline.Tests.Support;

/// <summary>List entries made up for a test, on a list called "test".</summary>
public static class InventedEntries
{
    /// <summary>A person known by one primary name.</summary>
    public static ListEntry Person(string id, string name) =>
        new() { List = "test", Id = id, Schema = EntrySchema.Person, Name = name, Names = [new EntryName(name, NameKind.Primary)] };
}
