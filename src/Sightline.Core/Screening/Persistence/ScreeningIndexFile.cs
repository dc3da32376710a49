using System.Security.Cryptography;
using System.Text;
using Sightline.Lists.Model;
using Sightline.Names;
using Sightline.Storage;

namespace Sightline.Screening.Persistence;

/// <summary>
/// The stored form of a <see cref="ScreeningIndexData"/>: a header (magic, <see cref="FormatVersion"/>, the
/// <see cref="ScreeningIndexKey"/> it was built for, the payload's length and SHA-256) and a payload of one string table
/// followed by entries, tokens, names, keys and delta-coded postings, every number 7-bit encoded. Written to a temporary
/// file and renamed over the old one, so a reader sees the old file or the new one, never half of one; read in one pass.
/// </summary>
internal static class ScreeningIndexFile
{
    /// <summary>The layout of the payload. Raise it whenever what is written changes; a file of another version is
    /// rebuilt, not read.</summary>
    public const int FormatVersion = 2;

    private static readonly byte[] Magic = "SLSCRIDX"u8.ToArray();
    private const int HashLength = 32;

    public static void Write(string path, ScreeningIndexKey key, ScreeningIndexData data)
    {
        var payload = Payload(data);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var file = OwnerOnly.Create(temporary, FileMode.CreateNew))
            {
                using (var header = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
                {
                    header.Write(Magic);
                    header.Write(FormatVersion);
                    header.Write(key.Text);
                    header.Write((long)payload.Length);
                    header.Write(SHA256.HashData(payload));
                }
                file.Write(payload);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>The key the file at <paramref name="path"/> was stored under and its data, or a one-phrase reason why it
    /// cannot be used (another format, a key that differs, a wrong checksum, a cut or damaged file).</summary>
    /// <exception cref="IOException">The file cannot be read at all.</exception>
    public static ReadOutcome Read(string path, ScreeningIndexKey expected)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (bytes.Length < Magic.Length || !reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                return ReadOutcome.Unusable("it is not a screening index file");
            var version = reader.ReadInt32();
            if (version != FormatVersion)
                return ReadOutcome.Unusable($"it is in format {version} and this Sightline reads format {FormatVersion}");
            if (expected.Difference(ScreeningIndexKey.Parse(reader.ReadString())) is { } difference)
                return ReadOutcome.Unusable(difference);
            var length = reader.ReadInt64();
            var hash = reader.ReadBytes(HashLength);
            var start = reader.BaseStream.Position;
            if (length != bytes.Length - start) return ReadOutcome.Unusable("it is damaged (cut short or too long)");
            var payload = bytes.AsSpan((int)start);
            if (!SHA256.HashData(payload).AsSpan().SequenceEqual(hash)) return ReadOutcome.Unusable("it is damaged (its checksum does not match)");
            return ReadOutcome.Usable(ReadPayload(reader));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException or ArgumentException or OverflowException)
        {
            return ReadOutcome.Unusable($"it is damaged ({e.Message})");
        }
    }

    /// <summary>Data read from a file, or why the file was not used.</summary>
    public sealed record ReadOutcome(ScreeningIndexData? Data, string? Problem)
    {
        public static ReadOutcome Usable(ScreeningIndexData data) => new(data, null);
        public static ReadOutcome Unusable(string problem) => new(null, problem);
    }

    private static byte[] Payload(ScreeningIndexData data)
    {
        var strings = new StringTable();
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write7BitEncodedInt(data.Entries.Length);
            foreach (var entry in data.Entries)
            {
                w.Write7BitEncodedInt(strings.Id(entry.List));
                w.Write7BitEncodedInt(strings.Id(entry.Id));
                w.Write7BitEncodedInt((int)entry.Schema);
                w.Write7BitEncodedInt(strings.Id(entry.Name));
                w.Write7BitEncodedInt(entry.BirthDates.Count);
                foreach (var date in entry.BirthDates) WriteDate(w, date);
                WriteStrings(w, strings, entry.CountryCodes);
                WriteStrings(w, strings, entry.Programs);
            }

            w.Write7BitEncodedInt(data.Tokens.Length);
            foreach (var token in data.Tokens)
            {
                w.Write7BitEncodedInt(strings.Id(token.Original));
                w.Write7BitEncodedInt(strings.Id(token.Text));
                WriteStrings(w, strings, token.Keys);
                w.Write7BitEncodedInt((int)token.Script);
                w.Write(token.Optional);
                w.Write(token.Family);
                w.Write(token.Source is not null);
                if (token.Source is not null) w.Write7BitEncodedInt(strings.Id(token.Source));
            }

            w.Write7BitEncodedInt(data.Names.Length);
            foreach (var name in data.Names)
            {
                w.Write7BitEncodedInt(name.EntryIndex);
                w.Write7BitEncodedInt((int)name.Kind);
                w.Write7BitEncodedInt(strings.Id(name.Text));
                w.Write7BitEncodedInt(name.TokenIds.Length);
                foreach (var id in name.TokenIds) w.Write7BitEncodedInt(id);
                w.Write7BitEncodedInt(name.FamilyMask);
                w.Write7BitEncodedInt(name.OptionalMask);
                w.Write(name.Initials);
            }

            WriteStrings(w, strings, data.Keys);
            foreach (var postings in data.Postings)
            {
                w.Write7BitEncodedInt(postings.Length);
                var previous = 0;
                foreach (var nameId in postings)
                {
                    w.Write7BitEncodedInt(nameId - previous); // name ids rise within a posting list
                    previous = nameId;
                }
            }
        }

        using var payload = new MemoryStream((int)body.Length + 64 * strings.Count);
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            w.Write7BitEncodedInt(strings.Count);
            foreach (var text in strings.InOrder) w.Write(text);
        }
        body.Position = 0;
        body.CopyTo(payload);
        return payload.ToArray();
    }

    private static ScreeningIndexData ReadPayload(BinaryReader r)
    {
        var strings = new string[Count(r)];
        for (var i = 0; i < strings.Length; i++) strings[i] = r.ReadString();
        string Text() => strings[Index(r, strings.Length)];
        IReadOnlyList<string> Texts()
        {
            var texts = new string[Count(r)];
            for (var i = 0; i < texts.Length; i++) texts[i] = Text();
            return texts;
        }

        var entries = new IndexedEntry[Count(r)];
        for (var i = 0; i < entries.Length; i++)
        {
            var list = Text();
            var id = Text();
            var schema = Enum<EntrySchema>(r);
            var name = Text();
            var dates = new DateFact[Count(r)];
            for (var d = 0; d < dates.Length; d++) dates[d] = ReadDate(r);
            entries[i] = new IndexedEntry(list, id, schema, name, dates, Texts(), Texts());
        }

        var tokens = new NameToken[Count(r)];
        for (var i = 0; i < tokens.Length; i++)
        {
            var original = Text();
            var text = Text();
            var keys = Texts();
            if (keys.Count == 0) throw new InvalidDataException("a token without keys");
            var script = Enum<NameScript>(r);
            var optional = r.ReadBoolean();
            var family = r.ReadBoolean();
            var source = r.ReadBoolean() ? Text() : null;
            tokens[i] = new NameToken(original, text, keys, script, optional, source, family);
        }

        var names = new IndexedName[Count(r)];
        for (var i = 0; i < names.Length; i++)
        {
            var entryIndex = Index(r, entries.Length);
            var kind = Enum<NameKind>(r);
            var text = Text();
            var tokenIds = new int[Count(r)];
            for (var t = 0; t < tokenIds.Length; t++) tokenIds[t] = Index(r, tokens.Length);
            var familyMask = r.Read7BitEncodedInt();
            var optionalMask = r.Read7BitEncodedInt();
            names[i] = new IndexedName(entryIndex, kind, text, tokenIds, familyMask, optionalMask, r.ReadBoolean());
        }

        var keyTexts = Texts().ToArray();
        var postings = new int[keyTexts.Length][];
        for (var k = 0; k < postings.Length; k++)
        {
            var list = postings[k] = new int[Count(r)];
            var nameId = 0;
            for (var i = 0; i < list.Length; i++)
            {
                nameId += r.Read7BitEncodedInt();
                if ((uint)nameId >= (uint)names.Length) throw new InvalidDataException("a posting beyond the names");
                list[i] = nameId;
            }
        }
        if (r.BaseStream.Position != r.BaseStream.Length) throw new InvalidDataException("bytes after the postings");
        return new ScreeningIndexData(entries, names, tokens, keyTexts, postings);
    }

    private static void WriteStrings(BinaryWriter w, StringTable strings, IReadOnlyList<string> texts)
    {
        w.Write7BitEncodedInt(texts.Count);
        foreach (var text in texts) w.Write7BitEncodedInt(strings.Id(text));
    }

    private static void WriteDate(BinaryWriter w, DateFact date)
    {
        w.Write((byte)((date.To is null ? 0 : 1) | (date.Approximate ? 2 : 0) | (date.Alternative ? 4 : 0)));
        WritePartialDate(w, date.From);
        if (date.To is { } to) WritePartialDate(w, to);
    }

    private static void WritePartialDate(BinaryWriter w, PartialDate date)
    {
        w.Write7BitEncodedInt(date.Year);
        w.Write((byte)(date.Month ?? 0));
        w.Write((byte)(date.Day ?? 0));
    }

    private static DateFact ReadDate(BinaryReader r)
    {
        var flags = r.ReadByte();
        var from = ReadPartialDate(r);
        PartialDate? to = (flags & 1) != 0 ? ReadPartialDate(r) : null;
        return new DateFact(from, to, (flags & 2) != 0, (flags & 4) != 0);
    }

    private static PartialDate ReadPartialDate(BinaryReader r)
    {
        var year = r.Read7BitEncodedInt();
        var month = r.ReadByte();
        var day = r.ReadByte();
        return new PartialDate(year, month == 0 ? null : month, day == 0 ? null : day);
    }

    /// <summary>A count, refused when larger than the bytes left could hold (so a damaged count never asks for gigabytes).</summary>
    private static int Count(BinaryReader r)
    {
        var count = r.Read7BitEncodedInt();
        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position) throw new InvalidDataException($"a count of {count} beyond the file");
        return count;
    }

    private static int Index(BinaryReader r, int limit)
    {
        var index = r.Read7BitEncodedInt();
        return (uint)index < (uint)limit ? index : throw new InvalidDataException($"a reference ({index}) beyond its table ({limit})");
    }

    private static T Enum<T>(BinaryReader r) where T : struct, Enum
    {
        var value = r.Read7BitEncodedInt();
        var typed = (T)(object)value;
        return System.Enum.IsDefined(typed) ? typed : throw new InvalidDataException($"{value} is not a {typeof(T).Name}");
    }

    /// <summary>Each distinct string once, numbered in order of first use.</summary>
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        public List<string> InOrder { get; } = [];
        public int Count => InOrder.Count;

        public int Id(string text)
        {
            if (!_ids.TryGetValue(text, out var id))
            {
                _ids.Add(text, id = InOrder.Count);
                InOrder.Add(text);
            }
            return id;
        }
    }
}
