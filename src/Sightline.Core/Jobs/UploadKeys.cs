using System.Security.Cryptography;

namespace Sightline.Jobs;

/// <summary>The key an upload is kept under, in the database and as a file: <c>HASH/NAME</c>, the first 16 hex digits
/// of the SHA-256 of its bytes and its file name made safe (ADR-032). The same file uploaded again has the same key.</summary>
public static class UploadKeys
{
    public static string For(string fileName, byte[] bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "/" + SafeFileName(fileName);

    /// <summary>The file name without any folder part or character a file system would refuse.</summary>
    public static string SafeFileName(string name)
    {
        var bare = Path.GetFileName(name.Replace('\\', '/'));
        var safe = new string(bare.Select(c => Path.GetInvalidFileNameChars().Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim('.', ' ');
        return safe.Length == 0 ? "report.txt" : safe[..Math.Min(safe.Length, 120)];
    }
}
