using System.Security.Cryptography;
using System.Text;

namespace Sightline.Knowledge;

/// <summary>
/// Ids derived from what they name, so that reading the same report again, or updating the lists, gives the same ids:
/// a claim's from its document, kind, sentence and content; an entity's and an event's from the first claim or
/// mention that created it. Prefixes say what an id names: <c>P-</c> person, <c>O-</c> organisation, <c>C-</c> claim,
/// <c>M-</c> meeting event, <c>D-</c> document (from its key).
/// </summary>
public static class StableIds
{
    public static string Entity(EntityKind kind, string documentKey, string name) =>
        (kind == EntityKind.Person ? "P-" : "O-") + Hash(documentKey, name.ToLowerInvariant());

    public static string Claim(string documentKey, string kind, string evidence, string content) => "C-" + Hash(documentKey, kind, evidence, content);

    public static string Event(string firstClaimId) => "M-" + Hash(firstClaimId);

    public static string Document(string documentKey) => "D-" + Hash(documentKey);

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))))[..12];
}
