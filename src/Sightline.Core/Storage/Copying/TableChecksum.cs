using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sightline.Storage.Copying;

/// <summary>
/// An order-independent checksum of a table's rows: the sum, modulo 2^64, of the first 8 bytes of the SHA-256 of each
/// row's canonical text. Two stores holding the same rows in any order give the same sum; a changed, missing or extra
/// row changes it. The canonical text does not depend on the store's types: whole numbers and booleans are written as
/// integers, reals as their shortest round-trip form, bytes as hex, each value prefixed by its length (null by a dash),
/// so no value can run into the next.
/// </summary>
public sealed class TableChecksum
{
    private ulong _sum;

    public long Rows { get; private set; }

    /// <summary>The sum as 16 hex digits.</summary>
    public string Value => _sum.ToString("x16", CultureInfo.InvariantCulture);

    public void Add(object?[] row)
    {
        var text = new StringBuilder();
        foreach (var value in row)
        {
            if (value is null or DBNull) { text.Append('-'); continue; }
            var canonical = Canonical(value);
            text.Append(canonical.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(canonical);
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        _sum = unchecked(_sum + BinaryPrimitives.ReadUInt64LittleEndian(hash));
        Rows++;
    }

    /// <summary>One value's canonical text.</summary>
    public static string Canonical(object value) => value switch
    {
        string s => s,
        bool b => b ? "1" : "0",
        long or int or short or byte or sbyte or ulong or uint or ushort => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexStringLower(bytes),
        _ => throw new NotSupportedException($"no canonical text for a value of type {value.GetType().Name}"),
    };
}
