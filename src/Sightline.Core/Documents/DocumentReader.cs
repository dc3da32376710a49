using System.Text;
using System.Text.Json;
using Sightline.Documents.Readers;

namespace Sightline.Documents;

/// <summary>
/// Reads one file into documents, choosing the reader by extension (<c>.txt</c>, <c>.html</c>, <c>.pdf</c>,
/// <c>.json</c> for a Telegram export) or, failing that, by content. Never throws for bad input: a file too large,
/// binary junk, a broken PDF or JSON gives a <see cref="ReadOutcome"/> with an error naming the file and the cause;
/// text with invalid UTF-8 is read with U+FFFD in place of the bad bytes and a diagnostic saying where. What one
/// document may cost is bounded by <see cref="DocumentLimits"/>: a refusal is that document's error.
/// </summary>
public static class DocumentReader
{
    /// <summary>Larger files are refused: a report is kilobytes, and a 100 MB "report" is a mistake or an attack.</summary>
    public static long MaxBytes => DocumentLimits.Default.MaxFileBytes;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file within the default <see cref="DocumentLimits"/>.</summary>
    public static ReadOutcome Read(string path) => Read(path, DocumentLimits.Default, CancellationToken.None);

    /// <summary>Reads a file within <paramref name="limits"/>; <paramref name="cancel"/> stops the reading of a PDF between pages.</summary>
    public static ReadOutcome Read(string path, DocumentLimits limits, CancellationToken cancel)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return Failed(path, "no such file");
            if (info.Length > limits.MaxFileBytes) return Failed(path, TooLarge(info.Length, limits));
            return Read(path, File.ReadAllBytes(path), limits, cancel);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Failed(path, error.Message);
        }
    }

    /// <summary>The file document by document within the default limits.</summary>
    public static IEnumerable<ReadItem> ReadEach(string path) => ReadEach(path, DocumentLimits.Default, CancellationToken.None);

    /// <summary>The file document by document, as it is read: a Telegram export message by message from the file
    /// (<see cref="TelegramExportReader.ReadEach"/>, never the whole export in memory), any other file as
    /// <see cref="Read(string, DocumentLimits, CancellationToken)"/> reads it.</summary>
    public static IEnumerable<ReadItem> ReadEach(string path, DocumentLimits limits, CancellationToken cancel)
    {
        if (TelegramFile(path, limits) is not { } stream)
        {
            var outcome = Read(path, limits, cancel);
            foreach (var error in outcome.Errors) yield return new ReadItem(null, error);
            foreach (var document in outcome.Documents) yield return new ReadItem(document, null);
            yield break;
        }
        using (stream)
        {
            if (InvalidUtf8At(stream) is { } offset)
            {
                yield return new ReadItem(null, $"{path}: not valid UTF-8 at byte {offset:N0}: a Telegram export is UTF-8 JSON");
                yield break;
            }
            stream.Position = 0;
            using var messages = TelegramExportReader.ReadEach(path, stream).GetEnumerator();
            while (true)
            {
                ReadItem? item;
                try { item = messages.MoveNext() ? messages.Current : null; }
                catch (JsonException error) { item = new ReadItem(null, NotJson(path, error)); }
                if (item is null) yield break;
                yield return item.Document is { } document && limits.TextRefusal(document.Text.Length) is { } refusal
                    ? new ReadItem(null, $"{path}: {document.Title}: {refusal}", item.Index)
                    : item;
                if (item.Document is null && item.Error is not null && item.Index == 0) yield break;
            }
        }
    }

    /// <summary>How many messages a Telegram export holds (for progress), or null when the file is not one that
    /// <see cref="ReadEach(string)"/> reads message by message or cannot be read through.</summary>
    public static int? MessagesIn(string path, DocumentLimits? limits = null)
    {
        if (TelegramFile(path, limits ?? DocumentLimits.Default) is not { } stream) return null;
        using (stream)
        {
            try { return TelegramExportReader.CountMessages(path, stream); }
            catch (JsonException) { return null; }
        }
    }

    /// <summary>Reads a file's bytes within the default <see cref="DocumentLimits"/>.</summary>
    public static ReadOutcome Read(string path, byte[] bytes) => Read(path, bytes, DocumentLimits.Default, CancellationToken.None);

    /// <summary>Reads a file's bytes within <paramref name="limits"/>; <paramref name="cancel"/> stops the reading of a PDF between pages.</summary>
    public static ReadOutcome Read(string path, byte[] bytes, DocumentLimits limits, CancellationToken cancel)
    {
        if (bytes.Length > limits.MaxFileBytes) return Failed(path, TooLarge(bytes.Length, limits));
        var format = FormatOf(path, bytes);
        try
        {
            switch (format)
            {
                case "pdf":
                    return One(path, PdfReader.Read(path, bytes, limits, cancel), limits);
                case "telegram":
                    // JSON parsing checks only the structure; a string's bytes are decoded when read, message by message.
                    if (InvalidUtf8At(bytes) is { } offset) return Failed(path, $"not valid UTF-8 at byte {offset:N0}: a Telegram export is UTF-8 JSON");
                    var export = TelegramExportReader.Read(path, bytes);
                    var refused = export.Documents.Select(d => (Document: d, Refusal: limits.TextRefusal(d.Text.Length))).ToList();
                    return export with
                    {
                        Documents = refused.Where(r => r.Refusal is null).Select(r => r.Document).ToList(),
                        Errors = [.. export.Errors, .. refused.Where(r => r.Refusal is not null).Select(r => $"{path}: {r.Document.Title}: {r.Refusal}")],
                    };
            }
            if (LooksBinary(bytes)) return Failed(path, "binary content, not text (no reader for it)");
            var (text, diagnostic) = Decode(bytes);
            var document = format == "html" ? HtmlReader.Read(path, text, limits.MaxHtmlDepth) : PlainTextReader.Read(path, text);
            if (diagnostic is not null) document = document with { Diagnostics = [diagnostic, .. document.Diagnostics] };
            return One(path, document, limits);
        }
        catch (InvalidDataException error)
        {
            return Failed(path, error.Message);
        }
        catch (JsonException error)
        {
            return new ReadOutcome(path, [], [NotJson(path, error)]);
        }
        catch (Exception error) when (format == "pdf" && error is not (OutOfMemoryException or OperationCanceledException))
        {
            return Failed(path, $"not a readable PDF: {error.Message}");
        }
    }

    /// <summary>The file opened for reading when it is a Telegram export within the size limit, else null (the other
    /// readers report a missing, unreadable or oversized file).</summary>
    private static FileStream? TelegramFile(string path, DocumentLimits limits)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > limits.MaxFileBytes) return null;
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            var head = new byte[1024];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (FormatOf(path, head.AsSpan(0, length).ToArray()) == "telegram")
            {
                stream.Position = 0;
                return stream;
            }
            stream.Dispose();
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string TooLarge(long length, DocumentLimits limits) =>
        $"the file is {length / 1024.0 / 1024:0.0} MB; the limit is {limits.MaxFileBytes / 1024 / 1024} MB";

    private static string NotJson(string path, JsonException error) =>
        $"{path}: not valid JSON (line {error.LineNumber + 1}, byte {error.BytePositionInLine}): {error.Message.Split('.')[0]}";

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

    /// <summary>Where the first byte of a stream that is not valid UTF-8 is, or null when all are; read a block at a time.</summary>
    private static long? InvalidUtf8At(Stream stream)
    {
        var block = new byte[64 * 1024];
        var chars = new char[block.Length];
        long offset = 0;
        var carried = 0;
        while (true)
        {
            var read = stream.Read(block, carried, block.Length - carried);
            var length = carried + read;
            var final = read == 0;
            if (length == 0) return null;
            var status = System.Text.Unicode.Utf8.ToUtf16(block.AsSpan(0, length), chars, out var used, out _, replaceInvalidSequences: false, isFinalBlock: final);
            if (status == System.Buffers.OperationStatus.InvalidData || (final && status == System.Buffers.OperationStatus.NeedMoreData)) return offset + used;
            // A sequence cut by the end of the block is read again at the start of the next.
            carried = length - used;
            block.AsSpan(used, carried).CopyTo(block);
            offset += used;
            if (final) return null;
        }
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

    /// <summary>The one document of a file, or its refusal when its text is longer than the limit.</summary>
    private static ReadOutcome One(string path, Document document, DocumentLimits limits) =>
        limits.TextRefusal(document.Text.Length) is { } refusal ? Failed(path, refusal) : new(path, [document], []);

    private static ReadOutcome Failed(string path, string message) => new(path, [], [$"{path}: {message}"]);
}
