using System.Security.Cryptography;
using System.Text;

namespace Sightline.Lists.Formats;

/// <summary>SHA-256 over a set of files (names and bytes, in name order), streamed so a large file costs no memory.</summary>
public static class ContentHash
{
    public static string OfFiles(IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var path in paths.OrderBy(p => Path.GetFileName(p).ToLowerInvariant(), StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path).ToLowerInvariant() + "\0"));
            using var stream = File.OpenRead(path);
            int read;
            while ((read = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, read);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
