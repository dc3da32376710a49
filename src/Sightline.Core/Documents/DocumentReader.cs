using System.Text;
using System.Text.Json;
using Sightline.Documents.Readers;

namespace Sightline.Documents;

/// <summary>
/// Reads one file into documents, choosing the reader by extension (<c>.txt</c>, <c>.html</c>, <c>.pdf</c>,
/// <c>.json</c> for a Telegram export) or, failing that, by content. Never throws for bad input: a file too large,
/// binary junk, a broken PDF or JSON gives a <see cref="ReadOutcome"/> with an error naming the file and the cause;
/// text with invalid UTF-8 is read with U+FFFD in place of the bad bytes and a diagnostic saying where.
/// </summary>
public static class DocumentReader
{
    /// <summary>Larger files are refused: a report is kilobytes, and a 100 MB "report" is a mistake or an attack.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ReadOutcome Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return Failed(path, "no such file");
            if (info.Length > MaxBytes) return Failed(path, $"the file is {info.Length / 1024.0 / 1024:0.0} MB; the limit is {MaxBytes / 1024 / 1024} MB");
            return Read(path, File.ReadAllBytes(path));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Failed(path, error.Message);
        }
    }

    public static ReadOutcome Read(string path, byte[] bytes)
    {
        if (bytes.Length > MaxBytes) return Failed(path, $"the file is {bytes.Length / 1024.0 / 1024:0.0} MB; the limit is {MaxBytes / 1024 / 1024} MB");
        var format = FormatOf(path, bytes);
        try
        {
            switch (format)
            {
                case "pdf":
                    return One(path, PdfReader.Read(path, bytes));
                case "telegram":
                    // JSON parsing checks only the structure; a string's bytes are decoded when read, message by message.
                    if (InvalidUtf8At(bytes) is { } offset) return Failed(path, $"not valid UTF-8 at byte {offset:N0}: a Telegram export is UTF-8 JSON");
                    return TelegramExportReader.Read(path, bytes);
            }
            if (LooksBinary(bytes)) return Failed(path, "binary content, not text (no reader for it)");
            var (text, diagnostic) = Decode(bytes);
            var document = format == "html" ? HtmlReader.Read(path, text) : PlainTextReader.Read(path, text);
            if (diagnostic is not null) document = document with { Diagnostics = [diagnostic, .. document.Diagnostics] };
            return One(path, document);
        }
        catch (InvalidDataException error)
        {
            return Failed(path, error.Message);
        }
        catch (JsonException error)
        {
            return Failed(path, $"not valid JSON (line {error.LineNumber + 1}, byte {error.BytePositionInLine}): {error.Message.Split('.')[0]}");
        }
        catch (Exception error) when (format == "pdf" && error is not OutOfMemoryException)
        {
            return Failed(path, $"not a readable PDF: {error.Message}");
        }
    }

    private static string FormatOf(string path, byte[] bytes)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".pdf" || bytes.AsSpan().StartsWith("%PDF-"u8)) return "pdf";
        if (extension == ".json") return "telegram";
        if (extension is ".html" or ".htm" or ".xhtml") return "html";
        if (extension is ".txt" or ".text" or ".md") return "text";
        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).TrimStart('\uFEFF', ' ', '\n', '\r', '\t');
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)) return "html";
        if (head.StartsWith('{')) return "telegram";
        return "text";
    }

    /// <summary>NUL bytes, or more than one control byte in ten, in the first 8 KB.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (sample.Contains((byte)0)) return true;
        var control = 0;
        foreach (var b in sample) if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) control++;
        return control * 10 > sample.Length;
    }

    /// <summary>Where the first byte that is not valid UTF-8 is, or null when all are.</summary>
    private static long? InvalidUtf8At(byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        var chars = new char[4096];
        var at = 0;
        while (at < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(at), chars, out var read, out _, replaceInvalidSequences: false);
            at += read;
            if (status == System.Buffers.OperationStatus.InvalidData || status == System.Buffers.OperationStatus.NeedMoreData) return at;
        }
        return at;
    }

    private static (string Text, string? Diagnostic) Decode(byte[] bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes).TrimStart('\uFEFF'), null);
        }
        catch (DecoderFallbackException error)
        {
            var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            var bad = text.Count(c => c == '\uFFFD');
            return (text, $"invalid UTF-8 from byte {error.Index}: {bad} character(s) replaced with U+FFFD");
        }
    }

    private static ReadOutcome One(string path, Document document) => new(path, [document], []);

    private static ReadOutcome Failed(string path, string message) => new(path, [], [$"{path}: {message}"]);
}
