using System.Runtime.CompilerServices;
using Sightline.Analysis.Tagging;

namespace Sightline.Claims.Meetings;

/// <summary>
/// The feature hashes of one candidate, written as interpolated text ("side={side}|dist={n}") but hashed as it is
/// written: the hash equals <see cref="FeatureHash.Of"/> of the same string, without the string being built.
/// <see cref="Both(string)"/> also adds the feature joined with the trigger's kind ("met|side=before").
/// </summary>
internal sealed class FeatureSet(ulong kindPrefix)
{
    /// <summary>The hashing state after "<c>kind|</c>", for <see cref="Both(string)"/>.</summary>
    internal ulong KindPrefix { get; } = kindPrefix;

    public List<ulong> Hashes { get; } = new(64);

    public void Add(string text) => Hashes.Add(FeatureHash.Of(text));

    public void Add([InterpolatedStringHandlerArgument("")] ref FeatureText text) => Hashes.Add(text.Hash);

    public void Both(string text)
    {
        Hashes.Add(FeatureHash.Of(text));
        Hashes.Add(FeatureHash.Finished(FeatureHash.Continue(KindPrefix, text)));
    }

    public void Both([InterpolatedStringHandlerArgument("")] ref FeatureText text)
    {
        Hashes.Add(text.Hash);
        Hashes.Add(text.KindHash);
    }
}

/// <summary>Hashes interpolated feature text part by part, formatting numbers into a stack buffer as
/// <c>$"…"</c> would (the current culture, no format), both alone and after the trigger's kind.</summary>
[InterpolatedStringHandler]
internal ref struct FeatureText
{
    private ulong plain;
    private ulong kinded;

    public FeatureText(int literalLength, int formattedCount, FeatureSet set)
    {
        plain = FeatureHash.Start;
        kinded = set.KindPrefix;
    }

    public readonly ulong Hash => FeatureHash.Finished(plain);

    public readonly ulong KindHash => FeatureHash.Finished(kinded);

    public void AppendLiteral(string text) => Append(text);

    public void AppendFormatted(string? text) => Append(text);

    public void AppendFormatted(bool value) => Append(value ? bool.TrueString : bool.FalseString);

    public void AppendFormatted<T>(T value) where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[64];
        if (value.TryFormat(buffer, out var written, default, null)) Append(buffer[..written]);
        else Append(value.ToString(null, null));
    }

    private void Append(scoped ReadOnlySpan<char> text)
    {
        plain = FeatureHash.Continue(plain, text);
        kinded = FeatureHash.Continue(kinded, text);
    }
}
