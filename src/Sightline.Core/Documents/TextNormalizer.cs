using System.Security.Cryptography;
using System.Text;

namespace Sightline.Documents;

/// <summary>The normal form a document's text is stored and hashed in: Unicode NFC, <c>\n</c> line ends, no trailing
/// spaces, no control characters, at most one blank line in a row, trimmed.</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var blankRun = 0;
        foreach (var rawLine in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = new string(rawLine.Where(c => !char.IsControl(c) || c == '\t').ToArray()).Replace('\t', ' ').Replace('\u00A0', ' ').TrimEnd();
            if (line.Length == 0)
            {
                if (builder.Length > 0 && blankRun++ == 0) builder.Append('\n');
                continue;
            }
            blankRun = 0;
            builder.Append(line).Append('\n');
        }
        return builder.ToString().Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The version of a normalised text: the first 16 hex digits of its SHA-256.</summary>
    public static string Version(string normalizedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText)))[..16];
}
