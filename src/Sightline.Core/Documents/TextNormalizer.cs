using System.Security.Cryptography;
using System.Text;

namespace Sightline.Documents;

/// <summary>The normal form a document's text is stored and hashed in: Unicode NFC, <c>\n</c> line ends, no trailing
/// spaces, no control characters, at most one blank line in a row, trimmed. A lone surrogate (which a JSON export can
/// carry as <c>\ud800</c>) becomes U+FFFD, as invalid UTF-8 does, so that normalisation never fails.</summary>
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
        return WithoutLoneSurrogates(builder.ToString().Trim()).Normalize(NormalizationForm.FormC);
    }

    private static string WithoutLoneSurrogates(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!char.IsSurrogate(text[i])) continue;
            chars ??= text.ToCharArray();
            chars[i] = '\uFFFD';
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>The version of a normalised text: the first 16 hex digits of its SHA-256.</summary>
    public static string Version(string normalizedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText)))[..16];
}
