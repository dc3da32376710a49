namespace Sightline.Tests.Fuzzing;

/// <summary>
/// Byte-level mutations of a valid input, the way a mutational fuzzer makes them: flipped bits, bytes that mean
/// something to parsers (quotes, separators, brackets, the end-of-file byte), deleted, duplicated and repeated runs
/// (a repeated <c>&lt;div&gt;</c> is deep nesting), random bytes and truncation. Deterministic for a given
/// <see cref="Random"/>; an input grows to at most <see cref="MaxLength"/> bytes.
/// </summary>
internal static class Mutator
{
    public const int MaxLength = 256 * 1024;

    private static readonly byte[] Meaningful = "\"',;:<>{}[]/\\\n\r\t\0&#%-=!?"u8.ToArray().Concat(new byte[] { 0x1a, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0xd8, 0x80, 0xc0 }).ToArray();

    public static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        var rounds = 1 + random.Next(4);
        for (var round = 0; round < rounds; round++)
        {
            if (bytes.Count == 0) { bytes.Add(Meaningful[random.Next(Meaningful.Length)]); continue; }
            var at = random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: bytes[at] = Meaningful[random.Next(Meaningful.Length)]; break;
                case 2: bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(64))); break;
                case 3: bytes.InsertRange(at, Run(bytes, at, random, repeats: 1)); break;
                case 4: bytes.InsertRange(at, Run(bytes, at, random, repeats: 2 + random.Next(random.Next(2) == 0 ? 8 : 2_000))); break;
                case 5: for (var i = random.Next(16); i >= 0; i--) bytes.Insert(at, (byte)random.Next(256)); break;
                case 6: bytes.RemoveRange(at, bytes.Count - at); break;
                default: bytes.Insert(at, Meaningful[random.Next(Meaningful.Length)]); break;
            }
            if (bytes.Count > MaxLength) bytes.RemoveRange(MaxLength, bytes.Count - MaxLength);
        }
        return bytes.ToArray();
    }

    /// <summary>A short run of the input starting at <paramref name="at"/>, repeated.</summary>
    private static IEnumerable<byte> Run(List<byte> bytes, int at, Random random, int repeats)
    {
        var run = bytes.GetRange(at, Math.Min(bytes.Count - at, 1 + random.Next(24)));
        return Enumerable.Repeat(run, repeats).SelectMany(r => r);
    }
}
